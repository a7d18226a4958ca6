import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/** Questions asked in sentences after a conference (round q55), over invented notes. */
const library: Library = {
  events: [
    event('gopherfest-2024', 'Gopherfest 2024'),
    event('kelp-2024', 'Kelp Summit 2024'),
    event('harbourconf-2022', 'HarbourConf 2022'),
    event('harbourconf-2023', 'HarbourConf 2023'),
  ],
  talks: [
    talk('gopherfest-2024', 'generics', 'Generics in Go', 'type parameters; constraints', {
      day: 'Day 1',
    }),
    talk(
      'gopherfest-2024',
      'tooling',
      'A tour of Go tooling',
      'gopls; vet; staticcheck; a second look at modules',
      {
        day: 'Day 2',
      },
    ),
    talk('gopherfest-2024', 'hiring', 'Hiring juniors', 'pairing; a ladder for growth', {
      day: 'Day 2',
    }),
    talk('kelp-2024', 'streams', 'Streams without tears', 'backpressure in consumers', {
      day: 'Day 1',
      speakers: [{ name: 'Ines Holm' }],
    }),
    talk('kelp-2024', 'tracing', 'Tracing at the edge', 'spans across proxies', { day: 'Day 2' }),
    talk('kelp-2024', 'budgets', 'Error budgets for humans', 'SLOs people read', { day: 'Day 2' }),
    talk('kelp-2024', 'opening', 'Why kelp grows', 'a keynote of sorts; oceans', {
      kind: 'Keynote',
      speakers: [{ name: 'Mira Solt' }],
    }),
    talk('harbourconf-2022', 'ferries', 'Ferries and queues', 'load levelling with buffers'),
    talk('harbourconf-2023', 'cranes', 'Cranes as a service', 'scheduling heavy lifts'),
  ],
};
const bot = new Bot(library);

describe('which day had the … talks', () => {
  it.each([
    'which day had the go talks',
    'which day had the go talks at gopherfest',
    'what day had the go talks?',
  ])('"%s" lists the go talks, each with its day, never "day" as a word', (asked) => {
    const answer = bot.ask(asked);
    expect(ids(answer).sort()).toEqual(['generics', 'tooling']);
    expect(answer).toMatchObject({ focus: 'time' });
  });
});

describe('a yes/no question about a kind of session the event did not have', () => {
  it.each([
    'was there a keynote at gopherfest',
    'were there any keynotes at gopherfest?',
    'did gopherfest have a keynote',
    'any keynotes at gopherfest?',
  ])('"%s" says no, naming the event, never listing its talks "without keynotes"', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain('no keynotes at Gopherfest 2024');
  });

  it('"is there a keynote by Ines Holm" says she gave none', () => {
    expect(said(bot.ask('is there a keynote by Ines Holm'))).toContain('no keynotes by Ines Holm');
  });

  it.each(['was there a keynote at kelp summit', 'any keynotes at kelp summit?'])(
    '"%s" where there was one: yes, that talk',
    (asked) => {
      expect(ids(bot.ask(asked))).toEqual(['opening']);
    },
  );

  it('"keynotes at gopherfest" (no yes/no) still lists its talks, saying the kind was left out', () => {
    const answer = bot.ask('keynotes at gopherfest');
    expect(ids(answer)).toHaveLength(3);
    expect(answer).toMatchObject({ scope: { dropped: 'keynotes' } });
  });

  it('"the second keynote at gopherfest" says it had none, never a talk that says "second"', () => {
    const answer = bot.ask('the second keynote at gopherfest');
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain('no keynotes at gopherfest');
  });
});

describe('a day asked of events whose notes date no talk', () => {
  it.each([
    'what happened on day 2 of harbourconf',
    'harbourconf day 2',
    'talks on day 2 at harbourconf',
  ])(
    '"%s" lists their talks, saying the notes give them no day, never day 2 of another event',
    (asked) => {
      const answer = bot.ask(asked);
      expect(ids(answer).sort()).toEqual(['cranes', 'ferries']);
      expect(answer).toMatchObject({ scope: { unknown: 'dates' } });
    },
  );

  it('"queues talks on day 2 at harbourconf" keeps the subject', () => {
    expect(ids(bot.ask('queues talks on day 2 at harbourconf'))).toEqual(['ferries']);
  });

  it('"what happened on day 2 of gopherfest", whose notes give days, is its day 2', () => {
    expect(ids(bot.ask('what happened on day 2 of gopherfest')).sort()).toEqual([
      'hiring',
      'tooling',
    ]);
  });
});

describe('who the speakers were, where a talk is about speakers', () => {
  const speakers = new Bot({
    events: [event('kelp-2024', 'Kelp Summit 2024')],
    talks: [
      talk(
        'kelp-2024',
        'cfp',
        'Tips for first-time speakers',
        'writing a proposal; rehearsing; presenting and speaking',
        {
          speakers: [{ name: 'Ada Brun' }],
        },
      ),
      talk('kelp-2024', 'streams', 'Streams without tears', 'backpressure', {
        speakers: [{ name: 'Ines Holm' }],
      }),
      talk('kelp-2024', 'nothing', 'Nothing Is Something', 'null objects', {
        speakers: [{ name: 'Tor Vik' }],
      }),
    ],
  });

  it.each([
    'who were the speakers?',
    'who are the speakers',
    'who was speaking?',
    'who presented?',
  ])('"%s" lists every talk\'s speakers, not the talk about speakers alone', (asked) => {
    expect(ids(speakers.ask(asked))).toHaveLength(3);
  });

  it('"who presented nothing is something" is still that talk', () => {
    expect(ids(speakers.ask('who presented nothing is something'))).toEqual(['nothing']);
  });
});

describe('a year glued to a word', () => {
  const years = new Bot({
    events: [event('reefconf-2019', 'Reefconf 2019'), event('reefconf-2021', 'Reefconf 2021')],
    talks: [
      talk('reefconf-2019', 'coral', 'Coral monitoring', 'sensors on reefs'),
      talk('reefconf-2021', 'remote', 'Remote fieldwork in covid19 times', 'drones; lockdowns'),
    ],
  });

  it.each(['covid19 talks', 'any covid19 talks?'])(
    '"%s" is the talk saying covid19, never the talks of 2019',
    (asked) => {
      expect(ids(years.ask(asked))).toEqual(['remote']);
    },
  );
});
