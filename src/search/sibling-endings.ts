/**
 * A word's sibling made with the other of two endings that name one thing: the movement and its
 * follower, "brutalism" and "brutalist", "minimalism" and "minimalist"; the field and its
 * practitioner, "cryptology" and "cryptologist". The stemmer reads most of each pair as two
 * words ("brutalism" → brutal, "brutalist" → brutalist), so a question with one found nothing in
 * notes that wrote the other. Only tried for a word the notes never use (see `QueryReader`).
 */
import { termOf } from './stems.ts';

const PAIRS: [string, string][] = [
  ['ism', 'ist'],
  ['ology', 'ologist'],
];

/** The siblings of a word, plural or not ("brutalists" → brutalism), or none. */
export function siblingForms(word: string): string[] {
  const single =
    word.endsWith('s') && /(?:ists|isms|ologists)$/.test(word) ? word.slice(0, -1) : word;
  const forms: string[] = [];
  for (const [one, other] of PAIRS)
    for (const [from, to] of [
      [one, other],
      [other, one],
    ] as const)
      if (single.endsWith(from) && single.length - from.length >= 4)
        forms.push(single.slice(0, -from.length) + to);
  return forms;
}

/** The first sibling of a word that the notes have, with its term's id there. */
export function siblingTerm(
  word: string,
  termIds: Map<string, number>,
): [string, number] | undefined {
  for (const form of siblingForms(word)) {
    const id = termIds.get(termOf(form) ?? '');
    if (id !== undefined) return [form, id];
  }
  return undefined;
}
