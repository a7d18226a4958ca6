import type { HeadTerms } from './head-terms.ts';
import { FLOOR_ALL_WORDS, type MatchTiers } from './match-tiers.ts';
import type { Ranked } from './postings.ts';
import type { Unit } from './query-units.ts';

/**
 * A question with one word no talk has, nor any word near it ("signing container images
 * standup"), where no talk has every word: the talks with every other word, as for the question
 * without it (the answer says the word is missing), rather than the talks with some of the
 * words, a title's word first. Read only once the all-words pass found nothing.
 */

/** The best talks with the other words looked at for one that is about them. */
const LOOKS = 5;

export function withoutMissingWord(
  units: Unit[],
  tiers: MatchTiers,
  heads: HeadTerms,
  keep: ((doc: number) => boolean) | undefined,
): Ranked | undefined {
  const known = units.filter((unit) => unit.variants.length > 0);
  // Two words or more as written, beside it: one word ("tls certificates") may be a word said
  // in passing ("dual writes", "drop table"), and a slip corrected is no word as written.
  if (known.length < 2 || known.length !== units.length - 1) return undefined;
  if (!known.every((unit) => unit.exact)) return undefined;
  const said = known.map((unit) => unit.variants);
  const rest = tiers.allWords(said, { all: true, floor: FLOOR_ALL_WORDS, keep });
  // Only where the words are what a talk is about, in its title or summary ("who moderated
  // the closing panel": a panel whose notes say "closing" in passing is no closing panel).
  const top = rest.top(LOOKS).find(({ doc }) => heads.about(doc, said));
  // "Talks by Helen Park at zorblaxconf": beside a person's name it is an event, left out as
  // such (see `relax-filters`).
  if (!top || heads.people(top.doc, said)) return undefined;
  return rest;
}
