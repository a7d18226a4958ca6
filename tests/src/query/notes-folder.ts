import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';

/** Notes written to a folder of their own, loaded as the bot loads them; `remove` when done. */
export async function notesBot(
  files: Record<string, string>,
  name: string,
): Promise<{ bot: Bot; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `qcon-${name}-`));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const bot = new Bot((await loadContent(dir)).library);
  return { bot, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A bot that keeps conversations, as every surface asks it. */
export function liveOver(bot: Bot): LiveBot {
  return new LiveBot(bot, {
    contentDir: '/nonexistent',
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
}

/**
 * One asker's conversation in one place, as a chat surface keeps it: `ask` in turn (each read
 * against the answers before), then `close`.
 */
export function chatIn(
  bot: Bot,
  place: string,
  user = 'U-asker',
): { ask: (text: string) => ReturnType<LiveBot['ask']>; close: () => Promise<void> } {
  const live = liveOver(bot);
  return {
    ask: (text) => live.ask(text, { surface: 'slack', place, user }),
    close: () => live.close(),
  };
}
