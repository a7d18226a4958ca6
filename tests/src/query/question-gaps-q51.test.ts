import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { termOf } from '../../../src/search/stems.ts';
import { shippedBot } from '../../helpers.ts';
import { ids, said } from './library-fixture.ts';
import { q49Library } from './q49-fixture.ts';
import { q51Library } from './q51-fixture.ts';

/** Questions asked in sentences after a conference (round q51), over invented and shipped notes. */

const bot = new Bot(q51Library);
const offered = (answer: Answer) => (answer.kind === 'none' ? answer.suggestions : []);
let shipped: Bot;
beforeAll(async () => {
  shipped = await shippedBot();
});

describe('a year the notes lack, asked of an event with "the talk" or "best"', () => {
  it.each([
    'what was the talk at qcon in 2019',
    'best talk at qcon this year',
    'the talk at qcon in 2019?',
    'what was the best talk at qcon in 2021',
  ])('"%s" says the notes are of 2016, listing no talk', (asked) => {
    const answer = shipped.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain('the notes have talks from 2016');
  });

  it.each([
    'what was the talk at harbourdev in 2019',
    'best talk at harbourdev this year',
    'what was the top talk at harbourdev in 2019?',
  ])('"%s" names the years of that event, listing no talk', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain('the notes have talks at harbourdev in 2022 and 2021');
  });
});

describe("an event asked of another event's year", () => {
  it('"harbourdev 2023" offers its own editions, never the 2023 of TideCon', () => {
    const answer = bot.ask('harbourdev 2023');
    expect(answer.kind).toBe('none');
    expect(offered(answer)).toEqual(['talks at harbourdev in 2022', 'talks at harbourdev in 2021']);
    expect(said(answer)).not.toContain('2023');
  });

  it('each edition offered finds its own talks', () => {
    expect(ids(bot.ask('talks at harbourdev in 2022')).sort()).toEqual(['ml', 'organ']);
  });

  it.each(['talks at harbourdev 2023', 'what was on at harbourdev in 2023'])(
    '"%s" lists HarbourDev only, saying the year was left out',
    (asked) => {
      const answer = bot.ask(asked);
      expect(
        answer.kind === 'talks' && answer.hits.every((hit) => hit.event !== 'tidecon-2023'),
      ).toBe(true);
      expect(said(answer)).toContain('without “');
    },
  );
});

describe("a talk's rating, which the notes never give", () => {
  it.each([
    ['what rating did the uber talk get', 'lessons-learned-on-ubers-journey-into-microservices'],
    ['how was the netflix talk rated?', 'container-mgmt-at-netflix'],
    ['how many stars did the uber talk get', 'lessons-learned-on-ubers-journey-into-microservices'],
    ['what score did the netflix talk get', 'container-mgmt-at-netflix'],
    ['did the netflix talk get good reviews?', 'container-mgmt-at-netflix'],
    ['how was the netflix talk received', 'container-mgmt-at-netflix'],
  ])('"%s" says the notes rate nothing, over the talk asked about', (asked, id) => {
    const answer = shipped.ask(asked);
    expect(ids(answer), asked).toEqual([id]);
    expect(said(answer)).toContain('The notes do not rate or rank talks');
  });

  it('leaves a subject that only sounds like one alone ("rate limiting")', () => {
    expect(said(shipped.ask('talks about rate limiting'))).not.toContain('do not rate');
  });
});

describe('a verb in -ize and its forms are one word, never the shorter word inside it', () => {
  it.each([
    'talks about organizations',
    'anything on organizing teams?',
    'organization design',
    'how do you organise platform teams',
  ])('"%s" finds the talk on organization design, never the one on organs', (asked) => {
    const found = ids(bot.ask(asked));
    expect(found, asked).toContain('org');
    expect(found, asked).not.toContain('organ');
  });

  it('"organ donation" finds the organ talk only', () => {
    expect(ids(bot.ask('organ donation'))).toEqual(['organ']);
  });

  it.each([
    ['organize', 'organized', 'organizing', 'organization', 'organizer', 'organizational'],
    ['authorize', 'authorized', 'authorization'],
  ])('gives "%s" and its forms one term, apart from the word inside it', (...forms) => {
    const [verb] = forms;
    for (const form of forms) expect(termOf(form), form).toBe(termOf(verb as string));
    expect(termOf('organ')).not.toBe(termOf('organize'));
    expect(termOf('organic')).not.toBe(termOf('organization'));
    expect(termOf('author')).not.toBe(termOf('authorization'));
  });
});

describe('the topic with the fewest talks', () => {
  it.each(['which topic had the fewest talks', 'least common topic', 'smallest topic?'])(
    '"%s" lists the topics, the smallest first',
    (asked) => {
      const answer = shipped.ask(asked);
      expect(answer.kind, asked).toBe('topics');
      const counts = answer.kind === 'topics' ? answer.topics.map((topic) => topic.count) : [];
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(counts[0]).toBeLessThan(counts.at(-1) as number);
    },
  );
});

describe('money back and awards, which the notes never tell', () => {
  it.each(['can I get a refund', 'can i get my money back?'])(
    '"%s" says the notes cannot answer costs, listing no talk',
    (asked) => {
      const answer = shipped.ask(asked);
      expect(answer).toMatchObject({ kind: 'none', unknown: 'prices' });
    },
  );

  it.each(['who won the best talk award', 'which talk won an award?'])(
    '"%s" says the notes rate nothing',
    (asked) => {
      expect(said(shipped.ask(asked))).toContain('The notes do not rate or rank talks');
    },
  );
});

describe('when a keynote or workshop was, asked of its kind', () => {
  const three = new Bot(q49Library);
  it.each([
    ['what time was the keynote at harbourdev', 'culture', 'clock'],
    ['which day was the keynote?', 'culture', 'time'],
    ['what time was the workshop', 'wasm', 'clock'],
    ['which day was the workshop', 'wasm', 'time'],
  ])(
    '"%s" is that talk, its card leading with when, never "no talk mentions time"',
    (asked, id, focus) => {
      const answer = three.ask(asked);
      expect(ids(answer), asked).toEqual([id]);
      expect(answer.kind === 'talks' && answer.focus).toBe(focus);
      expect(said(answer)).not.toMatch(/mentions “(?:time|day)”/);
    },
  );
});

describe('a verb in -ise or -ize, asked in either spelling', () => {
  const three = new Bot(q49Library);
  it.each(['optimising', 'optimizing', 'optimization', 'optimisation'])(
    '"%s" finds the talks of both spellings',
    (asked) => {
      expect([...ids(three.ask(asked))].sort(), asked).toEqual(['lakes', 'ownership', 'streams']);
    },
  );

  it('"talks about organizing teams" finds "Organisational design for platform teams"', () => {
    expect(ids(three.ask('talks about organizing teams'))).toEqual(['ownership']);
  });
});
