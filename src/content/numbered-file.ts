import { byGivenName } from './heading-votes.ts';
import type { MdNode } from './markdown.ts';
import { ownName, withoutPageId } from './notes-names.ts';
import { meaningful, type Section } from './sections.ts';

/**
 * A file with no heading, named as the next talk of a numbered series (`Day 2 - 03 - Managing
 * side effects.md`, `07. Type-level fun - Paul Berg.md`): that talk, titled by its name without
 * the day and the number, and its speaker after a dash when the name begins with a common given
 * name. A name with no running number (`ideas.md`, `Reading list.md`) is no talk.
 */
export function numberedTalkFile(file: string, body: MdNode[]): Section | undefined {
  const match = NUMBERED.exec(withoutPageId(ownName(file)).trim());
  const title = match?.[1]?.trim();
  if (!title || !/\p{L}{2}/u.test(title) || meaningful(body).length === 0) return undefined;
  const heading: MdNode = {
    type: 'heading',
    line: 1,
    depth: 1,
    children: [{ type: 'text', line: 1, value: title, children: [] }],
  };
  const section: Section = { heading, title, ids: [], depth: 1, line: 1, body, children: [] };
  const parts = byGivenName(title);
  if (parts) section.parts = parts;
  section.evidence = true;
  return section;
}

/** "Day 2 - 03 - Title", "03 - Title", "07. Title": a day, then the talk's running number. */
const NUMBERED = /^(?:day\s*\d{1,2}\s*[-–.]\s*)?\d{1,3}\s*(?:[-–]|\.(?!\d))\s*(\S.*)$/iu;
