import type { Speaker } from '../model.ts';
import { readable, splitHeading } from './heading-title.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * A company after a comma that reads like a second person's name, in the headings of a post that
 * writes its people so: `## Postgres 19: what's new — Henrik Solberg, Redpill Linpro` beside
 * `## Logical replication at scale — Elina Virtanen, Crunchy Data`. "Redpill Linpro" alone could
 * be a co-speaker; where most headings that name people end in "Name, Words" and one at least of
 * those words is a company by its form ("Crunchy Data", "Acme GmbH"), each is a person and their
 * company. In a post whose other headings name people otherwise (`Title (Jane Doe, Acme)`,
 * `Title — Jane Doe`), `— Mira Solheim, Tore Lindqvist` stays two speakers.
 */

/** The "Name, Words" pairs of the post's headings to read as a person and a company; often none. */
export function commaCompanyPairs(headings: string[]): Set<string> {
  const pairs = new Set<string>();
  // Most posts have no such heading: nothing to read.
  if (!headings.some((heading) => heading.includes(', '))) return pairs;
  let companies = 0;
  let others = 0;
  for (const heading of headings) {
    const text = readable(heading.trim());
    if (!text.includes(', ')) {
      if (splitHeading(text).speakers.length > 0) others++;
      continue;
    }
    const { speakers } = splitHeading(text);
    const [first, second, ...more] = speakers;
    if (!first) continue;
    if (more.length === 0 && ends(text, first, second)) {
      if (second) pairs.add(`${first.name}, ${second.name}`);
      else companies++;
    } else others++;
  }
  return companies >= 1 && companies + pairs.size >= 2 && companies + pairs.size > others
    ? pairs
    : new Set();
}

/** "Jane Doe, Acme Data" (one person and a company) or "Jane Doe, John Roe" (two names) last. */
function ends(text: string, first: Speaker, second: Speaker | undefined): boolean {
  if (!first.name) return false;
  if (second)
    return !first.company && !second.company && text.endsWith(`${first.name}, ${second.name}`);
  // "Ann Berg Staff Engineer, Acme": the role between the name and the company's comma.
  const company = `, ${first.company}`;
  return (
    !!first.company &&
    (text.endsWith(`${first.name}${company}`) ||
      (text.endsWith(company) && text.includes(`${first.name} `)))
  );
}

/** Each talk whose heading's two people are such a pair: one person, of that company. */
export function readCommaCompanies(drafts: DraftTalk[], pairs: Set<string>): void {
  if (pairs.size === 0) return;
  for (const draft of drafts) {
    const [first, second, ...more] = draft.speakers;
    if (!first?.name || !second?.name || more.length > 0) continue;
    if (pairs.has(`${first.name}, ${second.name}`))
      draft.speakers = [{ name: first.name, company: second.name }];
  }
}

/**
 * The same where the talks are bold lines or list items, not headings (`**Title** — Lea Park,
 * Mercado Libre` beside `**Title** — Maria Lopez, Grafana Labs`): the talks' own lines say it.
 * Only a post with a talk of two such names has its lines looked at.
 */
export function readCommaCompanyLines(drafts: DraftTalk[], text: string): void {
  const twoNames = (draft: DraftTalk) => {
    const [first, second, ...more] = draft.speakers;
    return !!first?.name && !!second?.name && !first.company && !second.company && !more.length;
  };
  if (!drafts.some(twoNames)) return;
  const lines = text.split('\n');
  const pairs: DraftTalk[] = [];
  let companies = 0;
  let others = 0;
  for (const draft of drafts) {
    const [first, second] = draft.speakers;
    if (!first?.name) continue;
    const line = lines[draft.line - 1] ?? '';
    if (twoNames(draft) && second?.name && endsWith(line, `${first.name}, ${second.name}`))
      pairs.push(draft);
    else if (
      draft.speakers.length === 1 &&
      first.company &&
      endsWith(line, `${first.name}, ${first.company}`)
    )
      companies++;
    else others++;
  }
  if (companies < 1 || companies + pairs.length < 2 || companies + pairs.length <= others) return;
  for (const draft of pairs) {
    const [first, second] = draft.speakers as [Speaker, Speaker];
    draft.speakers = [{ name: first.name as string, company: second.name as string }];
  }
}

/** "… — Lea Park, Mercado Libre", "… — Lea Park, Mercado Libre **": the line's last words. */
function endsWith(line: string, words: string): boolean {
  const at = line.lastIndexOf(words);
  return at > 0 && line[at - 1] !== '(' && /^[\s*_]*$/.test(line.slice(at + words.length));
}
