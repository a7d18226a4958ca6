import { describe, expect, it } from 'vitest';
import { listTitle } from '../../../adapters/present/words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { RB, ruby } from './rubylake-fixture.ts';

/** Questions real notes showed misread (q32), against invented notes. */

describe('a link asked of every talk where no talk has one', () => {
  it('says none has it, never lists every talk without it', () => {
    for (const [asked, said] of [
      ['is there a video of any talk', /None of the talks .*has a video/],
      ['any recordings?', /None of the talks .*has a video/],
      ['slides?', /None of the talks .*has slides/],
    ] as const) {
      const answer = ruby.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', total: 0 });
      // Why none is the answer's title, never "0 talks for …".
      expect(answer.kind === 'talks' && listTitle(answer), asked).toMatch(said);
    }
  });
});

describe('the conference as a whole, asked the way people ask', () => {
  it("reads what's the tl;dr as the overview, and how many days it lasted as the event", () => {
    const dated = new Bot({
      events: [event('dated-2018', 'Dated 2018', { dates: '2018-05-01..2018-05-03' })],
      talks: [talk('dated-2018', 'one', 'One talk', 'notes')],
    });
    const overview = { kind: 'talks', scope: { kind: 'list', event: RB } };
    const unsaid = { kind: 'none', unknown: 'durations' };
    const asked: [Bot, string, object][] = [
      [ruby, "what's the tl;dr", overview],
      [ruby, 'whats the summary', overview],
      [ruby, 'what is the gist of the conference', overview],
      [dated, 'how many days', { kind: 'events' }],
      [dated, 'how many days did the conference last', { kind: 'events' }],
      [dated, 'how long was the event?', { kind: 'events' }],
      [ruby, 'how many days', unsaid],
      [ruby, 'how long was the event?', unsaid],
    ];
    for (const [bot, question, answer] of asked)
      expect(bot.ask(question), question).toMatchObject(answer);
  });

  it('says thanks and hello back in the languages people write them', () => {
    for (const asked of [
      'bedankt',
      'dank u wel',
      'vielen Dank!',
      'grazie mille',
      'muchas gracias',
    ]) {
      expect(ruby.ask(asked), asked).toMatchObject({ kind: 'help', greeting: 'thanks' });
    }
    for (const asked of ['hoi', 'buongiorno!', 'guten Morgen', 'bom dia']) {
      expect(ruby.ask(asked), asked).toMatchObject({ kind: 'help', greeting: 'hello' });
    }
  });
});

describe('a fact of a talk asked with no verb', () => {
  const told = new Bot({
    events: [event(RB, 'RubyLake 2017')],
    talks: [
      talk(RB, 'they', 'Gems in production', 'day one: upgrading the rails apps; ownership'),
      talk(RB, 'rails', 'Rails without tears', 'conventions; routing'),
    ],
  });

  it('reads "which day the rails talk" as "which day was the rails talk"', () => {
    const asked: [string, string][] = [
      ['which day the rails talk', 'time'],
      ['what time the rails talk', 'clock'],
    ];
    for (const [question, focus] of asked) {
      const answer = told.ask(question);
      expect(ids(answer)[0], question).toBe('rails');
      expect(answer, question).toMatchObject({ kind: 'talks', focus });
    }
  });
});

describe('a kind of talk the notes never name, asked with no earlier answer', () => {
  it('says no talk is one, never asks which talk was meant', () => {
    const plain = new Bot({
      events: [event(RB, 'RubyLake 2017')],
      talks: [talk(RB, 'rails', 'Rails without tears', 'conventions; routing')],
    });
    for (const asked of ['who gave the keynote', 'who did the keynote?']) {
      const answer = plain.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'none' });
      expect(answer.kind === 'none' && answer.reason, asked).not.toBe('which-talk');
    }
  });
});
