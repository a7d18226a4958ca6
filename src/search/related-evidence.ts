import { termOf } from './analyze.ts';
import type { HeadTerms } from './head-terms.ts';
import type { QueryTerm } from './postings.ts';
import { RELATED_WEIGHT, type Vocabulary } from './vocabulary.ts';

/**
 * Related words with an everyday meaning beside their field's: "the secrets of her set-up", "a
 * threat to the schedule", "permission to film", "a sandbox game". Tool and field names
 * (passkeys, Kyverno, OpenTelemetry) are telling alone.
 */
const EVERYDAY = new Set(
  [
    'secrets',
    'secret',
    'threat',
    'threats',
    'permission',
    'permissions',
    'sandbox',
    'delta',
    'leader',
    'leaders',
    'hire',
    'hiring',
    'latency',
    'throughput',
    'metrics',
    'traces',
    'login',
    'toil',
    'reliability',
    'incident',
    'incidents',
    'wellbeing',
  ].map((word) => termOf(word) ?? word),
);

/**
 * A talk found for a broad subject by related words only needs more than one everyday word of
 * it: "security" is no answer in a talk whose notes tell "the secrets behind her set-up", nor
 * "permission" or "sandbox" alone. It counts when the talk has two of the subject's related
 * words, or one in its title or topic (a summary is often the notes' first lines, which tell
 * the "secrets" of a set-up as readily as the rest). Undefined when no word of the question has
 * related words (nothing to check).
 */
export function relatedEvidence(
  variants: QueryTerm[],
  terms: Vocabulary,
  heads: HeadTerms,
  everyday: (id: number) => boolean,
): ((doc: number) => boolean) | undefined {
  const checked = variants.flatMap((list) => {
    const related = list.filter(([, weight]) => weight <= RELATED_WEIGHT);
    if (!related.some(([id]) => everyday(id))) return [];
    // Cheap first: a talk with the word itself, a synonym or a telling related word is an answer.
    const own = list.filter(([id, weight]) => weight > RELATED_WEIGHT || !everyday(id));
    return [{ own, related }];
  });
  if (checked.length === 0) return undefined;
  return (doc) =>
    checked.every(({ own, related }) => {
      if (own.some(([id]) => terms.scoreIn(id, doc) > 0)) return true;
      let found = 0;
      for (const [id] of related) if (terms.scoreIn(id, doc) > 0 && ++found >= 2) return true;
      return found === 1 && heads.titled(doc, related);
    });
}

/** The index ids of the everyday related words the notes have. */
export function everydayIds(termIds: Map<string, number>): Set<number> {
  const ids = new Set<number>();
  for (const term of EVERYDAY) {
    const id = termIds.get(term);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}
