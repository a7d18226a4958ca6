import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/** Two accessibility talks among others, and seven that say "css": a list of two pages. */
const bot = new Bot({
  events: [event('webday', 'Webday 2018')],
  talks: [
    talk('webday', 'lock', 'Common ways to lock people out', 'accessibility; contrast', {
      speakers: [{ name: 'Jonas Berg' }],
    }),
    talk('webday', 'prio', 'Get your priorities straight', 'why accessibility matters', {
      speakers: [{ name: 'Mira Holt' }],
    }),
    ...['grid', 'masks', 'fonts', 'motion', 'print', 'layers', 'scope'].map((id) =>
      talk('webday', id, `CSS ${id} in practice`, `css ${id}`, {
        speakers: [{ name: `Ann ${id}` }],
      }),
    ),
  ],
});

const where = (place: string) => ({ surface: 'slack', place, user: 'U-ola' });

describe('who else, asked after a list of several talks', () => {
  it('says no one else where every talk of the list was shown, never the same list again', async () => {
    const chat = liveOver(bot);
    expect(ids(await chat.ask('accessibility', where('C-a11y'))).sort()).toEqual(['lock', 'prio']);
    for (const asked of ['who else?', 'anyone else?', 'who else spoke about it']) {
      const answer = await chat.ask(asked, where('C-a11y'));
      expect(answer, asked).toMatchObject({ kind: 'none', reason: 'none-else' });
      expect(noneTexts(answer as Extract<Answer, { kind: 'none' }>).title, asked).toBe(
        'No one else: both talks for “accessibility” were in your last answer',
      );
    }
    await chat.close();
  });

  it('gives the talks of the list not shown yet, speakers first', async () => {
    const chat = liveOver(bot);
    const first = await chat.ask('css', where('C-css'));
    expect(first).toMatchObject({ kind: 'talks', total: 7, page: 1 });
    const others = await chat.ask('who else?', where('C-css'));
    expect(others).toMatchObject({ kind: 'talks', page: 2, focus: 'speakers' });
    expect(ids(others)).toHaveLength(2);
    expect(ids(others).some((id) => ids(first).includes(id))).toBe(false);
    await chat.close();
  });
});
