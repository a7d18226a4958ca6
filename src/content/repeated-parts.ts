import { namesEdition } from './conferences.ts';
import { dayOf } from './day-date.ts';
import { trackOf } from './group-names.ts';
import { headingName, isPlainGroup } from './section-names.ts';
import type { Section } from './sections.ts';

/**
 * "# Streams in practice" over "## Major Takeaways", "## Kafka", then "# Tiny compilers" over
 * "## Major Takeaways" again: a sub-heading name the author repeats under two or more headings is
 * a part of each talk's notes, so those headings are the talks, whatever deeper headings carry
 * links or names. Read once per post from its headings (no line of text is looked at).
 */

/** The level of the talks where a part name repeats under two headings of one level, if any. */
export function repeatedPartsDepth(sections: Section[]): number | undefined {
  /** Per depth of a heading, per name of its sub-headings: the first heading it was under. */
  const firstParent = new Map<string, Section>();
  let found: number | undefined;
  const stack = [...sections];
  while (stack.length > 0) {
    const section = stack.pop() as Section;
    if (section.children.length === 0) continue;
    stack.push(...section.children);
    if (found !== undefined && section.depth >= found) continue;
    if (!mayBeTalk(section)) continue;
    for (const child of section.children) {
      // "## Morning" over talks of its own, under each conference: a group, not a part.
      if (child.children.length > 0) continue;
      const name = headingName(child.title).toLowerCase();
      // "## 10:30" (a slot) and "## Keynote" under days are the schedule's, not a talk's parts.
      if (name.length < 3 || !/\p{L}/u.test(name) || SESSION.test(name)) continue;
      const key = `${section.depth}\u0000${name}`;
      const first = firstParent.get(key);
      if (!first) firstParent.set(key, section);
      else if (first !== section) found = Math.min(found ?? section.depth, section.depth);
    }
  }
  return found;
}

/** "## Keynote", "## Lightning talks" repeated under each topic: sessions, not parts of one. */
const SESSION = /keynote|panel|lightning|workshop|talk|session|break|lunch|ignite/;

/** A day, a track, a conference's edition or a plain "Talks" heading groups what repeats under it. */
function mayBeTalk(section: Section): boolean {
  const name = headingName(section.title);
  return !isPlainGroup(name) && !trackOf(name, true) && !dayOf(name, {}) && !namesEdition(name);
}
