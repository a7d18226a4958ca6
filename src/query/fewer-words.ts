import type { Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import { isParagraph } from './follow-up.ts';
import type { Steps } from './not-found.ts';
import { echoing, type Plan, planOf } from './plan.ts';
import { onlyQualifiers } from './qualifier-words.ts';

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
 * "any advice", "our on-call is a mess", "the consensus on …". A talk may use them in passing,
 * which is no answer;
 * they are left out, unsaid, when the whole question finds nothing.
 */
const ASKING = new Set([
  'intro',
  'introduction',
  'introductory',
  'overview',
  'short',
  'consensus',
  'opinion',
  'opinions',
  'verdict',
  'thoughts',
  'primer',
  'basics',
  'advice',
  'tips',
  'mess',
  'messy',
  'convince',
]);
/**
 * Words for an aspect of a subject, no subject of their own: "k8s cost", "GC tuning", "chunking
 * strategies", "the pizza analogy", "make deploys safer", "our deploys are scary". Beside a subject the notes have, one the notes lack is left
 * out, and said to be, even from a question of two words.
 */
const ASPECTS = new Set([
  'cost',
  'costs',
  'tuning',
  'strategy',
  'strategies',
  'analogy',
  'analogies',
  'tools',
  'tooling',
  'pitfalls',
  'lessons',
  'examples',
  'internals',
  'setup',
  'conditions',
  'management',
  'process',
  'processes',
  'workflow',
  'workflows',
  // "back end development", "android development": the making of the subject's things.
  'development',
  // What kind of thing of a subject: "outbox pattern", "SPACE framework", "caching approaches".
  'pattern',
  'patterns',
  'framework',
  'frameworks',
  'approach',
  'approaches',
  'techniques',
  // The medium of a subject: "web perf", where the notes say "performance" and never "web".
  'web',
  // What a subject is built as: "chat system" where the notes have a ChatBot and no system.
  'system',
  'systems',
  'solution',
  'solutions',
  // What a goal asks of a subject: "make deploys safer", "faster builds", "deploy safely".
  'safer',
  'safely',
  'faster',
  'quicker',
  'easier',
  'simpler',
  'smoother',
  'reliably',
  // How a subject hurts, as a problem is told: "our deploys are scary", "migrations are painful".
  'scary',
  'painful',
  'difficult',
  'messy',
  'annoying',
  'frustrating',
  'confusing',
  'unreliable',
  'fragile',
  'brittle',
  'tricky',
  // A subject's troubles named as such: "communication problems", "scaling challenges".
  'problem',
  'problems',
  'challenge',
  'challenges',
]);

/** Whether a word names an aspect of a subject, and no subject ("lessons", "patterns", "cost"). */
export function isAspect(word: string): boolean {
  return ASPECTS.has(word);
}

/**
 * "GC tuning" where the notes say neither "GC" nor "tuning" but write "garbage collectors": a
 * question of a subject and one aspect word that finds nothing is asked again without the
 * aspect (the subject by its related words, as it is alone), and the answer says it left the
 * aspect out. Undefined when that finds nothing either, or only every talk.
 */
export function withoutAspect(
  text: string,
  event: string | undefined,
  read: (text: string, event: string | undefined) => Plan,
): Plan | undefined {
  const said = words(fold(text));
  const aspects = said.filter((word) => ASPECTS.has(word));
  if (aspects.length !== 1 || said.filter((word) => !isFiller(word)).length < 2) return undefined;
  const aspect = aspects[0] as string;
  // Only a word of its own: the "tuning" of "fine-tuning" is half of another word.
  const rest = text
    .replace(new RegExp(`(?<![\\p{L}\\p{N}-])${aspect}(?![\\p{L}\\p{N}-])`, 'iu'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (rest === text) return undefined;
  const plan = read(rest, event);
  if (plan.kind !== 'talks' || plan.total === 0) return undefined;
  const { scope } = plan;
  if (scope.kind === 'list' && !scope.event && !scope.having && !scope.lacking) return undefined;
  // Echoed as typed, whole: the answer says which word it left out.
  const typed = scope.kind === 'search' && scope.words === rest ? { words: text } : {};
  return { ...plan, scope: { ...scope, ...typed, dropped: aspect } };
}

/** A word of the asking ("advice", "intro") or of an aspect ("cost", "scary"): no subject alone. */
export function asksAround(word: string): boolean {
  return ASKING.has(word) || ASPECTS.has(word);
}

/** "Deep dive" is asking for depth; "deep learning" is a subject of its own. */
const ASKING_PAIRS: [string, string][] = [['deep', 'dive']];

/** "Compare the two micro-frontends talks": how many talks, no subject. */
const COUNTS = new Set(['two', 'three', 'four', 'five', 'both', 'couple']);

/** Whether a word of the question is one of the asking, beside its pair if it has one. */
function asking(word: string, query: QueryWord[]): boolean {
  if (ASKING.has(word) || COUNTS.has(word)) return true;
  const has = (other: string) => query.some((q) => q.word === other);
  return ASKING_PAIRS.some(([a, b]) => (word === a && has(b)) || (word === b && has(a)));
}

/** The question's words less those of the asking ("kafka deep dive": kafka). */
export function withoutAsking(query: QueryWord[]): QueryWord[] {
  return query.filter((q) => !asking(q.word, query));
}

/** The words typed hyphenated to a word no talk has: "less" of "pasword-less". */
function halvesOf(text: string, unmatched: string[]): Set<string> {
  const halves = new Set<string>();
  if (unmatched.length === 0 || !text.includes('-')) return halves;
  const folded = fold(text);
  for (const word of unmatched)
    for (const found of folded.matchAll(/([\p{L}\p{N}]+)-([\p{L}\p{N}]+)/gu)) {
      if (found[1] === word) halves.add(found[2] as string);
      if (found[2] === word) halves.add(found[1] as string);
    }
  return halves;
}

/**
 * A talk's title and summary words with their hyphens joined ("microfrontends"), and the longest
 * word of each term: read once per talk, not for every hit of every question.
 */
interface JoinedWords {
  words: Set<string>;
  /** Keyed by `termOf`, null (a stop word) included, as the words were compared before. */
  longest: Map<string | null, number>;
}
const joinedWords = new WeakMap<Talk, JoinedWords>();

function joinedOf(talk: Talk): JoinedWords {
  let joined = joinedWords.get(talk);
  if (!joined) {
    const text = fold(`${talk.title} ${talk.summary}`).replace(/(\p{L})-(?=\p{L})/gu, '$1');
    joined = { words: new Set(words(text)), longest: new Map() };
    for (const own of joined.words) {
      const term = termOf(own);
      joined.longest.set(term, Math.max(joined.longest.get(term) ?? 0, own.length));
    }
    joinedWords.set(talk, joined);
  }
  return joined;
}

/** Whether a talk writes two words of the question side by side as one ("skip-level"). */
function saysTwoJoined(talk: Talk, query: QueryWord[]): boolean {
  if (query.length < 2) return false;
  const own = joinedOf(talk).words;
  return query.some((q, i) => i > 0 && own.has(`${(query[i - 1] as QueryWord).word}${q.word}`));
}

/** Whether a talk's title has a word of the question, or a form of it. */
function inTitle(talk: Talk, q: QueryWord): boolean {
  const terms = new Set([q.word, ...(q.alternatives ?? [])].map((word) => termOf(word) ?? word));
  return words(fold(talk.title)).some((own) => terms.has(termOf(own) ?? own));
}

/** Whether a talk's title or summary writes a word with a hyphen ("micro-frontends"). */
function saysJoined(talk: Talk, word: string): boolean {
  if (!/^[a-z]{5,}$/.test(word)) return false;
  const term = termOf(word);
  return (joinedOf(talk).longest.get(term) ?? 0) >= word.length - 2;
}

/**
 * Whether a word of the question asks around its subject: before the words found, with no word
 * of a subject beside it ("the consensus on micro-frontends"), so it makes no phrase with one
 * ("hashicorp vault", "machine learning") and is not the subject itself ("what time is lunch").
 */
function standsAlone(text: string, word: string, found: string[]): boolean {
  const said = words(fold(text));
  const at = said.indexOf(word);
  // "Data talks in poland": a word after "in", "at" says where, which is no word to leave out.
  if (at < 0 || PLACE_BEFORE.has(said[at - 1] as string)) return false;
  if (found.some((other) => said.indexOf(other) >= 0 && said.indexOf(other) < at)) return false;
  return [said[at - 1], said[at + 1]].every((other) => other === undefined || isFiller(other));
}

const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'during', 'around']);

/** A number: "12" of "12 factor apps" is in talks about anything, and says no subject. */
function numeric(q: QueryWord): boolean {
  return /^\p{N}+$/u.test(q.word);
}

/** A word of the question as typed: "fine-tuning" for a word and the half joined to it. */
function spelled(query: QueryWord[], at: number): string {
  const q = query[at] as QueryWord;
  const next = query[at + 1];
  return next?.joined ? `${q.word}-${next.word}` : q.word;
}

/** Whether the word typed before or after `q` is a word of a subject the talk lacks. */
function halfOfPair(query: QueryWord[], q: QueryWord, has: QueryWord[]): boolean {
  const at = query.indexOf(q);
  return [query[at - 1], query[at + 1]].some(
    (other) =>
      other !== undefined && !has.includes(other) && !isFiller(other.word) && !numeric(other),
  );
}

export function fewerWords(steps: Steps, ask: Asking): Plan | undefined {
  const { query } = ask;
  // A paragraph is searched by its telling words already (see `TalkIndex.search`).
  if (query.length < 2 || isParagraph(ask.asked.text)) return undefined;
  // "fine-tuning" the notes never write so is one word they lack, whatever its halves are.
  const joinedTo = (at: number) => query[at + 1]?.joined === true;
  const known = (q: QueryWord, at: number) => !q.joined && !joinedTo(at) && steps.index.knows(q);
  // "k8s cost" where no Kubernetes talk says cost (one says "bill"): the aspect is left out, as
  // a word no talk has would be, and said to be.
  const aspectOnly = query.filter((q) => ASPECTS.has(q.word));
  // "Machine learning in production" where the notes lack "machine": "learning" is half of the
  // subject they lack, not a subject left to search.
  const halfLacking = query.some((q, at) => q.concept && !known(q, at));
  const lacking = (q: QueryWord, at: number) =>
    !known(q, at) ||
    (aspectOnly.length === 1 && aspectOnly[0] === q) ||
    (halfLacking && q.concept === true);
  const unmatched = query
    .map((q, at) =>
      !lacking(q, at) || asking(q.word, query) || q.joined ? '' : spelled(query, at),
    )
    .filter((word) => word !== '');
  const kept = query.filter((q, at) => !lacking(q, at) && !asking(q.word, query));
  if (kept.length === 0 || kept.length === query.length) return undefined;
  // A number says no subject: "12" of "12 factor apps" is in talks about anything; nor does
  // "production" of "kubernetes in production" where no talk mentions Kubernetes.
  if (kept.every(numeric) || (unmatched.length > 0 && onlyQualifiers(kept))) return undefined;
  // A word no talk has in a short question may make it another subject ("machine learning",
  // "service mesh" are not about learning or services): left out only from a longer question,
  // one such word, where the others say what it is about. Asking words may always go.
  const size = query.filter((q) => !q.joined).length;
  const alone =
    unmatched.length === 1 &&
    standsAlone(
      ask.asked.text,
      unmatched[0] as string,
      query.filter((q) => known(q, query.indexOf(q))).map((q) => q.word),
    );
  const aspect = unmatched.length === 1 && ASPECTS.has(unmatched[0] as string);
  if (unmatched.length > 0 && (unmatched.length > 1 || (size < 3 && !alone && !aspect)))
    return undefined;
  // Only talks about the words left (their title or summary has them): a general word left
  // alone ("engineering" of "chaos engineering") is in many talks' notes, and none is the answer.
  const filter = ask.keep;
  const options = {
    ...opt('event', ask.event),
    ...(filter ? { keep: (doc: number) => filter[doc] === 1 } : {}),
  };
  let found = steps.index.search(kept, options);
  const some = found.total === 0 && kept.length > 1;
  if (some) found = steps.index.search(kept, { ...options, anyWord: true });
  // Only asking words left out: every word of the subject is still searched, as asked.
  // Any form of a word will do; "microfrontends" is "Micro-frontends" as a title writes it.
  const about = (talk: Talk) =>
    unmatched.length === 0 ||
    kept.some(
      (q) =>
        !numeric(q) &&
        [q.word, ...(q.alternatives ?? [])].some(
          (word) => steps.index.isAbout(steps.docOf(talk), [word]) || saysJoined(talk, word),
        ),
    );
  // With only some of the words in any talk, one everyday word in passing ("won", "world" of
  // "who won the world cup"; "old", "down" of "paying down old code") is no answer: a talk
  // has one of the words in its title, or two of them.
  // A number is no subject ("1" of "1:1s"): with one word of a subject left, it is the answer;
  // nor is the half of a word no talk has ("less" of "pasword-less").
  const halves = halvesOf(ask.asked.text, unmatched);
  const subject = kept.filter((q) => !numeric(q) && !halves.has(q.word));
  const aboutSome = (talk: Talk) => {
    if (subject.length < 2) return true;
    const doc = steps.docOf(talk);
    const has = subject.filter((q) =>
      [q.word, ...(q.alternatives ?? [])].some(
        (word) => steps.index.isAbout(doc, [word]) || saysJoined(talk, word),
      ),
    );
    // A title word typed beside another the talk lacks is half of a name ("world" of "world
    // cup" in "Tagging Your World"), no subject of its own.
    const named = (q: QueryWord) => inTitle(talk, q) && !halfOfPair(query, q, has);
    return has.length > 1 || has.some(named) || saysTwoJoined(talk, subject);
  };
  const talks = found
    .top(ABOUT_WITHIN)
    .map((hit) => steps.talkAt(hit.ref))
    .filter((talk): talk is Talk => !!talk && about(talk) && (!some || aboutSome(talk)));
  if (talks.length === 0) return undefined;
  ask.query = kept;
  const scope = ask.scope ?? echoing(ask.asked.text, ask.event);
  const plan = planOf(scope, talks, ask.question);
  if (plan.kind !== 'talks' || unmatched.length === 0) return plan;
  // Talks say "cost", only none of the Kubernetes ones: the question without it, said so.
  const left = aspectOnly[0];
  if (left && known(left, query.indexOf(left)))
    return { ...plan, scope: { ...plan.scope, dropped: left.word } };
  return { ...plan, scope: { ...plan.scope, unmatched } };
}
