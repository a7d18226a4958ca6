import type { Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import { escapeRegExp } from '../text.ts';

/** More words than this beside a topic are a story told around it, not which of its talks. */
const MOST_WORDS = 3;

/** One talk asked for: "the lyft security talk", "culture talk from buffer". */
const ONE_TALK = /\b(?:talk|session|presentation|keynote|lecture|workshop)\b(?!s)/;

/**
 * "The lyft security talk", "architecture talks about postgres": the words beside a topic say
 * which of its talks are meant, so those that have every such word are the answer, not the
 * topic's every talk with them first. Only where the question says so — one talk asked for,
 * the words after "about", "from", "by"…, or a word that is a speaker's name or company — so
 * "good architecture talks" still lists the topic. Undefined where no talk of the topic has
 * all the words, or all of them do (the topic's list says as much).
 */
export function topicSubject(
  asked: string,
  query: readonly QueryWord[],
  talks: readonly Talk[],
  index: TalkIndex,
  docOf: (talk: Talk) => number,
): Talk[] | undefined {
  const subject = query.filter((q) => !isFiller(q.word));
  if (subject.length === 0 || subject.length > MOST_WORDS || talks.length < 2) return undefined;
  const says = (talk: Talk, q: QueryWord) => {
    const doc = docOf(talk);
    return [q.word, ...(q.alternatives ?? [])].some((word) => index.says(doc, word));
  };
  const having = talks.filter((talk) => subject.every((q) => says(talk, q)));
  if (having.length === 0 || having.length === talks.length) return undefined;
  const text = fold(asked);
  const named = (q: QueryWord) =>
    having.some((talk) =>
      talk.speakers.some((speaker) =>
        `${fold(speaker.name ?? '')} ${fold(speaker.company ?? '')}`.split(/\s+/).includes(q.word),
      ),
    );
  const introduced = (q: QueryWord) =>
    new RegExp(
      `\\b(?:about|on|regarding|around|covering|mentioning|from|by|at)\\s+(?:[\\p{L}'’-]+\\s+){0,2}${escapeRegExp(q.word)}`,
      'u',
    ).test(text);
  return ONE_TALK.test(text) || subject.some((q) => named(q) || introduced(q)) ? having : undefined;
}
