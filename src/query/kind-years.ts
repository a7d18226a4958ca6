import type { Library } from '../model.ts';
import { YEAR } from './event-years.ts';
import type { Plan } from './plan.ts';

const EVENT_YEARS = new WeakMap<Library, Map<string, string>>();

/** Each event's year, where its dates, name or id give one (the first). */
function eventYears(library: Library): Map<string, string> {
  let years = EVENT_YEARS.get(library);
  if (!years) {
    years = new Map();
    for (const event of library.events) {
      const year = [event.dates, event.name, event.id]
        .map((text) => /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text ?? '')?.[1])
        .find((found) => found !== undefined);
      if (year) years.set(event.id, year);
    }
    EVENT_YEARS.set(library, years);
  }
  return years;
}

/**
 * The years of the talks a plan lists (a talk's date, else its event's year), newest first:
 * "keynotes in 2031" offers the years the notes have keynotes in. None where it lists no talk.
 */
export function kindYears(plan: Plan, library: Library): string[] {
  if (plan.kind !== 'talks') return [];
  const ofEvent = eventYears(library);
  const years = new Set<string>();
  for (const talk of plan.talks(plan.total)) {
    const dated = talk.date?.slice(0, 4);
    const year = dated && YEAR.test(dated) ? dated : ofEvent.get(talk.event);
    if (year) years.add(year);
  }
  return [...years].sort().reverse();
}
