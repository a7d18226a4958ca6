import { fold } from '../search/analyze.ts';
import type { Question } from './understand.ts';

/**
 * "What time is the kafka talk?", "when was Jane's keynote", "when does Ada speak", "which day was the
 * kafka talk", "quel jour était le talk sur Kafka ?": a talk's time
 * is asked, so its card leads with when it was, or says the notes do not give it (never another
 * talk's time). "When was rustfjord" asks for an event's dates, and is left to the event steps.
 */
const WHEN =
  /\b(?:what\s+time|at\s+what\s+time|(?:on\s+)?(?:what|which)\s+(?:day|date)|quel\s+jour|an\s+welchem\s+tag|(?:en\s+)?que\s+dia|(?:em\s+)?qual\s+dia|(?:in\s+)?(?:che|quale)\s+giorno|when(?:['’]?s|\s+(?:is|was|are|were|does|did|do|will|etait|est|fue|era|es|war|ist|foi|e))|um\s+wie\s?viel\s+uhr|wann\s+(?:ist|war|spricht|sprach)|a\s+quelle\s+heure|quand\s+(?:est|etait|a\s+lieu)|a\s+que\s+hora|cuando\s+(?:es|fue|era))\b/;
/** "What time", "um wie viel Uhr": a time of day, which a day alone does not answer. */
const CLOCK =
  /\b(?:what\s+time|at\s+what\s+time|um\s+wie\s?viel\s+uhr|a\s+quelle\s+heure|a\s+que\s+hora)\b/;
const OF_TALK =
  /\b(?:talks?|sessions?|keynotes?|panels?|workshops?|presentations?|lightning|speak|speaking|spoke|present|presenting|presented|vortrag|charla|palestra|expose)\b/;

export function timeFocus(text: string, question: Question): void {
  const folded = fold(text);
  if (question.focus || !WHEN.test(folded) || !OF_TALK.test(folded)) return;
  question.focus = CLOCK.test(folded) ? 'clock' : 'time';
}
