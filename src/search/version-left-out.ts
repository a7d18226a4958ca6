import type { HeadTerms } from './head-terms.ts';
import { FLOOR_ALL_WORDS, type MatchTiers } from './match-tiers.ts';
import type { Ranked } from './postings.ts';
import type { Unit } from './query-units.ts';

/**
 * "vue 3", "react 16", "java 11": a name and a version number after it, where no talk says the
 * two. The talks about the name, as for the name alone, with the number left out (the answer
 * says no talk mentions it), rather than "no match" with no reason though the notes have a Vue
 * talk. Only a short bare number no talk says, right after a name the talks are about (in a title or
 * summary).
 */
const VERSION = /^\d{1,3}$/;

/** The best talks with the name looked at for one that is about it. */
const LOOKS = 5;

export function withoutVersion(
  units: Unit[],
  tiers: MatchTiers,
  heads: HeadTerms,
  keep: ((doc: number) => boolean) | undefined,
): { ranked: Ranked; number: string } | undefined {
  if (units.length !== 2) return undefined;
  const [name, version] = units as [Unit, Unit];
  const number = version.asked?.[0];
  // A number some talk says is no number "no talk mentions" ("3 days"): that stays "no match".
  if (!number || !VERSION.test(number) || version.variants.length > 0) return undefined;
  if (!name.exact || name.variants.length === 0) return undefined;
  if (name.asked?.some((word) => /\p{N}/u.test(word))) return undefined;
  const said = [name.variants];
  const ranked = tiers.allWords(said, { all: true, floor: FLOOR_ALL_WORDS, keep });
  if (!ranked.top(LOOKS).some(({ doc }) => heads.about(doc, said))) return undefined;
  return { ranked, number };
}
