import type { Talk } from '../model.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import { isParagraph } from './follow-up.ts';
import type { Steps } from './not-found.ts';
import { echoing, type Plan, planOf } from './plan.ts';

/**
 * "Intro to kafka", "kafka deep dive", "how do I convince my manager to adopt SLOs": words of the
 * asking, or one word no talk has in a longer question, empty the whole question, though the
 * other words find talks. Those words are searched without them (when still not in one talk
 * together, the talks with most of them, best first), only talks about them are kept, and the
 * answer says which word no talk has.
 */
/** Most hits of the words left that are looked at for being about them. */
const ABOUT_WITHIN = 50;

/**
 * Words about the kind of talk wanted, not its subject: "intro to kafka", "kafka deep dive",
 * "any advice", "our on-call is a mess". A talk may use them in passing, which is no answer;
 * they are left out, unsaid, when the whole question finds nothing.
 */
const ASKING = new Set([
  'intro',
  'introduction',
  'introductory',
  'overview',
  'primer',
  'basics',
  'advice',
  'tips',
  'mess',
  'messy',
  'convince',
]);
/** "Deep dive" is asking for depth; "deep learning" is a subject of its own. */
const ASKING_PAIRS: [string, string][] = [['deep', 'dive']];

/** Whether a word of the question is one of the asking, beside its pair if it has one. */
function asking(word: string, query: QueryWord[]): boolean {
  if (ASKING.has(word)) return true;
  const has = (other: string) => query.some((q) => q.word === other);
  return ASKING_PAIRS.some(([a, b]) => (word === a && has(b)) || (word === b && has(a)));
}

export function fewerWords(steps: Steps, ask: Asking): Plan | undefined {
  const { query } = ask;
  // A paragraph is searched by its telling words already (see `TalkIndex.search`).
  if (query.length < 2 || isParagraph(ask.asked.text)) return undefined;
  const known = (q: QueryWord) =>
    [q.word, ...(q.alternatives ?? [])].some((word) => steps.index.frequency(word) > 0);
  const unmatched = query.filter((q) => !known(q) && !asking(q.word, query)).map((q) => q.word);
  const kept = query.filter((q) => known(q) && !asking(q.word, query));
  if (kept.length === 0 || kept.length === query.length) return undefined;
  // A word no talk has in a short question may make it another subject ("machine learning",
  // "service mesh" are not about learning or services): left out only from a longer question,
  // one such word, where the others say what it is about. Asking words may always go.
  if (unmatched.length > 0 && (unmatched.length > 1 || query.length < 3)) return undefined;
  // Only talks about the words left (their title or summary has them): a general word left
  // alone ("engineering" of "chaos engineering") is in many talks' notes, and none is the answer.
  const filter = ask.keep;
  const options = {
    ...opt('event', ask.event),
    ...(filter ? { keep: (doc: number) => filter[doc] === 1 } : {}),
  };
  let found = steps.index.search(kept, options);
  if (found.total === 0 && kept.length > 1)
    found = steps.index.search(kept, { ...options, anyWord: true });
  // Only asking words left out: every word of the subject is still searched, as asked.
  const about = (talk: Talk) =>
    unmatched.length === 0 ||
    kept.some((q) => steps.index.isAbout(steps.docOf(talk), [q.word, ...(q.alternatives ?? [])]));
  const talks = found
    .top(ABOUT_WITHIN)
    .map((hit) => steps.talkAt(hit.ref))
    .filter((talk): talk is Talk => !!talk && about(talk));
  if (talks.length === 0) return undefined;
  ask.query = kept;
  const scope = ask.scope ?? echoing(ask.asked.text, ask.event);
  const plan = planOf(scope, talks, ask.question);
  return plan.kind === 'talks' && unmatched.length > 0
    ? { ...plan, scope: { ...plan.scope, unmatched } }
    : plan;
}
