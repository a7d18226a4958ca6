import { isGivenName } from './given-names.ts';
import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import type { Section } from './sections.ts';

/** "1. Algorithmic Discrimination (Bias & Fairness)", "2) Privacy": a heading's running number. */
const NUMBER = /^\s*(\d{1,2})[.)]\s+\S/;

/**
 * A talk's (or an essay's) points written as numbered sub-headings: "#### 1. Algorithmic
 * Discrimination (Bias & Fairness)", "#### 2. Privacy (Data Protection)" are its points (see
 * `isNumberedRun`): each becomes a line of the notes above it, not a talk whose "company" is the
 * words in parentheses.
 */
export function foldNumberedPoints(sections: Section[]): Section[] {
  for (const section of sections) {
    if (section.children.length === 0) continue;
    if (isNumberedRun(section)) {
      section.body = [...section.body, ...section.children.flatMap(asNotes)];
      section.children = [];
    } else foldNumberedPoints(section.children);
  }
  return sections;
}

/** "My top 5 talks", "Highlights": a heading over talks, numbered or not. */
const OVER_TALKS = /\b(?:talks|sessions|keynotes|highlights|favou?rites|picks|top \d+)\b/i;

const person = (title: string): boolean =>
  splitHeading(title).speakers.some((speaker) => isGivenName(speaker.name?.split(/\s+/)[0] ?? ''));

/**
 * Numbered 1, 2, 3… with nothing under them but notes, none naming a person by a given name;
 * under a heading that names its speaker two such points are enough, else four, and never under
 * a heading over talks ("My top 5 talks").
 */
function isNumberedRun(section: Section): boolean {
  const { children } = section;
  const named = splitHeading(section.title).speakers.some((speaker) => speaker.name);
  if (children.length < (named ? 2 : 4) || (!named && OVER_TALKS.test(section.title))) return false;
  return children.every(
    (child, i) =>
      child.children.length === 0 &&
      Number(NUMBER.exec(child.title)?.[1]) === i + 1 &&
      !person(child.title),
  );
}

/** A point's heading as a line of the notes, then what stood under it. */
function asNotes(point: Section): MdNode[] {
  const { heading } = point;
  return [{ type: 'paragraph', line: heading.line, children: heading.children }, ...point.body];
}
