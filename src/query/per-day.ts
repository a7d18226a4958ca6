import type { Talk } from '../model.ts';

/**
 * "The last talk before lunch", "the first talk in the afternoon": a part of the day is a part
 * of each day, so the talk is picked of each event's day (talks the notes give no day are one
 * day of their event), not once across the event.
 */
export function eachDay(talks: Talk[], pick: (day: Talk[]) => Talk[]): Talk[] {
  const days = new Map<string, Talk[]>();
  for (const talk of talks) {
    const key = `${talk.event}\n${talk.date ?? talk.day ?? ''}`;
    const day = days.get(key) ?? [];
    day.push(talk);
    days.set(key, day);
  }
  return [...days.values()].flatMap(pick);
}
