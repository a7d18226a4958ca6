import type { Speaker } from '../model.ts';
import { splitLines } from './field-lines.ts';
import { AUTHORS_LABEL } from './labelled-byline.ts';
import { SPEAKER_LABEL } from './labelled-lead.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName } from './speaker-names.ts';
import { ROLE_WORDS } from './speaker-role.ts';

/**
 * A label alone on its first line, then a line per company, under a talk's heading:
 *
 *     _Авторы:
 *     Ксения Томак, Дарья Буланова, Data Engineering Team, Dodo Pizza
 *     Иван Трусов, Solutions Architect, Databricks_
 *
 * Each line names its people, then their role and company (or the company alone), parted by
 * commas. The people of every line are the talk's speakers, each with their line's company.
 */
export function authorLines(node: MdNode): Speaker[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [only] = node.children;
  // The byline set apart in italics or bold, as a whole.
  const inline =
    node.children.length === 1 && (only?.type === 'emphasis' || only?.type === 'strong')
      ? only.children
      : node.children;
  const [label = '', ...rest] = splitLines(inline)
    .map((line) => plainText(line).trim())
    .filter((line) => line !== '');
  const at = SPEAKER_LABEL.exec(label) ?? AUTHORS_LABEL.exec(label);
  if (!at || label.slice(at[0].length).trim() !== '' || rest.length === 0 || rest.length > 6)
    return undefined;
  const speakers: Speaker[] = [];
  for (const line of rest) {
    const people = lineOfPeople(line);
    if (!people) return undefined;
    speakers.push(...people);
  }
  return speakers;
}

/** "Иван Трусов, Solutions Architect, Databricks": the people, then their role and company. */
function lineOfPeople(line: string): Speaker[] | undefined {
  const items = line.replace(/[.;]$/, '').split(/\s*,\s*/);
  const last = items.at(-1) ?? '';
  const role = items.at(-2) ?? '';
  let names = items;
  let company: string | undefined;
  if (items.length > 2 && ROLE.test(role)) {
    names = items.slice(0, -2);
    company = last;
  } else if (items.length > 1 && !looksLikeName(last)) {
    // "Анна Лебедева, Яндекс": a company, as no person's name reads.
    names = items.slice(0, -1);
    company = last;
  }
  if (names.length === 0 || !names.every((name) => looksLikeName(name))) return undefined;
  return names.map((name) => (company ? { name, company } : { name }));
}

/** "Solutions Architect", "Data Engineering Team": a job or a team, before the company. */
const ROLE = new RegExp(
  `${ROLE_WORDS.source}|(?:^|\\s)(?:team|group|команда|отдел)(?:\\s|$)`,
  'iu',
);
