import type { EventInfo } from '../../src/answer.ts';
import { plural } from './words.ts';

type Ranked = { subject?: string; fewest?: true };

/** "most talks first", "most talks on “security” first": how a ranked list of events is ordered. */
export function rankedBy(ranked: Ranked): string {
  const on = ranked.subject ? ` on “${ranked.subject}”` : '';
  return `${ranked.fewest ? 'fewest' : 'most'} talks${on} first`;
}

/** "10 talks"; in a ranking by a subject, "3 on “security” (of 10 talks)". */
export function eventTalks(event: EventInfo, ranked?: Ranked): string {
  const all = plural(event.talkCount, 'talk');
  if (!ranked?.subject || event.subjectTalks === undefined) return all;
  return `${event.subjectTalks} on “${ranked.subject}” (of ${all})`;
}
