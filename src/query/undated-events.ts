import type { TalksScope } from '../answer.ts';
import type { Talk } from '../model.ts';
import { type Plan, planOf } from './plan.ts';
import type { RelaxSteps, Without } from './relax-filters.ts';
import type { Question } from './understand.ts';

/**
 * "What happened on day 2 of kubecon", "kubecon day 2": a day asked of events (`named`) whose notes
 * give no talk of theirs a day or a date; their talks, undefined where a day is not what is asked.
 */
export function undatedEvents(
  question: Question,
  named: string[],
  steps: RelaxSteps,
): Talk[] | undefined {
  if (!question.day || question.part || question.clock || named.length === 0) return undefined;
  const byEvent = eventsOf(steps.library.talks);
  const asked = named.map((event) => byEvent.get(event));
  if (asked.some((event) => event?.dated)) return undefined;
  return asked.flatMap((event) => event?.talks ?? []);
}

/** Each event's talks, and whether the notes date any of them: made once per library. */
const libraryEvents = new WeakMap<
  readonly Talk[],
  Map<string, { talks: Talk[]; dated: boolean }>
>();

function eventsOf(talks: readonly Talk[]): Map<string, { talks: Talk[]; dated: boolean }> {
  let events = libraryEvents.get(talks);
  if (!events) {
    events = new Map();
    for (const talk of talks) {
      let event = events.get(talk.event);
      if (!event) {
        event = { talks: [], dated: false };
        events.set(talk.event, event);
      }
      event.talks.push(talk);
      if (talk.date || talk.day) event.dated = true;
    }
    libraryEvents.set(talks, events);
  }
  return events;
}

/**
 * The question without its day where the events asked about date no talk: that day of theirs
 * cannot be told, which is said, never another event's day (the event left out instead); the
 * events' talks where the rest asks for nothing but them ("what happened … of kubecon"); undefined
 * where the rest finds no talk of theirs.
 */
export function daysUnsaid(
  timeless: Without | undefined,
  theirs: Talk[],
  event: string | undefined,
  steps: RelaxSteps,
): Plan | undefined {
  const plan = timeless && timeless.text.trim() !== '' ? steps.read(timeless.text, event) : NONE;
  if (plan.kind === 'talks' && plan.total > 0 && !plan.scope.dropped)
    return { ...plan, scope: { ...plan.scope, unknown: 'dates' } };
  // "Kafka talks on day 2 at havnconf", none of whose talks is on kafka: the other filters'.
  if (plan.kind !== 'events') return undefined;
  const count = new Set(theirs.map((talk) => talk.event)).size;
  const scope: TalksScope = {
    kind: 'list',
    ...(count === 1 ? { event: theirs[0]?.event } : { events: { count } }),
    unknown: 'dates',
  };
  return planOf(scope, theirs, { talkNoun: true, rest: '' });
}
const NONE: Plan = { kind: 'none', suggestions: [] };
