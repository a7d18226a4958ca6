import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';
import { RB, ruby } from './rubylake-fixture.ts';

/** Follow-ups real chats ask after a list: how many, who else. */
describe('how many, asked after a list', () => {
  it('counts the talks of the last question, in the languages a question is read in', async () => {
    for (const [i, asked] of ['how many?', 'and how many were there?', 'combien ?'].entries()) {
      const chat = liveOver(ruby);
      const where = { surface: 'slack', place: `C${i}`, user: 'U-ines' };
      await chat.ask('ruby', where);
      const answer = await chat.ask(asked, where);
      expect(answer, asked).toMatchObject({
        kind: 'talks',
        total: 4,
        followUp: { to: 'count', total: 4, question: 'ruby' },
      });
      await chat.close();
    }
  });
});

describe('who else, asked after a list of one talk', () => {
  it('gives the talks like it, never the same talk again', async () => {
    const chat = liveOver(ruby);
    const where = { surface: 'slack', place: 'C-else', user: 'U-ines' };
    expect(ids(await chat.ask('halved servers', where))).toEqual(['saved']);
    const answer = await chat.ask('who else spoke on that?', where);
    expect(ids(answer)).not.toContain('saved');
    expect(ids(answer)).toContain('ship');
    await chat.close();
  });

  it('says no other talk is like it where none is', async () => {
    const apart = new Bot({
      events: [event(RB, 'RubyLake 2017')],
      talks: [
        talk(RB, 'c64', 'A Commodore 64 module', 'retro hardware; soldering'),
        talk(RB, 'ir', 'Incident response at scale', 'triage; forensics'),
      ],
    });
    const chat = liveOver(apart);
    const where = { surface: 'slack', place: 'C-alone', user: 'U-ines' };
    expect(ids(await chat.ask('commodore', where))).toEqual(['c64']);
    const answer = await chat.ask('who else?', where);
    expect(answer).toMatchObject({ kind: 'none', reason: 'none-alike' });
    expect(noneTexts(answer as Extract<Answer, { kind: 'none' }>).title).toBe(
      'No other talk in the notes is like “A Commodore 64 module”',
    );
    await chat.close();
  });
});
