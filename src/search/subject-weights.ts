import { everydayWord } from './english-words.ts';
import type { Ranked } from './postings.ts';
import type { Unit } from './query-units.ts';

/**
 * "Optimizing postgres" where no talk has both words: the talk about Postgres is the answer
 * before the talk titled "How to optimize your culture for learning". A word of the field that
 * is no everyday English word (postgres, kafka, pgbouncer) names the subject; an everyday one
 * beside it ("optimizing", "improve") says only how it was asked, however high it stands in a
 * title. The talks with every such word of the question come first, each part as it ranked.
 * `says` tells whether a talk has an index term.
 */
export function subjectsFirst(
  ranked: Ranked,
  units: readonly Unit[],
  says: (id: number, doc: number) => boolean,
): Ranked {
  const asked = (unit: Unit) => unit.asked ?? [];
  const named = units.filter(
    (unit) => asked(unit).length > 0 && !asked(unit).every(everydayWord) && unit.exact,
  );
  const everyday = units.some((unit) => asked(unit).length > 0 && asked(unit).every(everydayWord));
  if (named.length === 0 || !everyday) return ranked;
  const hasNamed = (doc: number) =>
    named.every((unit) => unit.variants.some(([id]) => says(id, doc)));
  return {
    ...ranked,
    top: (count) => {
      const all = ranked.top(ranked.total);
      const first: typeof all = [];
      const rest: typeof all = [];
      for (const hit of all) (hasNamed(hit.doc) ? first : rest).push(hit);
      if (first.length === 0 || rest.length === 0) return all.slice(0, count);
      // Not `Math.min(...scores)`: at 100k talks that is as many arguments as talks say the word.
      const least = first.reduce((low, hit) => Math.min(low, hit.score), Number.POSITIVE_INFINITY);
      const after = rest.map((hit) => ({ ...hit, score: Math.min(hit.score, least * 0.99) }));
      return [...first, ...after].slice(0, count);
    },
  };
}
