import { describe, expect, it } from 'vitest';
import { listNotes } from '../../../adapters/present/words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Notes whose writer praised two talks in their own words, in English and in French. */
const bot = new Bot({
  events: [event('fjord', 'Fjordfront 2019'), event('lyon', 'Rhône Dev 2023')],
  talks: [
    talk('fjord', 'grid', 'Grids in the wild', 'subgrid; masonry'),
    talk(
      'fjord',
      'prio',
      'Get your priorities straight',
      'why accessibility matters; You have to see this talk!',
    ),
    talk('fjord', 'serf', 'Gossip health checks', 'My favorite part was the control theory'),
    talk('lyon', 'simple', 'Faire simple', "J'ai beaucoup apprécié sa présentation"),
    talk('lyon', 'tui', 'Le terminal', 'Textual et Ratatui'),
  ],
});

describe('which was the best talk, where the notes praise some', () => {
  it.each([
    'best talk?',
    'which was the best talk',
    "what's worth watching",
    'must-see talks',
    "which was the author's favourite",
    'favourite talk?',
    'which talk did the writer like most',
    'your picks?',
  ])('"%s" gives the talks the writer praised, saying the notes rank nothing', (asked) => {
    const answer = bot.ask(asked);
    expect(ids(answer).sort(), asked).toEqual(['prio', 'serf', 'simple']);
    expect(answer, asked).toMatchObject({ scope: { unknown: 'ratings', praised: true } });
    if (answer.kind !== 'talks') throw new Error('talks expected');
    expect(listNotes(answer)[0]).toBe(
      'The notes rank no talks, but their writer praised these in them.',
    );
  });

  it("keeps to an event asked about, and to a subject's talks where one is named", () => {
    expect(ids(bot.ask('best talk at rhone dev'))).toEqual(['simple']);
    expect(bot.ask('best talk about grids')).not.toMatchObject({ scope: { praised: true } });
  });

  it('keeps "cherry picks" and a favourite in a longer question the words they are', () => {
    expect(bot.ask('cherry picks')).not.toMatchObject({ scope: { praised: true } });
    expect(bot.ask('my favorite part was the control theory')).not.toMatchObject({
      scope: { praised: true },
    });
  });

  it('says the notes rank nothing where no talk is praised', () => {
    const plain = new Bot({
      events: [event('fjord', 'Fjordfront 2019')],
      talks: [talk('fjord', 'grid', 'Grids in the wild', 'subgrid; masonry')],
    });
    expect(plain.ask('best talk?')).toMatchObject({
      kind: 'talks',
      scope: { unknown: 'ratings', sampled: true },
    });
    expect(plain.ask('best talk?')).not.toMatchObject({ scope: { praised: true } });
  });
});
