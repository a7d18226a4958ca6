import { listTalks } from './list-talks.ts';
import type { MdNode } from './markdown.ts';
import type { Section } from './sections.ts';

/**
 * "# normConf 2022" over the talks as `##`, then "# Things to Google" (or "# Links") closing the
 * post: the first heading titles the post though others of its level follow, for it holds the
 * talks and names the event — it is the file's own name ("normconf-2022.md"), or it has a year
 * and more talks under it than headings of its level after it — and those after it hold none.
 * Read so, they are the post's own sections, and the title is no topic of every talk.
 */
export function titleOverTalks(sections: Section[], eventId: string): boolean {
  const [first, ...rest] = sections;
  if (first?.depth !== 1 || first.children.length === 0 || rest.length === 0) return false;
  if (!rest.every((section) => section.depth === 1 && section.children.length === 0)) return false;
  if (slug(first.title) === slug(eventId)) return true;
  return YEAR.test(first.title) && first.children.length > rest.length;
}

/**
 * The file's one top heading titles the post: a `#` always, a deeper one ("## Respond 2017 - Day
 * One" over `###` talks, the notes' first line) when it holds the others and names something
 * with a year, or names a year over a list of talks. Read as a group, it had been every talk's topic and the event the file's name.
 */
export function soleTitle(sections: Section[]): boolean {
  const [only] = sections;
  if (!only || sections.length !== 1) return false;
  if (only.depth === 1) return true;
  // "## notes - frontend day utrecht 2031" over a list of talks and no sub-heading: a gist's
  // title, its talks in the list ("- Container queries - Femke Jansen (Bol)").
  if (only.children.length === 0) return YEAR.test(only.title) && listsTalks(only.body);
  return YEAR.test(only.title) && namesMoreThanADate(only.title);
}

/** A list among the nodes that reads as two talks or more, as under a heading of talks. */
function listsTalks(body: MdNode[]): boolean {
  return body.some((node) => node.type === 'list' && listTalks(node, {}, true).length >= 2);
}

/** Words besides the year, the day and the date: "Day 1 (2017-05-04)" names nothing more. */
function namesMoreThanADate(title: string): boolean {
  return title
    .replace(/\b(?:19|20)\d\d\b|\d+/g, ' ')
    .split(/[^\p{L}]+/u)
    .some((word) => /^\p{Lu}/u.test(word) && !DATE_WORD.test(word));
}

const DATE_WORD =
  /^(?:day|days|one|two|three|four|five|six|seven|the|first|second|third|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
