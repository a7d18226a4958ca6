import type { EventEmitter } from 'node:events';

/** The waits pending on each emitter and event: one listener each, however many tests wait. */
const pending = new WeakMap<EventEmitter, Map<string, Set<() => void>>>();

/**
 * Resolves with what `find` finds, looking now and after each `event`: the tests wait for what
 * happened, never for a time. Many waits may be pending at once (a test awaiting a dozen replies
 * together), so they share one listener per event instead of adding one each, which is what
 * EventEmitter's leak warning (more than 10 listeners) is about.
 */
export function waitUntil<T>(
  events: EventEmitter,
  event: string,
  find: () => T | undefined,
): Promise<T> {
  const found = find();
  if (found !== undefined) return Promise.resolve(found);
  let byEvent = pending.get(events);
  if (!byEvent) {
    byEvent = new Map();
    pending.set(events, byEvent);
  }
  let waiters = byEvent.get(event);
  if (!waiters) {
    const set = new Set<() => void>();
    waiters = set;
    byEvent.set(event, set);
    events.on(event, () => {
      for (const check of [...set]) check();
    });
  }
  const set = waiters;
  return new Promise((resolve) => {
    const check = () => {
      const value = find();
      if (value === undefined) return;
      set.delete(check);
      resolve(value);
    };
    set.add(check);
  });
}
