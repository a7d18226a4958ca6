import type { MdNode } from './markdown.ts';
import { plainText, proseText } from './markdown-text.ts';
import type { DraftTalk } from './talk-body.ts';
import { collectLinks } from './talk-links.ts';

/**
 * "## Notes" under a table of talks, its paragraphs `**Iceberg tables at 10 PB**: compaction…`:
 * the notes of the talks the bold words name (the whole title, or the start of only one, as
 * `**GPU scheduling**` names "GPU scheduling on Kubernetes"). Returns how many were placed; a
 * paragraph that names no talk is left alone.
 */
export function placeNamedNotes(body: MdNode[], drafts: DraftTalk[]): number {
  if (drafts.length === 0) return 0;
  let placed = 0;
  for (const node of body) {
    if (node.type !== 'paragraph') continue;
    const [lead, ...rest] = node.children.filter(
      (child, i) => i > 0 || child.type !== 'text' || (child.value ?? '').trim() !== '',
    );
    if (lead?.type !== 'strong') continue;
    const draft = named(plainText(lead), drafts);
    if (!draft) continue;
    const after = { ...node, children: rest };
    const text = plainText(after)
      .replace(/^[\s:.—–-]+/, '')
      .trim();
    const prose = proseText(after)
      .replace(/^[\s:.—–-]+/, '')
      .trim();
    if (text) draft.notes.push({ text, prose, children: [] });
    collectLinks([after], draft.links);
    placed++;
  }
  return placed;
}

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The one talk `words` name: its whole title, or the start of only one title. */
export function named(words: string, drafts: DraftTalk[]): DraftTalk | undefined {
  const wanted = key(words.replace(/[:.]$/, ''));
  if (wanted.split(' ').length < 2) return undefined;
  const same = drafts.find((draft) => key(draft.title) === wanted);
  if (same) return same;
  const starts = drafts.filter((draft) => key(draft.title).startsWith(`${wanted} `));
  return starts.length === 1 ? starts[0] : undefined;
}
