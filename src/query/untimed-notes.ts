import type { Library } from '../model.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import type { Plan } from './plan.ts';
import type { QueryReader } from './query-words.ts';
import { understand } from './understand.ts';

/** What the reading of a time over untimed notes needs of the `Resolver`. */
export interface TimeSteps {
  readonly library: Library;
  readonly reader: QueryReader;
  readonly index: Pick<TalkIndex, 'knows'>;
}

/**
 * "Morning talks", "talks in the afternoon", "what was on at 2pm?": a part of the day or a time
 * (and words no talk has), over notes (of the event asked about) that give no talk a time of day. The
 * answer says the notes give no times, never a bare "no match". Undefined where a talk of the
 * notes has a time (then none was on then), or more is asked than the time (`relaxed` leaves the
 * time out and lists the talks of the rest; `emptyDay` reads a day with a time).
 */
export function untimedNotes(
  text: string,
  event: string | undefined,
  steps: TimeSteps,
): Plan | undefined {
  const question = understand(text);
  if (!(question.part || question.clock) || question.day) return undefined;
  // "midi talks in the morning": the words beside the time found no talk either (`relaxed`, tried
  // first, lists the talks they find): the missing times are the answer, those words said too.
  const words = steps.reader.queryWords(question.rest);
  if (words.some((word) => steps.index.knows(word))) return undefined;
  const talks = steps.library.talks.filter((talk) => !event || talk.event === event);
  // A talk the notes put in a part of the day (`## Afternoon`) has no time, but answers one.
  if (talks.length === 0 || talks.some((talk) => Boolean(talk.time?.trim()) || talk.part))
    return undefined;
  return {
    kind: 'none',
    suggestions: [],
    unknown: 'times',
    ...(words.length > 0 ? { unmatched: words.map((word) => word.word) } : {}),
  };
}
