import type { ConferenceEvent } from '../model.ts';
import { YEAR } from './event-years.ts';

/**
 * "Talks at devoxx" over three Devoxx posts: the name the events share as their notes write it
 * ("Devoxx": the longest run of words each event's name has, no year), and how many events;
 * undefined for one event, which a list names itself.
 */
export function eventsNamed(
  ids: string[],
  events: Map<string, ConferenceEvent>,
): { name?: string; count: number } | undefined {
  if (ids.length < 2) return undefined;
  const names = ids.map((id) => nameWords(events.get(id)?.name ?? id));
  const [first = [], ...others] = names;
  const folded = others.map((name) => ` ${name.map((word) => word.toLowerCase()).join(' ')} `);
  let best: string[] = [];
  for (let from = 0; from < first.length; from++)
    for (let to = first.length; to > from + best.length; to--) {
      const run = first.slice(from, to);
      const said = ` ${run.join(' ').toLowerCase()} `;
      if (folded.every((name) => name.includes(said))) best = run;
    }
  const name = best.filter((word) => !YEAR.test(word)).join(' ');
  return { ...(name ? { name } : {}), count: ids.length };
}

/** A name's words as written, its punctuation aside ("Un Devoxx ... et ça repart"). */
function nameWords(name: string): string[] {
  return name.split(/[\s\p{P}]+/u).filter((word) => word.length > 0);
}
