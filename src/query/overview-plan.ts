import type { Library, Talk } from '../model.ts';
import type { Plan } from './plan.ts';

/**
 * An event's talks as an overview: its topics, each with how many talks, and the talks taken a
 * topic at a time (the first of each topic, then the second of each …), so the first page is a
 * few talks of every topic rather than all of the first. Notes without topics keep their order.
 */
export function overviewPlan(library: Library, event: string): Plan {
  const groups = new Map<string, Talk[]>();
  for (const talk of library.talks) {
    if (talk.event !== event) continue;
    const key = talk.topic ?? '';
    const group = groups.get(key) ?? [];
    group.push(talk);
    groups.set(key, group);
  }
  const lists = [...groups.values()];
  const longest = Math.max(0, ...lists.map((group) => group.length));
  const list: Talk[] = [];
  for (let i = 0; i < longest; i++)
    for (const group of lists) if (group[i]) list.push(group[i] as Talk);
  const topics = [...groups]
    .filter(([topic]) => topic !== '')
    .map(([topic, talks]) => ({ topic, count: talks.length }));
  return {
    kind: 'talks',
    scope: { kind: 'list', event, ...(topics.length > 1 ? { overview: topics } : {}) },
    total: list.length,
    talks: (end) => list.slice(0, end),
  };
}

/**
 * "Highlights of kubecon", "I missed devconf, what should I catch up on": where the words name
 * one event (all the talks they find are its talks), its overview; else what they find (a
 * subject's talks: "highlights of kubernetes"; several events).
 */
export function overviewOfNamed(library: Library, plan: Plan): Plan {
  if (plan.kind !== 'talks') return plan;
  const found = plan.scope.event ?? oneEvent(plan.talks(plan.total));
  const size = library.talks.filter((talk) => talk.event === found).length;
  return found && (plan.scope.event || plan.total === size) ? overviewPlan(library, found) : plan;
}

function oneEvent(talks: Talk[]): string | undefined {
  const events = new Set(talks.map((talk) => talk.event));
  return events.size === 1 ? [...events][0] : undefined;
}
