import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Answer } from '../src/answer.ts';

export interface ProbeResult {
  asked: number;
  /** Questions not answered with talks (an error, a throw, or no hit where there were hits). */
  lost: number;
  /** Longest the event loop was held, in ms (perf_hooks' event loop delay, 10 ms resolution). */
  maxStallMs: number;
  /** Peak resident memory of the whole process (all threads) since it started, in MB. */
  peakRssMB: number;
}

/**
 * A client that keeps asking while something else happens (a reload, a hostile file): every
 * `everyMs` it asks a question whose answer is known to be talks, and counts what is lost,
 * while the event loop's delay is recorded.
 */
export class Probe {
  private readonly delay = monitorEventLoopDelay({ resolution: 10 });
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;
  private lost = 0;

  constructor(
    private readonly ask: () => Answer | Promise<Answer>,
    private readonly everyMs = 5,
  ) {}

  start(): this {
    this.delay.enable();
    const tick = async () => {
      this.asked++;
      try {
        if ((await this.ask()).kind !== 'talks') this.lost++;
      } catch {
        this.lost++;
      }
      if (this.timer) this.timer = setTimeout(tick, this.everyMs);
    };
    this.timer = setTimeout(tick, this.everyMs);
    return this;
  }

  stop(): ProbeResult {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.delay.disable();
    return {
      asked: this.asked,
      lost: this.lost,
      maxStallMs: this.delay.max / 1e6,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
