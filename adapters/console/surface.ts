import type { SurfaceFactory } from '../../src/surface.ts';
import { type ChatIo, chat } from './chat.ts';

/**
 * The terminal chat as a surface: created by the same start-up path as Slack and Discord, so it
 * answers through the same live index, rate limit and answer cache, with /healthz when
 * HEALTH_PORT is set. It ends by itself when the user quits or the input ends.
 */
export function consoleSurface(io: ChatIo): SurfaceFactory {
  return ({ asker }) => {
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    let running: Promise<void> | undefined;
    return {
      name: 'console',
      finished,
      async start() {
        running = chat(asker, io).finally(done);
      },
      async stop() {
        // Ctrl-C or SIGTERM while reading: stop reading; a question being answered finishes.
        if (io.input !== process.stdin) io.input.destroy?.();
        else process.stdin.pause();
        done();
        await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 100))]);
      },
    };
  };
}
