import { fold, words } from '../search/analyze.ts';
import { privativeOf } from '../search/privative-words.ts';
import { relatedTo } from '../search/related-words.ts';
import type { Found, QueryWord, TalkIndex } from '../search/talk-index.ts';
import { countryNamed } from './places.ts';
import type { Plan } from './plan.ts';

/**
 * The word of a question no talk has, nor any word near it (no slip corrected, no word being
 * typed), that a search found talks without: said, so the talks are not taken to be about it.
 */
export function unsaid(query: readonly QueryWord[], found: Found, index: TalkIndex): string[] {
  if (found.total === 0 || query.length < 2) return [];
  if (found.leftOut) return found.leftOut;
  const fixed = new Set(found.corrections.map(([from]) => from));
  const lacking = query
    .filter(
      (q, at) =>
        !q.joined &&
        !query[at + 1]?.joined &&
        !/\p{N}/u.test(q.word) &&
        !fixed.has(q.word) &&
        !index.knows(q) &&
        !index.hasNear(q.word) &&
        // "Formatting" found by the notes' "rustfmt", "blameless" by their "without blame": the
        // talks are for that word after all.
        ![...relatedTo(q.word), ...privativeOf(q.word)].some((word) => index.frequency(word) > 0),
    )
    .map((q) => q.word);
  // Several such words are a story told around the question ("preparing a brown bag …").
  return lacking.length === 1 ? lacking : [];
}

/** Most words of a question whose words the notes have apart are said to be so. */
const MOST_APART = 3;

/**
 * "Kubernetes rbac" where no talk says both: a "no match" that says why, the one word no talk
 * mentions nor has a word near ("rbac", where the others find talks or begin a word of the
 * notes), or that the notes have each word, never in one
 * talk. Nothing for a longer question, nor where a word was corrected or is being typed.
 */
export function saidWhy(
  plan: Plan,
  asked: { text: string; query: readonly QueryWord[] },
  index: TalkIndex,
  namesEvent: (word: string) => boolean,
): Plan {
  if (plan.kind !== 'none' || plan.unknown || plan.person || plan.place) return plan;
  // "Kubernetes rbac at secdays": an event's name is where to look, no word of the talks.
  const query = asked.query.filter((q) => !namesEvent(q.word));
  // A word left beside an event's name ("hong kong protests", where "Hong Kong" names an
  // event) is read as a question of one word beside others would be.
  const beside = query.length === 1 && asked.query.length > 1;
  if ((query.length < 2 && !beside) || query.length > MOST_APART) return plan;
  // Only words as typed ("k8s" is read as kubernetes), no number, country or address's piece.
  // Two words the notes write as one ("hong kong" read as "hongkong") were typed too.
  const said = words(fold(asked.text));
  const typed = new Set([...said, ...said.slice(1).map((word, at) => `${said[at]}${word}`)]);
  const named = (q: QueryWord) =>
    typed.has(q.word) &&
    !/\p{N}/u.test(q.word) &&
    !countryNamed(q.word) &&
    !/^(?:https?|www|com|org|io|net)$/.test(q.word);
  if (!query.every(named)) return plan;
  const lacking = query.filter((q) => !index.knows(q));
  // "Front-end" typed joined is one word of the notes: only a lacking word joined to another
  // stops the reading ("hong-kong protests", whose "hong-kong" the notes have, still goes on).
  if (lacking.some((q) => q.joined || query[query.indexOf(q) + 1]?.joined)) return plan;
  // "Become a design lead": "become" no talk has, nor anything near it, said so, though "lead"
  // too is no word of the notes (only the beginning of their "leadership").
  const far = lacking.filter((q) => !index.hasNear(q.word));
  if (far.length === 1) return { ...plan, unmatched: far.map((q) => q.word) };
  // "Data science" where the notes say "science" and only begin a word with "data" (DataFrame),
  // no word corrected or offered: no talk mentions the words asked, said so, never a bare "no".
  if (lacking.length > 0 && far.length === 0 && plan.suggestions.length === 0)
    return { ...plan, unmatched: query.map((q) => q.word) };
  // Each word found, and still no talk for them all (no day or event filtered them out).
  // "Hong kong protests" where the notes say "processes", never "protests": the word offered
  // is only a guess, so the answer says plainly too that no talk mentions the word asked.
  if (lacking.length === 1 && far.length === 0 && plan.suggestions.length > 0)
    return { ...plan, unmatched: lacking.map((q) => q.word) };
  if (lacking.length > 0 || plan.suggestions.length > 0 || index.search([...query]).total > 0)
    return plan;
  const apart = query.map((q) => q.word);
  return { ...plan, apart, ...(inOneTalk(apart, index) ? { apartInOne: true } : {}) };
}

/** Talks of a word looked at, at most, for one that has the other words too. */
const IN_ONE_LOOKED = 500;

/** Whether one talk has every word ("data" and "lake" of "the data team … the lake"). */
function inOneTalk(list: readonly string[], index: TalkIndex): boolean {
  let common: Set<string> | undefined;
  for (const word of list) {
    const found = index.search([{ word }]);
    const refs = found.top(Math.min(found.total, IN_ONE_LOOKED)).map((hit) => hit.ref);
    common = new Set(common ? refs.filter((ref) => common?.has(ref)) : refs);
    if (common.size === 0) return false;
  }
  return (common?.size ?? 0) > 0;
}
