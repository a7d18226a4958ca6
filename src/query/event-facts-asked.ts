import type { EventFact, EventInfo } from '../answer.ts';
import { fold } from '../search/analyze.ts';
import { inEnglish } from './languages.ts';

/**
 * "When was ffconf?", "where was it held?", "c'était quand ?": the date or the place of the
 * event asked, which the notes may not give. Where they give it for none of the events answered,
 * the answer says so plainly ("The notes give no date for ffconf 2017"), not only their names.
 */
const WHEN = /\b(?:when|dates?|what\s+days?|which\s+days?|what\s+year|how\s+long)\b/;
const WHERE = /\b(?:where|location|venue|city|country|held\s+in)\b/;
/** "Was surfdev better than kelpconf?", "which was the best conference": an opinion of them. */
const RATED = /\b(?:better|worse|best|worst|nicer|nicest|worth)\b/;

/** The question as these tests read it: in English, folded, without its marks. */
const read = (text: string) => fold(inEnglish(text)).replace(/[?!.,;:¿¡]+/g, ' ');

/** The fact of the events asked that none of them has in the notes; undefined if any has it. */
export function eventFactUnsaid(text: string, events: EventInfo[]): EventFact | undefined {
  if (events.length === 0) return undefined;
  const asked = read(text);
  if (WHEN.test(asked) && events.every((event) => !event.dates)) return 'dates';
  if (WHERE.test(asked) && events.every((event) => !event.place)) return 'place';
  // Never a word of an event's own name ("Best of Web").
  const rated = RATED.exec(asked)?.[0];
  if (rated && !events.some((event) => fold(event.name).includes(rated))) return 'rating';
  return undefined;
}

/**
 * "Where was it?", "when was this?", "wo war das?", "où était-ce ?", "what time did it start?" (after
 * an answer that found no talk, too) with nothing asked before:
 * no talk is pointed at, so the conference itself is asked about.
 */
const EVENT_BACK =
  /^(?:(?:and|so|ok|but)\s+)?(?:(?:when|where)\s+(?:was|is|were|did)(?:\s+(?:it|this|that|the(?:\s+(?:conference|conf|event))?))?(?:\s+(?:held|happen(?:ed)?|take\s+place|took\s+place))?|(?:(?:at\s+)?what\s+time|when)\s+(?:did|does|was|is)\s+(?:it|this|that|the\s+(?:conference|conf|event|day))\s+(?:start(?:ed)?|begin|began|end(?:ed)?|finish(?:ed)?|open(?:ed)?|kick\s+off)|(?:at\s+)?what\s+time\s+(?:was|is)\s+(?:it|this|that))$/;

export function asksEventBack(text: string): boolean {
  return EVENT_BACK.test(read(text).replace(/\s+/g, ' ').trim());
}
