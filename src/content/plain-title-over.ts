import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * "Making Things Move: odd uses for scripting languages" over "Jonathan Oxer, Internet Vision
 * Technologies", the notes in the paragraphs after: a paragraph of two plain lines, a title and
 * its speaker with their company after a comma, as posts pasted from a printed programme write
 * them. The person must start with a given name and have a company, the title no sentence's end.
 */
export function plainTitleOver(
  first: MdNode[],
  second: MdNode[] | undefined,
): { title: string; speakers: Speaker[] } | undefined {
  if (!second || first.some((node) => node.type !== 'text')) return undefined;
  const title = plainText(first).trim();
  const byline = plainText(second).trim();
  if (title.length < 8 || title.length > 150 || /[.!?;,:]$/.test(title) || !/\s/.test(title)) {
    return undefined;
  }
  if (byline.length > 80 || !byline.includes(', ')) return undefined;
  const speakers = speakerLine(byline, true);
  const [person] = speakers ?? [];
  if (speakers?.length !== 1 || !person?.name || !person.company) return undefined;
  if (!isGivenName(person.name.split(' ')[0] ?? '')) return undefined;
  return { title, speakers };
}

/**
 * "Tim Example, Example Media: Example Radar" alone in its paragraph, the notes in a list under
 * it: a keynote block's person, company and unquoted title on one line (the quoted title is
 * read as prose). The person must start with a given name and the title read as a title: a few
 * words, no sentence's end.
 */
export function bylineThenTitle(
  line: MdNode[],
  next: MdNode | undefined,
): { title: string; speakers: Speaker[] } | undefined {
  if (next?.type !== 'list' || line.some((node) => node.type !== 'text')) return undefined;
  const match = /^([^:,]{3,40}), (\p{Lu}[^:,]{1,60}?):\s+(\S.{2,120})$/u.exec(
    plainText(line).trim(),
  );
  const [, name, company, title] = match ?? [];
  if (!name || !company || !title || /[.!?;,:]$/.test(title) || title.split(/\s+/).length > 14) {
    return undefined;
  }
  // "Mary Quinn, Quinn Publishing": the part after the comma is the company, whatever its words.
  const speakers = speakerLine(name, true);
  const [person] = speakers ?? [];
  if (speakers?.length !== 1 || !person?.name || person.company) return undefined;
  if (!isGivenName(person.name.split(' ')[0] ?? '')) return undefined;
  return { title: title.trim(), speakers: [{ ...person, company: company.trim() }] };
}
