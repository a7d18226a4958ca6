import type { Answer } from '../answer.ts';
import type { Bot } from '../bot.ts';
import type { Conversation } from '../conversation.ts';
import type { FollowedUp } from '../follow-up-answers.ts';
import { fold } from '../search/analyze.ts';
import { trimEndOf } from '../text.js';
import { findOrder } from './order-words.ts';
import type { Plan } from './plan.ts';

/** Most events whose question is offered when which one is meant is not known. */
const OFFERED = 5;

/** "First talks", "the first talk of each event": every event's end, asked for as such. */
const EACH_ASKED =
  /\b(?:talks|sessions|keynotes|presentations|workshops|panels|ones|each|every|all|per|both)\b/;

/**
 * "The first talk on day 2", "what was the last talk?" over the notes of several events, with
 * none named: each event has its own, and which one is meant is not known. The events whose end
 * was picked, in the schedule's order, for the answer that asks which (see `whichEventAnswer`);
 * undefined where the talks picked are of one event, or every event's were asked for.
 */
export function eventsToAsk(plan: Plan, text: string, named: boolean): string[] | undefined {
  if (named || plan.kind !== 'talks' || plan.total < 2) return undefined;
  if (EACH_ASKED.test(fold(text))) return undefined;
  const events = [...new Set(plan.talks(plan.total).map((talk) => talk.event))];
  return events.length > 1 ? events : undefined;
}

/**
 * The answer that asks which event, offering the question asked of each ("the first talk on day
 * 2 at RustConf 2023"), briefly.
 */
export function whichEventAnswer(
  query: string,
  events: string[],
  nameOf: (event: string) => string,
): Answer {
  const asked = trimEndOf(query, '?!.');
  return {
    kind: 'none',
    query,
    suggestions: events.slice(0, OFFERED).map((event) => `${asked} at ${nameOf(event)}`),
    topics: [],
    reason: 'which-event',
  };
}

/**
 * "The first talk on day 2" after "talks at rustconf": where the question alone would ask which
 * event, the one event of the last answer (the talk opened, else every talk of the list shown)
 * is meant. Undefined where the question names no such end, or the last answer was of several.
 */
export function inEventOfAnswer(
  bot: Bot,
  text: string,
  { opened, list }: Conversation,
  askAlone: () => Answer = () => bot.ask(text),
): FollowedUp | undefined {
  const refs = opened ? [opened] : (list?.refs ?? []);
  const events = new Set(refs.map((ref) => ref.slice(0, ref.indexOf('/'))));
  const [event] = events;
  if (events.size !== 1 || event === undefined || !findOrder(fold(text))) return undefined;
  const alone = askAlone();
  if (alone.kind !== 'none' || alone.reason !== 'which-event') return undefined;
  const name = bot.eventNamed(event);
  return { text: `${text} event:${event}`, note: { to: 'event', name } };
}
