import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, said, talk } from './library-fixture.ts';

/** Questions asked the way people ask them (round q45). */

/** Three conferences of three years: keynotes at two, a workshop at one, no panel anywhere. */
const A = 'ferrumconf-2023';
const B = 'opsfjord-2022';
const C = 'stackyard-2016';
const kind = (name: string) => ({ kind: name });
const library = {
  events: [
    event(A, 'FerrumConf 2023', { dates: '2023-09-12..2023-09-14' }),
    event(B, 'OpsFjord 2022', { dates: '2022-10-24..2022-10-25' }),
    event(C, 'StackYard 2016'),
  ],
  talks: [
    talk(A, 'future', 'Ten years of editions', 'editions; stability', kind('Keynote')),
    talk(A, 'tokio', 'A runtime from scratch', 'wakers; executors', kind('Workshop')),
    talk(A, 'cancel', 'Async cancellation', 'futures; select'),
    talk(B, 'oncall', 'The human side of on-call', 'burnout; rotations', kind('Keynote')),
    talk(B, 'drift', 'Terraform drift', 'state; plans'),
    talk(C, 'iac', 'Infrastructure as code', 'drift; servers'),
  ],
};
const bot = new Bot(library);

describe('a kind of talk asked of a year (or month) no talk is of', () => {
  it.each([
    ['keynotes in 2031', 'keynotes', ['2023', '2022']],
    ['any keynotes in march 2031?', 'keynotes', ['2023', '2022']],
    ['workshops in march 2031', 'workshops', ['2023']],
  ])('"%s" says the years the notes have that kind in, and offers them', (asked, named, years) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
    if (answer.kind !== 'none') return;
    expect(answer.suggestions).toEqual(years.map((year) => `${named} from ${year}`));
    expect(noneTexts(answer).title).toBe(
      `No talk in the notes is of that month or year: the notes have ${named} from ${years.join(' and ')}`,
    );
    // Each offer finds talks of that kind.
    for (const offered of answer.suggestions) expect(bot.ask(offered).kind).toBe('talks');
  });

  it('says which years the notes cover where the kind is missing too ("panels in 2031")', () => {
    const answer = bot.ask('panels in 2031');
    expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
    expect(said(answer)).toMatch(
      /^No talk in the notes is of that month or year: the notes have talks from 2023, 2022 and 2016; no talk mentions “panels” either/,
    );
  });

  it('names the years of a kind that is no talk noun too ("workshops in 2031", q46)', () => {
    const answer = bot.ask('workshops in 2031');
    expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
    expect(said(answer)).toContain('the notes have workshops from 2023');
  });

  it('says which years the notes cover for talks of a year of none ("talks from 2031")', () => {
    const answer = bot.ask('talks from 2031');
    expect(said(answer)).toMatch(/the notes have talks from 2023, 2022 and 2016/);
  });
});

describe('"the first talk" where the notes give days but no times, or neither', () => {
  const D = 'fjordops-2022';
  const N = 'quaycamp-2021';
  const T = 'harbourcon-2016';
  const on = (n: number) => ({ day: `Day ${n}`, date: `2022-10-2${3 + n}` });
  const bot = new Bot({
    events: [
      event(D, 'FjordOps 2022', { dates: '2022-10-24..2022-10-25' }),
      event(N, 'QuayCamp 2021'),
      event(T, 'HarbourCon 2016', { dates: '2016-06-13..2016-06-15' }),
    ],
    talks: [
      talk(D, 'oncall', 'The human side of on-call', 'burnout', { ...on(1), kind: 'Keynote' }),
      talk(D, 'docs', 'Documenting infrastructure', 'runbooks', on(1)),
      talk(D, 'cost', 'Kubernetes cost control', 'requests; limits', on(2)),
      talk(D, 'blame', 'Postmortems without blame', 'ask how', on(2)),
      talk(N, 'flags', 'Feature flags', 'switches'),
      talk(N, 'queues', 'Queues in practice', 'outbox'),
      talk(N, 'types', 'Type hints at scale', 'mypy'),
      // A time but no day, listed first; the others have days.
      talk(T, 'iac', 'Infrastructure as code', 'drift', { time: '10:35-11:25' }),
      talk(T, 'secrets', 'Secret management', 'vaults', {
        date: '2016-06-14',
        time: '09:00-09:50',
      }),
      talk(T, 'sins', 'Deadly sins of microservices', 'sins', {
        date: '2016-06-15',
        time: '16:10-17:00',
      }),
    ],
  });
  const titles = (answer: Answer) =>
    answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [answer.kind];

  it.each([
    [
      'the first talk at fjordops',
      'first',
      'Day 1',
      ['The human side of on-call', 'Documenting infrastructure'],
    ],
    [
      'what was the last talk at fjordops?',
      'last',
      'Day 2',
      ['Postmortems without blame', 'Kubernetes cost control'],
    ],
  ])(
    '"%s" gives that day’s talks, saying the order within it is not known',
    (asked, end, day, listed) => {
      const answer = bot.ask(asked);
      expect(titles(answer)).toEqual(listed);
      expect(said(answer)).toContain(
        `The notes give no times for ${day}: these are its talks in the order the notes list them`,
      );
      expect(said(answer)).toContain(`which came ${end} is not known`);
    },
  );

  it('gives the one talk the notes list first where they give no days either, saying so', () => {
    const answer = bot.ask('what was the first talk at quaycamp?');
    expect(titles(answer)).toEqual(['Feature flags']);
    expect(said(answer)).toContain(
      'The notes give no days or times: this is by the order the notes list the talks',
    );
    expect(titles(bot.ask('the last talk at quaycamp'))).toEqual(['Type hints at scale']);
  });

  it('names no one day for talks of two events’ first days', () => {
    const two = new Bot({
      events: [event(D, 'FjordOps 2022'), event(N, 'QuayCamp 2021')],
      talks: [
        talk(D, 'k1', 'Opening keynote: on-call', 'burnout', { day: 'Day 1', kind: 'Keynote' }),
        talk(D, 'd1', 'Docs', 'runbooks', { day: 'Day 1' }),
        talk(N, 'k2', 'Opening keynote: queues', 'outbox', { day: 'Day 1', kind: 'Keynote' }),
        talk(N, 'd2', 'Flags', 'switches', { day: 'Day 1' }),
      ],
    });
    const answer = two.ask('opening keynotes');
    expect(titles(answer).sort()).toEqual(['Opening keynote: on-call', 'Opening keynote: queues']);
    expect(said(answer)).not.toContain('for Day 1');
  });

  it('says the first talk by time of day has no day in the notes', () => {
    const answer = bot.ask('what was the first talk at harbourcon?');
    expect(titles(answer)).toEqual(['Infrastructure as code']);
    expect(said(answer)).toContain('The notes give no day for this talk, only a time');
    // One with its day and time is said plainly.
    const last = bot.ask('what was the last talk at harbourcon?');
    expect(titles(last)).toEqual(['Deadly sins of microservices']);
    expect(said(last)).not.toMatch(/no day|no times/);
  });
});

describe('"blameless" and "without blame": a word made with -less or -free and the word it lacks', () => {
  const E = 'opsconf-2024';
  const bot = new Bot({
    events: [event(E, 'OpsConf 2024')],
    talks: [
      talk(E, 'blameless', 'Blameless postmortems teams read', 'a review template; ask how'),
      talk(E, 'noblame', 'Incident reviews without blame', 'no finger pointing'),
      talk(E, 'lockfree', 'Lock-free queues in Rust', 'atomics; memory ordering'),
      talk(E, 'serverless', 'Serverless cost traps', 'cold starts; pricing'),
      talk(E, 'servers', 'Racking our own servers', 'power; cooling'),
      talk(E, 'stateless', 'Stateless services', 'sessions in the store'),
      talk(E, 'state', 'Where state lives', 'databases; caches'),
    ],
  });
  const found = (asked: string) => {
    const answer = bot.ask(asked);
    return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id).sort() : [answer.kind];
  };

  it.each([
    ['blameless', ['blameless', 'noblame']],
    // As "blameless postmortems" is (q46): the talk with both words, "without" no word of it.
    ['postmortems without blame', ['blameless']],
    ['without blame', ['blameless', 'noblame']],
    ['any talks about being blameless?', ['blameless', 'noblame']],
    ['lockless queues', ['lockfree']],
    ['lockless', ['lockfree']],
  ])('"%s" finds both ways of saying it', (asked, ids) => {
    expect(found(asked)).toEqual(ids);
  });

  it('says no word is missing where the other way of saying it found the talk', () => {
    const one = new Bot({
      events: [event(E, 'OpsConf 2024')],
      talks: [
        talk(E, 'pm', 'Postmortems without blame', 'ask how; not who'),
        talk(E, 'flags', 'Feature flags', 'switches'),
      ],
    });
    const answer = one.ask('anything on blameless postmortems?');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.id)).toEqual(['pm']);
    expect(said(answer)).not.toMatch(/no talk mentions/i);
  });

  it.each([
    ['serverless', ['serverless']],
    ['servers', ['servers']],
    ['stateless', ['stateless']],
  ])('"%s", a word of its own, finds only itself', (asked, ids) => {
    expect(found(asked)).toEqual(ids);
  });
});

describe('a ranking by a subject over the events offered', () => {
  const bot = new Bot(library);
  const ranked = (answer: Answer) =>
    answer.kind === 'events'
      ? answer.events.map((e) => [e.id, e.subjectTalks])
      : [[answer.kind, undefined]];

  it.each([
    [
      'which conference had the most talks on drift, opsfjord or ferrumconf?',
      [
        [B, 1],
        [A, 0],
      ],
    ],
    [
      'did ferrumconf or stackyard have more talks about drift?',
      [
        [C, 1],
        [A, 0],
      ],
    ],
    [
      'which had fewer talks on futures, ferrumconf or opsfjord?',
      [
        [B, 0],
        [A, 1],
      ],
    ],
  ])('"%s" shows an offered event with none as 0', (asked, events) => {
    expect(ranked(bot.ask(asked))).toEqual(events);
  });

  it('still leaves out an event with none where none is offered', () => {
    expect(ranked(bot.ask('which conference had the most talks on drift?'))).toEqual([
      [B, 1],
      [C, 1],
    ]);
  });
});

describe('a month named in another language inside an English question', () => {
  const bot = new Bot({
    ...library,
    talks: library.talks.map((one) =>
      one.event === B
        ? { ...one, date: '2022-10-24' }
        : one.event === A
          ? { ...one, date: '2023-09-12' }
          : one,
    ),
  });
  const events = (answer: Answer) =>
    answer.kind === 'talks' ? [...new Set(answer.hits.map((hit) => hit.event))] : [answer.kind];

  it.each([
    ['talks in oktober', B],
    ['anything from octubre 2022?', B],
    ['what was on in octobre', B],
    ['talks on 24 oktober', B],
    ['talks in settembre', A],
    ['any talks from september 2023', A],
  ])('"%s" is that month’s talks', (asked, event) => {
    const answer = bot.ask(asked);
    expect(events(answer)).toEqual([event]);
    expect(said(answer)).not.toMatch(/no talk mentions/i);
  });
});

describe('how many talks are wanted ("top 3 talks about …", "give me 2 talks …")', () => {
  const bot = new Bot(library);

  it.each([
    ['show me 2 talks from ferrumconf', 2, 3],
    ['top 3 talks', 3, 6],
    ['give me a couple of talks at ferrumconf', 2, 3],
    ['top two talks at ferrumconf', 2, 3],
  ])('"%s" lists that many, saying how many were found', (asked, shown, of) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'talks', total: shown });
    expect(answer.kind === 'talks' && answer.hits).toHaveLength(shown);
    expect(said(answer)).toContain(`The ${shown} you asked for, of ${of} talks found`);
  });

  it('lists every talk where fewer are found than wanted, saying nothing of it', () => {
    const answer = bot.ask('give me 5 talks at opsfjord');
    expect(answer).toMatchObject({ kind: 'talks', total: 2 });
    expect(said(answer)).not.toContain('you asked for');
  });
});
