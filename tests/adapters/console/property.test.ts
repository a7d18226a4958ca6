import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import type { Bot } from '../../../src/bot.ts';
import { talkRef } from '../../../src/model.ts';
import { hostileNotes, hostileQuestions, seeded } from '../hostile-input.ts';
import { botOnDisk } from '../notes-bot.ts';

/**
 * Property test of the terminal: seeded hostile notes in a temporary content folder and seeded
 * hostile questions, rendered for `qcon ask` and the chat. Nothing from the notes or the
 * question may drive the terminal (escape sequences, control characters) or reorder what it
 * shows (bidirectional overrides).
 */
const SEEDS = [11, 22, 37];
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const DRIVES_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe.each(SEEDS)('terminal property, seed %i', (seed) => {
  const random = seeded(seed);
  let bot: Bot;
  let questions: string[];
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const notes = await botOnDisk({
      'alpha.md': hostileNotes(random, 'Alpha'),
      'beta.md': hostileNotes(random, 'Beta'),
    });
    ({ bot, remove } = notes);
    questions = [
      ...hostileQuestions(random, 40),
      ...notes.library.talks.map((t) => `talk ${talkRef(t)}`),
    ];
  });

  afterAll(async () => {
    await remove?.();
  });

  it('prints every answer without a control or bidi character from the notes or the question', () => {
    const failures: string[] = [];
    for (const question of questions) {
      const answer = bot.ask(question);
      for (const chat of [false, true]) {
        const text = renderText(answer, { chat });
        const found = DRIVES_TERMINAL.exec(text);
        if (found)
          failures.push(
            `${JSON.stringify(question.slice(0, 60))}: U+${found[0].charCodeAt(0).toString(16)}`,
          );
        if (text.trim() === '') failures.push(`${JSON.stringify(question.slice(0, 60))}: empty`);
      }
    }
    expect(failures).toEqual([]);
  });
});
