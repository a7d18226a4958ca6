import { type Library, ratingFraction, type Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { hasWords } from './has-words.ts';
import type { Plan } from './plan.ts';
import { asksWhereToStart } from './starter-talks.ts';

/**
 * "Worst talk", "which did the author like least", "the weakest session": the lowest rated
 * first. Anything else asking which is best ("top rated", "liked most", "any good") wants the
 * highest first.
 */
const WORST =
  /\b(?:worst|lowest|weakest|poorest|most\s+disappointing|(?:like|liked|enjoy|enjoyed)\s+(?:the\s+)?least|least\s+(?:liked|favou?rite|enjoyed)|(?:did\s*n[o']?t|didnt|did\s+not)\s+(?:like|enjoy)|peggior[ei]?|pire|schlechtesten?|peor(?:es)?)\b/;

/**
 * The talks asked about that the notes' author rated ("### Impression ⭐⭐⭐⭐☆", "Rating: 4/5"),
 * ordered by that rating (as a fraction of its scale, so 4/5 and 8/10 are alike), where the
 * question asks which is best or worst, or whether one was any good. Where none asked about is
 * rated but others are, the talks asked about, saying the author rated none of them; undefined
 * where the notes rate no talk (the answer stays that they do not).
 */
export function ratedTalks(
  plan: Plan,
  asked: string,
  rest: string,
  library: Library,
  event: string | undefined,
): Plan | undefined {
  const among: Talk[] | undefined =
    plan.kind === 'talks'
      ? plan.talks(plan.total)
      : plan.kind === 'none' && !hasWords(rest)
        ? library.talks.filter((talk) => !event || talk.event === event)
        : undefined;
  // "What should I watch first": a way in, a talk of each topic, where no subject is named;
  // "is the kafka talk worth watching" asks how good that talk was.
  const whole = plan.kind !== 'talks' || plan.scope.kind === 'list';
  if (!among || (whole && asksWhereToStart(asked, 'ratings'))) return undefined;
  const order: 'best' | 'worst' = WORST.test(fold(asked)) ? 'worst' : 'best';
  if (!among.some((talk) => talk.rating)) {
    // "How would you rate the team habits talk" where the author rated others: not that the
    // notes rate no talk, but that they rate none of these.
    const elsewhere = library.talks.filter((talk) => talk.rating).length;
    if (plan.kind !== 'talks' || among.length === 0 || elsewhere === 0) return undefined;
    const rated = { order, unrated: among.length, elsewhere };
    return { ...plan, scope: { ...plan.scope, unknown: 'ratings', rated } };
  }
  const sign = order === 'worst' ? 1 : -1;
  const ranked = among
    .filter((talk) => talk.rating)
    .map((talk, at) => ({
      talk,
      at,
      by: sign * ratingFraction(talk.rating ?? { score: 0, scale: 1 }),
    }))
    .sort((a, b) => a.by - b.by || a.at - b.at);
  const posts = new Set(ranked.map(({ talk }) => talk.event)).size;
  const rated = (posts > 1 ? eachPostsFirst(ranked) : ranked).map(({ talk }) => talk);
  const scope =
    plan.kind === 'talks' ? plan.scope : { kind: 'list' as const, ...(event ? { event } : {}) };
  const said = { order, unrated: among.length - rated.length, ...(posts > 1 ? { posts } : {}) };
  return {
    kind: 'talks',
    scope: { ...scope, unknown: 'ratings', rated: said },
    total: rated.length,
    talks: (end) => rated.slice(0, end),
  };
}

/**
 * Talks rated in several events' notes, each by its own author on their own scale and taste: one
 * author's 5/5 is no better than another's 4/5. Each one's best first (the best of those first),
 * then each one's second, and so on, so no one author's picks fill the list.
 */
function eachPostsFirst<T extends { talk: Talk; by: number }>(ranked: T[]): T[] {
  const place = new Map<string, number>();
  const withPlace = ranked.map((one) => {
    const at = place.get(one.talk.event) ?? 0;
    place.set(one.talk.event, at + 1);
    return { one, at };
  });
  // A stable sort keeps the ratings' order within each place.
  return withPlace.sort((a, b) => a.at - b.at).map(({ one }) => one);
}
