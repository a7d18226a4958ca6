/**
 * How a piece of work grows with its input, for the tests that a step stays linear: the time of
 * four times the input over the time of the input (about 4 when linear, 16 when quadratic).
 *
 * Timed in CPU time of this process, not wall time, so a machine busy with other work (the rest of
 * the suite, another checkout's tests) does not pass for a quadratic step; each size at its fastest
 * of `runs`, the sizes alternated, so a pause (garbage collection, a timer) falls on neither size
 * alone. Wall-time ratios measured this way failed under a load of 10 on 2 cores.
 */
export function growth<T>(
  work: (n: number) => T,
  small: number,
  runs = 2,
  /** The least time of the small input counted: below it, a timer's resolution is the ratio. */
  floorMs = 1,
): { ratio: number; large: T } {
  work(Math.max(1, Math.floor(small / 5))); // warm up: compile the code paths
  let once = Number.POSITIVE_INFINITY;
  let four = Number.POSITIVE_INFINITY;
  let large: T | undefined;
  for (let run = 0; run < runs; run += 1) {
    once = Math.min(once, cpuMs(() => work(small)).ms);
    const timed = cpuMs(() => work(small * 4));
    four = Math.min(four, timed.ms);
    large = timed.result;
  }
  return { ratio: four / Math.max(once, floorMs), large: large as T };
}

/** The CPU time (user and system, every thread of this process) one call takes, with its result. */
export function cpuMs<T>(work: () => T): { ms: number; result: T } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}
