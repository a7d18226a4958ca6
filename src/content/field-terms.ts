import { BUILT_IN, CATEGORIES } from '../search/synonym-lists.ts';
import { isGivenName } from './given-names.ts';

/**
 * "Apache Kafka: Streams in Practice", "Service Mesh: Lessons Learned": the words before the colon
 * look like a name (two capitalised words) but say what the talk is about — a term the search
 * knows as the field's (`kafka`, `service mesh`, `kubernetes`). Not where the first word is a
 * given name ("Julia Evans", "Ruby Li"): a person may bear a term's name.
 */
export function namesFieldTerm(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || isGivenName(words[0] ?? '')) return false;
  const terms = fieldTerms();
  return terms.has(words.join(' ').toLowerCase()) || words.some((w) => terms.has(w.toLowerCase()));
}

/** "service mesh", "google cloud": a term the search knows, as a whole. */
export const isFieldTerm = (phrase: string): boolean => fieldTerms().has(phrase.toLowerCase());

let known: Set<string> | undefined;
function fieldTerms(): Set<string> {
  if (!known) {
    known = new Set<string>();
    for (const group of BUILT_IN) for (const term of group) known.add(term);
    for (const [kinds, members] of CATEGORIES)
      for (const term of [...kinds, ...members]) known.add(term);
  }
  return known;
}
