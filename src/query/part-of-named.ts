import type { Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { phraseWords } from '../search/title-phrases.ts';
import { type Asking, opt } from './asking.ts';

/**
 * "The best part of the tide talk", "what did they say about lag in the kafka session": words
 * before a talk's noun, after "of", "in", "from" or "during" and "the", name the talk the rest
 * of the question is about. The noun is singular: "of the kafka talks" names no one talk.
 */
const PART_OF_NAMED =
  /\b(?:of|in|from|during)\s+(?:the|that|this)\s+((?:[\p{L}\p{N}-]+\s+){1,4}?)(?:talk|session|keynote|presentation|lecture|workshop)(?![\p{L}])/u;

/** "The best part of oskar's talk": the speaker named before the noun. */
const PART_OF_SPEAKER =
  /\b(?:of|in|from|during)\s+([\p{L}-]+)['’]s?\s+(?:talk|session|keynote|presentation|lecture|workshop)(?![\p{L}])/u;

/** More talks than this whose titles say the words are a subject, not one talk named. */
const MOST_NAMED = 3;

/** A title's words as the search compares them, stems where they have one. */
function titleTerms(talk: Talk): Set<string> {
  const terms = new Set<string>();
  for (const title of [talk.title, talk.officialTitle ?? ''])
    for (const word of phraseWords(title)) terms.add(termOf(word) ?? word);
  return terms;
}

/**
 * Keeps only the talks a question names as "the X talk" after a part of it is asked ("the best
 * part of the tide talk"), where a few talks still in the running are titled with every word of
 * X that is still to search: the question is about that talk, not another whose title says the
 * rest ("The Best Part"). Words read already as a day, an event or a name are none of X.
 */
export function partOfNamed(ask: Asking): void {
  const text = fold(ask.asked.text);
  const speaker = PART_OF_SPEAKER.exec(text);
  if (speaker) {
    partOfSpeakers(ask, speaker[1] as string);
    return;
  }
  const found = PART_OF_NAMED.exec(text);
  if (!found) return;
  const searched = new Set(ask.query.map((q) => q.word));
  const named = words(found[1] as string).filter((word) => !isFiller(word));
  if (named.length === 0 || !named.every((word) => searched.has(word))) return;
  const terms = named.map((word) => termOf(word) ?? word);
  const says = (talk: Talk) => {
    const own = titleTerms(talk);
    return terms.every((term) => own.has(term));
  };
  const talks = ask.library.filter((talk, doc) => ask.kept(talk, doc) && says(talk));
  if (talks.length === 0 || talks.length > MOST_NAMED) return;
  ask.narrow(says);
}

/**
 * "The best part of oskar's talk": the talks of the speaker so named, where a few are; what
 * part of them was asked is no word to search.
 */
function partOfSpeakers(ask: Asking, name: string): void {
  const says = (talk: Talk) =>
    talk.speakers.some((speaker) => words(speaker.name ?? '').includes(name));
  const talks = ask.library.filter((talk, doc) => ask.kept(talk, doc) && says(talk));
  if (talks.length === 0 || talks.length > MOST_NAMED) return;
  ask.narrow(says);
  const speakers = new Set(
    talks.flatMap((talk) =>
      talk.speakers.flatMap((one) =>
        one.name && says({ ...talk, speakers: [one] }) ? [one.name] : [],
      ),
    ),
  );
  const [only] = speakers;
  if (speakers.size === 1 && only)
    ask.scope ??= { kind: 'speaker', name: only, ...opt('event', ask.event) };
  // What part of it was asked is no word to search: the talk is the answer.
  ask.query = [];
}
