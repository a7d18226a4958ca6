import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions real chats type, answered plainly where the notes cannot (round q41). */

const said = (answer: Answer) =>
  answer.kind === 'none' ? Object.values(noneTexts(answer)).join(' ') : answer.kind;

describe('a subject beside a month or year no talk is of', () => {
  const E = 'saltmarsh-2018';
  const bot = new Bot({
    events: [event(E, 'SaltmarshConf 2018')],
    talks: [
      talk(E, 'reeds', 'Reed bed sensors', 'nitrate probes; solar loggers', { date: '2018-03-07' }),
      talk(E, 'tides', 'Tidal gates in Rust', 'embedded control; flood alerts', {
        date: '2018-03-08',
      }),
    ],
  });

  it.each(['zeppelin talks in 2033', 'anything on zeppelins from 2033?', 'zeppelin in may 2018'])(
    '"%s" says no talk is of that time nor of the subject, offering the times the notes have',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
      if (answer.kind !== 'none') return;
      expect(answer.unmatched?.join(' ')).toMatch(/zeppelin/);
      expect(said(answer)).toMatch(/No talk in the notes is of that month or year/);
      expect(said(answer)).toMatch(/no talk mentions “zeppelins?” either/);
      expect(answer.suggestions.length).toBeGreaterThan(0);
    },
  );

  it('offers the years for a year, the months for a month', () => {
    const year = bot.ask('zeppelin talks in 2033');
    expect(year.kind === 'none' && year.suggestions).toEqual(['talks from 2018']);
    const month = bot.ask('zeppelin in may 2018');
    expect(month.kind === 'none' && month.suggestions).toEqual(['talks in march 2018']);
  });

  it('still lists the subject’s talks of other times where it has some', () => {
    expect(ids(bot.ask('rust talks in 2033'))).toEqual(['tides']);
  });

  it.each(['zeppelin talks in 2018', 'zeppelin in march 2018', 'zeppelin talks in march'])(
    '"%s", a time the notes have talks of, says only that no talk mentions the subject',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer).toMatchObject({ kind: 'none', unmatched: ['zeppelin'] });
      expect(said(answer)).not.toMatch(/month or year/);
      expect(said(answer)).toMatch(/no talk mentions “zeppelin”/);
    },
  );
});

describe('a month asked of notes that give their talks only years', () => {
  const E = 'fjordjs-2022';
  const F = 'fjordjs-2019';
  const bot = new Bot({
    events: [event(E, 'FjordJS 2022'), event(F, 'FjordJS 2019')],
    talks: [
      talk(E, 'sig', 'Signals without a framework', 'fine-grained reactivity; effects'),
      talk(E, 'wasm', 'WASM in the browser', 'component model; threads'),
      talk(F, 'a11y', 'Focus traps', 'modal dialogs; screen readers'),
    ],
  });

  it.each(['talks in september 2024', 'anything from october?', 'talks in june 2016 or so'])(
    '"%s" says the notes give only years, and which',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer).toMatchObject({ kind: 'none', unknown: 'months' });
      if (answer.kind !== 'none') return;
      expect(said(answer)).toMatch(
        /only the years of their talks, never the months \(2022, 2019\)/,
      );
      expect(answer.suggestions).toEqual(['talks from 2022', 'talks from 2019']);
    },
  );

  it('lists the talks of the year asked where the notes have it, saying the month is unknown', () => {
    const answer = bot.ask('talks in march 2022');
    expect(answer).toMatchObject({ kind: 'talks', total: 2, scope: { unknown: 'months' } });
  });

  it('says a subject no talk has beside it too', () => {
    const answer = bot.ask('graphql talks in march 2022');
    expect(answer).toMatchObject({ kind: 'none', unknown: 'months', unmatched: ['graphql'] });
  });
});

describe('a subject "from" an event is the event’s talks on it, no company', () => {
  const L = 'loomconf-2021';
  const W = 'weftjs-2020';
  const bot = new Bot({
    events: [event(L, 'LoomConf 2021'), event(W, 'WeftJS 2020')],
    talks: [
      talk(L, 'tap', 'Tapestry of microservices', 'service mesh; retries', {
        speakers: [{ name: 'Odile Brann', company: 'Shuttle Labs' }],
      }),
      talk(L, 'dye', 'Dyeing logs for tracing', 'trace ids; sampling; as Quillbank does'),
      talk(W, 'spin', 'Spinning up workers in JS', 'web workers; comlink; microservices'),
    ],
  });

  it.each([
    ['the microservices talk from loomconf', ['tap']],
    ['microservices talks from weftjs', ['spin']],
    ['the tracing talk from loomconf 2021', ['dye']],
  ])('"%s" lists the event’s talks, saying nothing of its speakers', (asked, expected) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual(expected);
    expect(answer.kind === 'talks' && answer.scope.notFrom).toBeFalsy();
  });

  it('still says no speaker was from a company the talks only mention', () => {
    const answer = bot.ask('the tracing talk from quillbank');
    expect(answer).toMatchObject({ kind: 'talks', scope: { notFrom: 'quillbank' } });
  });
});
