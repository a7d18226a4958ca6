import type { Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import { escapeRegExp as escaped } from '../text.ts';
import { opt } from './asking.ts';
import { asksAround } from './fewer-words.ts';
import { type Plan, planOf } from './plan.ts';
import type { Question } from './understand.ts';

/** Most hits looked at for being about the subject words. */
const LOOK_AT = 50;
/** A subject word is in at most this share of the talks: "team", "build" say no subject. */
const RARE = 0.3;
/** At most this many subject words in a rambling question; more is a question of its own. */
const MOST_SUBJECTS = 3;
/** At least this many words of the story around them, which no talk has (or only asks). */
const LEAST_STORY = 2;

/**
 * What asks the bot about the talks in a story ("…, anything?", "did anyone talk about",
 * "any tips from the talks"): without it, a message is no question to it ("just a reminder that
 * the planning meeting moved", "a good recipe to bake bread").
 */
const ASKS_TALKS =
  /\b(?:anything|anyone|anybody|any\s+(?:tips|advice|ideas|pointers|talks?|sessions?)|(?:is|was|were)\s+there|talks?|sessions?|conf|conference|speakers?|presentations?)\b/;

export interface BuriedSteps {
  readonly index: TalkIndex;
  readonly talkCount: number;
  talkAt(ref: string): Talk | undefined;
  docOf(talk: Talk): number;
}

/**
 * "My boss keeps asking about SBOMs and I have no idea what they are, anything?": a question
 * told as a story, its one or two subject words buried among words no talk has ("boss",
 * "keeps"). Where the whole finds nothing, the rare words the notes have are searched alone,
 * and only talks whose title, topic or summary has one of them are the answer, titled by those
 * words (so it is plain what was searched). A word of the story in some talk's notes in passing
 * is common, or in no title or summary, and finds nothing.
 */
export function buriedSubject(
  steps: BuriedSteps,
  text: string,
  query: QueryWord[],
  question: Question,
  event: string | undefined,
): Plan | undefined {
  if (!ASKS_TALKS.test(fold(text))) return undefined;
  const { index } = steps;
  const said = query.filter((q) => !q.joined);
  const rare = (q: QueryWord) => {
    const seen = Math.max(
      index.frequency(q.word),
      ...(q.alternatives ?? []).map((w) => index.frequency(w)),
    );
    return seen > 0 && seen <= Math.max(1, steps.talkCount * RARE);
  };
  let subject = said.filter(
    (q, at) =>
      !/^\p{N}+$/u.test(q.word) &&
      !asksAround(q.word) &&
      // "learning" of "machine learning" the notes never name: half a subject, no subject.
      !q.concept &&
      rare(q) &&
      said.findIndex((other) => other.word === q.word) === at,
  );
  if (subject.length === 0 || subject.length > MOST_SUBJECTS) return undefined;
  if (said.length - subject.length < LEAST_STORY) return undefined;
  // Where no talk has them all, the words most like a subject lead: one a talk's title has
  // ("kubernetes"), then one asked about ("about SBOMs"), not a word of the story ("keeps").
  if (index.search(subject, opt('event', event)).total === 0) {
    const folded = fold(text);
    const weight = (q: QueryWord) =>
      (inSomeTitle(steps, q, event) ? 2 : 0) +
      (new RegExp(
        `\\b(?:about|on|regarding|around)\\s+(?:[\\p{L}'’-]+\\s+){0,2}${escaped(q.word)}`,
        'u',
      ).test(folded)
        ? 1
        : 0);
    const best = Math.max(...subject.map(weight));
    if (best > 0) subject = subject.filter((q) => weight(q) === best);
  }
  let found = index.search(subject, opt('event', event));
  if (found.total === 0 && subject.length > 1)
    found = index.search(subject, { ...opt('event', event), anyWord: true });
  const isAbout = (talk: Talk, q: QueryWord) =>
    [q.word, ...(q.alternatives ?? [])].some((w) => index.isAbout(steps.docOf(talk), [w]));
  const talks = found
    .top(LOOK_AT)
    .map((hit) => steps.talkAt(hit.ref))
    .filter((talk): talk is Talk => talk !== undefined && subject.some((q) => isAbout(talk, q)));
  if (talks.length === 0) return undefined;
  // Titled by the words the talks are about: a word only in their notes ("making") found none.
  const shown = subject.filter((q) => talks.some((talk) => isAbout(talk, q)));
  const scope = { kind: 'search' as const, words: shown.map((q) => q.word).join(' ') };
  return planOf({ ...scope, ...opt('event', event) }, talks, question);
}

/** Whether a talk the word finds has it in its title: a word of a subject, not of a story. */
function inSomeTitle(steps: BuriedSteps, q: QueryWord, event: string | undefined): boolean {
  const terms = new Set([q.word, ...(q.alternatives ?? [])].map((w) => termOf(w) ?? w));
  return steps.index
    .search([q], opt('event', event))
    .top(LOOK_AT)
    .some((hit) => {
      const talk = steps.talkAt(hit.ref);
      return !!talk && words(fold(talk.title)).some((own) => terms.has(termOf(own) ?? own));
    });
}
