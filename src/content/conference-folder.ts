import { basename, dirname } from 'node:path';
import { isEventName } from './company-words.ts';
import { namesConference } from './conferences.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPlainGroup, isPostSection, isSubsectionName } from './section-names.ts';
import { meaningful } from './sections.ts';
import { POST_WORDS } from './talk-file.ts';
import { isVaultPage } from './vault-pages.ts';

/**
 * A note-taking app's vault keeps a page per talk in a folder named for the conference
 * (`API Days/Is AI sustainable?.md`, `PyData 2017 SEA/Julia for Pythonistas.md`), the page
 * titled by its name or a `#` heading of the same words, with notes and no speaker line. Such a
 * page is that talk, of the conference the folder names. A page named as a post's part (`Travel
 * and venue.md`), a day or a recap (`Day 1 notes.md`), or the conference itself is none.
 */
export function talkPageOfConference(
  file: string,
  title: string,
  body: MdNode[],
): { event: string } | undefined {
  const folder = conferenceFolder(file);
  if (!folder || isVaultPage(file)) return undefined;
  return talkPageTitle(title, body) ? { event: folder } : undefined;
}

/** A page's title and text as one talk's: no post's part, day, recap or conference, and notes. */
export function talkPageTitle(title: string, body: MdNode[]): boolean {
  const name = headingName(title);
  if (isPostSection(name) || isSubsectionName(name) || isPlainGroup(name)) return false;
  // "Day 1 notes", "Keynotes recap": a post of many talks, as a one-talk file's title is not.
  if (POST_WORDS.test(title) || namesConference(title) || isEventName(title)) return false;
  // Notes, not a line or two: a page that only links elsewhere is a stub.
  const notes = meaningful(body);
  return notes.length >= 2 || plainText(notes).split(/\s+/).length >= 8;
}

/** The name of the folder a file is in, where it names a conference (`API Days`, `PyData 2017 SEA`). */
export function conferenceFolder(file: string): string | undefined {
  const folder = basename(dirname(file));
  return folder && (namesConference(folder) || isEventName(folder)) ? folder : undefined;
}

/**
 * A folder of one conference's notes: named for it (`API Days`), or by a name and a year, the
 * year maybe glued to it (`pydata2017-SEA-talk-notes`, `devconf-2024`).
 */
export function conferenceNotesFolder(file: string): boolean {
  if (conferenceFolder(file)) return true;
  const folder = basename(dirname(file));
  return /(?<!\d)(?:19|20)\d\d(?!\d)/.test(folder) && /\p{L}{2}/u.test(folder);
}
