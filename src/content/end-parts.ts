import { headingName, isPostSection } from './section-names.ts';
import type { Section } from './sections.ts';

/**
 * "## Day 1", "## Day 2" over their `###` talks, then "## The Future" (or "## Before we start"
 * above them) with no talk under it: where every other heading of its level groups talks, a first
 * or last one grouping none is the post's own opening or closing, not a talk. A heading that
 * names a talk's kind ("## Closing keynote") or a speaker ("## Wrap-up – Jane Roe") stays one.
 */
export function withoutEndParts(sections: Section[]): Section[] {
  if (sections.length < 3) return sections;
  const depth = sections[0]?.depth;
  if (sections.some((section) => section.depth !== depth)) return sections;
  const first = sections[0] as Section;
  const last = sections.at(-1) as Section;
  const cutFirst = endPart(first);
  const cutLast = endPart(last);
  if (!cutFirst && !cutLast) return sections;
  const rest = sections.slice(cutFirst ? 1 : 0, cutLast ? -1 : undefined);
  const talks = rest.reduce((sum, section) => sum + section.children.length, 0);
  // "## Conclusion" among them is said to be the post's own further on.
  const groups = rest.every(
    (section) => section.children.length > 0 || isPostSection(headingName(section.title)),
  );
  return rest.length >= 1 && talks >= 3 && groups ? rest : sections;
}

function endPart(section: Section): boolean {
  // "## Wrap-up", "## Final thoughts": read as the post's own already, and said so.
  if (isPostSection(headingName(section.title))) return false;
  return section.children.length === 0 && !TALK_LIKE.test(section.title);
}

/**
 * A talk's kind, or a speaker after a dash, "by", a colon or in parentheses; "## Speaker bio" is
 * read for the speaker of a page of one's own talks.
 */
const TALK_LIKE =
  /\b(?:keynotes?|talks?|sessions?|panel|workshop|lightning|fireside|ama|q&a|demo|bio|about)\b|\sby\s|\s[–—-]\s|:|\(|\|/i;

/**
 * "## Ranking and Relevance" between "## HomeAway data projects" and "## Now what?" in a file
 * that is one talk: a part of the talk, whatever its name; only the run of the post's own
 * sections its notes end with ("## Related posts", "## About me") is the post's.
 */
export function inWholeTalk(talk: Section, child: Section): boolean {
  if (!talk.whole) return false;
  const after = talk.children.slice(talk.children.indexOf(child) + 1);
  return !after.every((next) => isPostSection(headingName(next.title)));
}
