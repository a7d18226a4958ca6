import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/** Invented notes of one event: three talks, two speakers named. */
const bot = new Bot({
  events: [event('fjordjs', 'FjordJS 2025')],
  talks: [
    talk('fjordjs', 'signals', 'Signals everywhere', 'fine grained state', {
      speakers: [{ name: 'Tove Aasen' }],
    }),
    talk('fjordjs', 'bundles', 'Smaller bundles', 'tree shaking state', {
      speakers: [{ name: 'Lars Vik' }],
    }),
    talk('fjordjs', 'wasm', 'Wasm in the browser', 'workers'),
  ],
});

describe('who spoke at the conference, asked after a list', () => {
  it('is every speaker of the event, not the speakers of the last answer', async () => {
    for (const [i, asked] of [
      'who spoke at the conference?',
      'and who spoke at the event?',
      'wer sprach auf der Konferenz?',
    ].entries()) {
      const chat = liveOver(bot);
      const where = { surface: 'slack', place: `C${i}`, user: 'U-ola' };
      expect(ids(await chat.ask('signals', where))).toEqual(['signals']);
      const answer = await chat.ask(asked, where);
      expect(answer, asked).not.toHaveProperty('followUp');
      expect(ids(answer).sort(), asked).toEqual(['bundles', 'signals', 'wasm']);
      await chat.close();
    }
  });

  it('is still the last answer\'s speakers when only "who spoke?" is asked', async () => {
    const chat = liveOver(bot);
    const where = { surface: 'slack', place: 'C-who', user: 'U-ola' };
    await chat.ask('signals', where);
    const answer = await chat.ask('who spoke?', where);
    expect(ids(answer)).toEqual(['signals']);
    expect(answer).toHaveProperty('followUp');
    await chat.close();
  });
});
