import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { possessiveTalk } from './possessive-talk.ts';
import { looksLikeName } from './speaker-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';

/**
 * "- Maren Aasen's talk on Memory Arenas" beside "- Kelvin Osei – great point about allocation":
 * in a list naming talks by their person's possessive, a person, a dash and a remark in small
 * letters is what someone said of that talk (a question, a point from the floor), no talk.
 */
export function personRemark(line: string, speakers: Speaker[]): boolean {
  const name = speakers.length === 1 ? speakers[0]?.name : undefined;
  return !!name && line.startsWith(name) && REMARK.test(line.slice(name.length));
}

const REMARK = /^\s*[–—-]\s+\p{Ll}/u;

/** Whether an item of the list names a talk by its person's possessive. */
export function possessiveList(list: MdNode): boolean {
  return list.children.some((item) => {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') return false;
    const line = plainText(paragraph).split('\n')[0] ?? '';
    return /['’]s?\s/.test(line) && possessiveTalk(line) !== undefined;
  });
}

/**
 * A list whose every item opens "Kelvin Osei – great point about …": a person, a dash and a
 * remark in small letters. Under a talk named just above it ("Maren Aasen's talk on Memory
 * Arenas" as a paragraph of its own), what people said of that talk: its notes, no talks.
 */
export function remarkList(list: MdNode): boolean {
  return (
    list.children.length > 0 &&
    list.children.every((item) => {
      const paragraph = item.children[0];
      if (paragraph?.type !== 'paragraph') return false;
      const line = plainText(paragraph).split('\n')[0] ?? '';
      const dash = DASH.exec(line);
      return (
        !!dash && looksLikeName(line.slice(0, dash.index)) && REMARK.test(line.slice(dash.index))
      );
    })
  );
}

const DASH = /\s[–—-]\s/;

/**
 * "Maren Aasen's talk on Memory Arenas" alone in its paragraph over a list: that talk, the list
 * its notes (as a heading would stand over them).
 */
export function possessiveLine(
  paragraph: MdNode,
  next: MdNode | undefined,
  context: TalkContext,
): { draft: DraftTalk; rest: MdNode[] } | undefined {
  if (next?.type !== 'list') return undefined;
  const text = plainText(paragraph).trim();
  if (text.includes('\n') || !/['’]s?\s/.test(text)) return undefined;
  const found = possessiveTalk(text);
  if (!found) return undefined;
  const draft = newDraft(found.title, paragraph.line, context);
  draft.speakers.push(...found.speakers);
  return { draft, rest: [] };
}
