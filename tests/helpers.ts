import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Bot } from '../src/bot.ts';
import { loadContent } from '../src/content/load-content.ts';
import { isError } from '../src/model.ts';

export const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));

/** The bot over the shipped content, as every surface gets it. */
export async function shippedBot(): Promise<Bot> {
  const content = await loadContent(CONTENT_DIR);
  if (content.problems.some(isError)) throw new Error(JSON.stringify(content.problems));
  return new Bot(content.library);
}

/** A loopback port nothing listens on right now, for a HEALTH_PORT of a process under test. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A `turn` for work done in slices, counting how often it let other work run. */
export function countingTurns(): { turn: () => Promise<void>; turns: () => number } {
  let turns = 0;
  return {
    turn: async () => {
      turns += 1;
      await new Promise((resolve) => setImmediate(resolve));
    },
    turns: () => turns,
  };
}
