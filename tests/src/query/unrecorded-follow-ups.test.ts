import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/**
 * "Who was the best speaker?", "how many people came to it?": what the notes never record, asked
 * as a follow-up would be. The answer says plainly the notes cannot tell, rather than asking
 * which talk or listing the last answer's speakers, and the talk asked about before stays the
 * one "who gave it?" is about.
 */
const EV = 'harbourjs-2025';
const bot = new Bot({
  events: [event(EV, 'HarbourJS 2025')],
  talks: [
    talk(EV, 'signals', 'Signals in practice', 'signals; state management; rendering', {
      speakers: [{ name: 'Ada Moss' }],
    }),
    talk(EV, 'bundles', 'Smaller bundles with signals', 'tree shaking; signals', {
      speakers: [{ name: 'Bram Holt' }],
    }),
    talk(EV, 'a11y', 'Accessible forms', 'labels; focus order', {
      speakers: [{ name: 'Cleo Vance' }],
    }),
  ],
});

describe('what the notes never record, asked like a follow-up', () => {
  it('says the notes rate no one when nothing was asked before', async () => {
    for (const asked of ['who was the best speaker?', 'who was the most interesting speaker']) {
      const chat = liveOver(bot);
      const answer = await chat.ask(asked, { surface: 'slack', place: 'C1', user: 'U1' });
      expect(answer, asked).toMatchObject({ kind: 'none', unknown: 'ratings' });
      await chat.close();
    }
  });

  it('says so after a list too, instead of listing its speakers', async () => {
    const chat = liveOver(bot);
    const where = { surface: 'slack', place: 'C2', user: 'U1' };
    expect(ids(await chat.ask('signals', where))).toEqual(['signals', 'bundles']);
    const answer = await chat.ask('who was the best speaker?', where);
    expect(answer).toMatchObject({ kind: 'none', unknown: 'ratings' });
    await chat.close();
  });

  it('keeps the talk opened before for the next follow-up', async () => {
    const chat = liveOver(bot);
    const where = { surface: 'slack', place: 'C3', user: 'U1' };
    await chat.ask('signals', where);
    expect(ids(await chat.ask('2', where))).toEqual(['bundles']);
    const attendance = await chat.ask('how many people attended it?', where);
    expect(attendance).toMatchObject({ kind: 'none', unknown: 'attendance' });
    const who = await chat.ask('who gave it?', where);
    expect(who.kind === 'talk' ? who.talk.speakers.map((s) => s.name) : who.kind).toEqual([
      'Bram Holt',
    ]);
    await chat.close();
  });
});
