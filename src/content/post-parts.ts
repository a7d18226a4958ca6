import { datesInProse, type EventDates } from './day-date.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPostSection } from './section-names.ts';
import type { Section } from './sections.ts';

/** Parts of the post itself, read for the event and its talks: its opening words, its own links. */

/**
 * The event's days as the post's title or opening paragraphs write them (`(Oct 4–5)`, `from March
 * 30 to April 3`), also under an opening section of the post (`## Introduction`).
 */
export function openingDates(
  title: string | undefined,
  preamble: MdNode[],
  sections: Section[],
  year: number | undefined,
): EventDates | undefined {
  const fromTitle = title ? datesInProse(title, year) : undefined;
  if (fromTitle) return fromTitle;
  const [first] = sections;
  const opening =
    first && isPostSection(headingName(first.title)) ? [...preamble, ...first.body] : preamble;
  let read = 0;
  for (const node of opening) {
    if (node.type !== 'paragraph') continue;
    const found = datesInProse(plainText(node), year);
    if (found) return found;
    if (++read === 2) break;
  }
  return undefined;
}

/** "## Links mentioned", "## Slides and videos": the post's own list of links, under no talk. */
export function linkSections(sections: Section[]): MdNode[] {
  return sections
    .filter((section) => {
      const name = headingName(section.title);
      return LINKS_SECTION.test(name) && isPostSection(name);
    })
    .flatMap((section) => section.body);
}
const LINKS_SECTION = /\b(?:links?|resources|references|slides|videos|recordings|mentioned)\b/i;
