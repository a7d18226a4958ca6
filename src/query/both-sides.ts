import type { Library, Talk } from '../model.ts';
import type { Plan } from './plan.ts';
import type { Read } from './special-questions.ts';

/**
 * The two sides of "who spoke at both X and Y", "X and Y": each read as a question of its own,
 * for the talks of each and whether each names events. Apart from `special-questions.ts`, which
 * asks these of the questions it reads.
 */

/**
 * "Who spoke at both skyline summit and harbor devdays": the talks of each side by the speakers
 * of both, where a side is a conference of several editions (a speaker of two Skyline Summits
 * only spoke at one side). Undefined where the words are not two sides that each find talks.
 */
export function onBothSides(
  rest: string,
  event: string | undefined,
  library: Library,
  read: Read,
): Talk[] | undefined {
  const sides = /^(?:both\s+)?(.+?)\s+(?:and|&)\s+(.+)$/.exec(rest);
  if (!sides?.[1] || !sides[2]) return undefined;
  const [one, other] = [sides[1], sides[2]].map((side) => talksOf(read(side, event), library));
  if (!one?.length || !other?.length) return undefined;
  const names = (talks: Talk[]) =>
    new Set(
      talks.flatMap((talk) => talk.speakers.flatMap((s) => (s.name ? [s.name.toLowerCase()] : []))),
    );
  const inOther = names(other);
  const both = new Set([...names(one)].filter((name) => inOther.has(name)));
  return [...new Set([...one, ...other])].filter((talk) =>
    talk.speakers.some((s) => s.name && both.has(s.name.toLowerCase())),
  );
}

/** Whether both sides of "2023 and 2024", "fjordops and quayconf" name events (or years). */
export function eventSides(rest: string, event: string | undefined, read: Read): boolean {
  const sides = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(rest);
  return (
    sides !== null &&
    [sides[1], sides[2]].every((side) => {
      const plan = read(side as string, event);
      return plan.kind === 'events' || (plan.kind === 'talks' && plan.scope.kind === 'list');
    })
  );
}

/** The talks a plan lists, or an event's; undefined when it names none. */
export function talksOf(plan: Plan, library: Library): Talk[] | undefined {
  if (plan.kind === 'talks') return plan.talks(plan.total);
  if (plan.kind !== 'events') return undefined;
  const ids = new Set(plan.events);
  return library.talks.filter((talk) => ids.has(talk.event));
}
