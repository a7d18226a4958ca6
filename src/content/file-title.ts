import { talkPageOfConference } from './conference-folder.ts';
import { bylineTalk, slugTalk } from './headingless-talk.ts';
import type { MdNode } from './markdown.ts';
import { NO_CHILDREN } from './markdown-tree.ts';
import { ownName, withoutPageId } from './notes-names.ts';
import { numberedTalkFile } from './numbered-file.ts';
import { headingParts, type Section } from './sections.ts';
import { oneTalk } from './talk-evidence.ts';

/**
 * A file's name as its title, where a note-taking app (Obsidian, Logseq) keeps a page's title:
 * `eBPF for mortals.md` is "eBPF for mortals". A name with no space — a slug (`ebpf-notes.md`),
 * `index.md`, `day-1.md` — is no title as the author wrote it.
 */
export function fileTitle(file: string): string | undefined {
  const own = withoutPageId(ownName(file)).trim();
  return /\s/.test(own) ? own : undefined;
}

/**
 * The notes of a file with no heading, under its name as a `#` heading would be (line 1): a page
 * whose title is its file's name, for the reader to tell whether it is one talk's notes.
 */
export function titledByFile(title: string, body: MdNode[]): Section {
  const heading: MdNode = {
    type: 'heading',
    line: 1,
    depth: 1,
    children: [{ type: 'text', line: 1, value: title, children: NO_CHILDREN }],
  };
  return { heading, title, ids: [], depth: 1, line: 1, body, children: [] };
}

/**
 * A file with no heading that is one talk's notes by its first lines (`Speaker:: Piet Jansen`,
 * `**Speaker:** …`), titled by its name: that talk, and the event its `Event:` line names.
 */
function talkOfFile(
  file: string,
  preamble: MdNode[],
): { section: Section; event?: string } | undefined {
  // "Recreating a modem in JavaScript by [Sam Roe](…)" first: that talk, whatever the name.
  const byline = bylineTalk(preamble);
  if (byline) return { section: byline };
  const title = fileTitle(file);
  const slug = title ? undefined : slugTalk(file, preamble);
  if (!title) return slug ? { section: slug } : undefined;
  // "Day 2 - 03 - Managing side effects.md": the next talk of a numbered series.
  const numbered = numberedTalkFile(file, preamble);
  const section = numbered ?? titledByFile(title, preamble);
  const talk = oneTalk(section);
  if (talk) return { section, ...talk };
  // `API Days/Is AI sustainable?.md`: a vault's page of a talk, in the conference's folder.
  const page = numbered ? undefined : talkPageOfConference(file, title, preamble);
  if (page) {
    section.evidence = true;
    return { section, ...page };
  }
  return numbered ? { section } : undefined;
}

/** A page with no title of its own that is one talk's notes (below), by its first lines or its folder. */
export function talkOfPage(
  file: string,
  preamble: MdNode[],
  sections: Section[],
): { section: Section; event?: string } | undefined {
  return sections.length === 0
    ? talkOfFile(file, preamble)
    : talkPageWithParts(file, preamble, sections);
}

/**
 * `API Days/Is AI sustainable?.md`, no `#` title, its notes in sections ("## Downstream
 * impacts", "#### 1. The erosion of truth"): a vault's page of one talk, in the conference's
 * folder, titled by its name, its sections its parts — where no heading names a speaker (then
 * they may be talks of their own).
 */
function talkPageWithParts(
  file: string,
  preamble: MdNode[],
  sections: Section[],
): { section: Section; event: string } | undefined {
  const title = fileTitle(file);
  if (!title || sections.some((section) => section.depth === 1 || anySpeaker(section)))
    return undefined;
  const page = talkPageOfConference(file, title, [
    ...preamble,
    ...sections.flatMap(function body(s: Section): MdNode[] {
      return [...s.body, ...s.children.flatMap(body)];
    }),
  ]);
  if (!page) return undefined;
  const section = titledByFile(title, preamble);
  section.children = sections;
  section.evidence = true;
  for (const part of sections) partOnly(part);
  return { section, ...page };
}

function anySpeaker(section: Section): boolean {
  return headingParts(section, false).speakers.length > 0 || section.children.some(anySpeaker);
}

function partOnly(section: Section): void {
  section.evidence = false;
  for (const child of section.children) partOnly(child);
}
