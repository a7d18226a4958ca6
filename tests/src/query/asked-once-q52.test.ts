import { describe, expect, it, vi } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { ids } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';
import { q52Library } from './q52-fixture.ts';

/**
 * A follow-up read against the last list ("who gave the culture talk?" after the culture talks)
 * asks the question alone to decide; where no reading holds, the question is answered as itself
 * from that same answer, never worked out a second time.
 */
describe('a question read against the last list is worked out once', () => {
  it.each(['who gave the culture talk?', 'the first culture talk'])(
    '"%s" after a list asks the bot once for it',
    async (asked) => {
      const bot = new Bot(q52Library);
      const chat = chatIn(bot, 'C-once');
      expect(ids(await chat.ask('culture talks')).length).toBeGreaterThan(1);
      const spy = vi.spyOn(bot, 'ask');
      const answer = await chat.ask(asked);
      expect(answer.kind).not.toBe('error');
      expect(spy.mock.calls.filter(([text]) => text === asked)).toHaveLength(1);
      await chat.close();
    },
  );
});
