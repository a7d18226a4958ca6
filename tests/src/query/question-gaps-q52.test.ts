import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Talk } from '../../../src/model.ts';
import { shippedBot } from '../../helpers.ts';
import { ids, said, unknownOf } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';
import { q51Library } from './q51-fixture.ts';
import { q52Library } from './q52-fixture.ts';

/** Questions asked in sentences after a conference (round q52), over invented and shipped notes. */

const bot = new Bot(q52Library);
const offered = (answer: Answer) => (answer.kind === 'none' ? answer.suggestions : []);
let shipped: Bot;
beforeAll(async () => {
  shipped = await shippedBot();
});

describe('an award asked about', () => {
  it.each([
    'was there a best speaker award',
    'were there any awards?',
    'did anyone win a prize',
    'who won the best talk award',
    'any prizes handed out at qcon?',
  ])('"%s" says the notes rate nothing, never that no talk says "award"', (asked) => {
    expect(unknownOf(shipped, asked)).toBe('ratings');
    expect(said(shipped.ask(asked))).not.toContain('award');
  });
});

describe('"received" of what a talk is about', () => {
  it('"how was the netflix talk received" is still a talk\'s reception', () => {
    expect(unknownOf(shipped, 'how was the netflix talk received')).toBe('ratings');
  });

  it.each(['how are the events received?', 'how is the ec2 metadata received'])(
    '"%s" is a search, not a rating',
    (asked) => {
      expect(unknownOf(shipped, asked)).toBeUndefined();
    },
  );
});

describe("an event of one edition asked with another event's year", () => {
  it.each([
    ['kelpconf 2024', 'the notes have talks at kelpconf in 2022'],
    ['kelpconf in 2019', 'the notes have talks at kelpconf in 2022'],
  ])('"%s" offers its own edition, never its talks "without" the year', (asked, words) => {
    const answer = bot.ask(asked);
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain(words);
    expect(offered(answer)).toEqual(['talks at kelpconf in 2022']);
  });

  it('the same over the q51 notes: "tidecon 2021"', () => {
    const answer = new Bot(q51Library).ask('tidecon 2021');
    expect(offered(answer)).toEqual(['talks at tidecon in 2023']);
  });

  it('its own year, or its name alone, lists its talks', () => {
    expect(ids(bot.ask('kelpconf 2022')).sort()).toEqual(['onboard', 'pg', 'retro']);
    expect(ids(bot.ask('kelpconf')).sort()).toEqual(['onboard', 'pg', 'retro']);
  });
});

describe('how many talks each event had', () => {
  const counts = (answer: Answer) =>
    answer.kind === 'events'
      ? answer.events.map((e) => [e.id, e.subjectTalks ?? e.talkCount])
      : [answer.kind];

  it.each([
    'how many talks did each conference have',
    'how many talks were there at each event?',
    'number of talks per conference',
    'how many talks per event',
    'so how many sessions did every conference have?',
  ])('"%s" gives every event with its number of talks', (asked) => {
    expect(counts(bot.ask(asked))).toEqual([
      ['kelpconf-2022', 3],
      ['surfdev-2024', 3],
      ['dunejs-2019', 1],
    ]);
  });

  it('"how many culture talks did each conference have" counts those talks', () => {
    expect(counts(bot.ask('how many culture talks did each conference have'))).toEqual([
      ['kelpconf-2022', 2],
      ['surfdev-2024', 1],
    ]);
  });

  it('"how many talks did kelpconf have" is still that event\'s talks', () => {
    expect(ids(bot.ask('how many talks did kelpconf have')).sort()).toEqual([
      'onboard',
      'pg',
      'retro',
    ]);
  });
});

describe('an ordinal over a kind of talk, with no list before', () => {
  const opened = (answer: Answer) => (answer.kind === 'talk' ? answer.talk.id : answer.kind);

  it.each([
    ['the second culture talk', 'onboard'],
    ['who gave the 2nd culture talk?', 'onboard'],
    ['the third culture talk', 'lead'],
    ['what was the second talk at kelpconf', 'onboard'],
  ])('"%s" opens that talk of the list the question names', (asked, id) => {
    expect(opened(bot.ask(asked))).toBe(id);
  });

  it('is the talk at that place of the list the named words show', () => {
    const list = ids(bot.ask('culture talks'));
    expect(opened(bot.ask('the second culture talk'))).toBe(list[1]);
  });

  it('a title that says the ordinal is searched as typed', () => {
    const titled = new Bot({
      ...q52Library,
      talks: [
        ...q52Library.talks,
        { ...(q52Library.talks[0] as Talk), id: 'brain', title: 'The second brain talk' },
      ],
    });
    expect(ids(titled.ask('the second brain talk'))).toContain('brain');
  });
});

describe('"any others by them?" after a talk whose speaker the notes do not name', () => {
  it.each(['any others by them?', 'what else did they talk about', 'more from that speaker'])(
    '"%s" says the notes do not name who gave it, never the same talk again',
    async (asked) => {
      const chat = chatIn(bot, 'C-unnamed');
      expect(ids(await chat.ask('feature flags'))).toEqual(['flags']);
      const answer = await chat.ask(asked);
      expect(answer.kind).toBe('none');
      expect(said(answer)).toContain('The notes do not name who gave “Feature flags in practice”');
      expect(offered(answer)).toEqual(['Delivery talks']);
      await chat.close();
    },
  );

  it('after a talk with a speaker, is still their other talks', async () => {
    const chat = chatIn(bot, 'C-named');
    await chat.ask('retrospectives');
    expect(ids(await chat.ask('any others by them?')).sort()).toEqual(['lead', 'retro']);
    await chat.close();
  });
});

describe('whether there was a talk, asked the other way round', () => {
  it.each([
    ['was there nothing on postgres?', ['pg']],
    ['was there really nothing about feature flags', ['flags']],
    ['did nobody talk about webassembly?', ['wasm']],
    ['nobody mentioned postgres?', ['pg']],
  ])('"%s" finds those talks, never the others', (asked, found) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual(found);
    expect(said(answer)).not.toContain('“nobody”');
  });

  it('"did nobody talk about quantum computing?" says only the subject is missing', () => {
    const answer = bot.ask('did nobody talk about quantum computing?');
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain('“quantum computing”');
    expect(said(answer)).not.toContain('“nobody”');
  });

  it('"nothing about postgres please" still leaves those talks out', () => {
    expect(ids(bot.ask('show me kelpconf talks, nothing about postgres please'))).not.toContain(
      'pg',
    );
  });
});

describe('which talk was first or last, and a practice by its short name', () => {
  it.each([
    ['which talk was first at surfdev', ['wasm']],
    ['which talk was last at kelpconf', ['pg']],
    ['what session is first at kelpconf?', ['retro']],
  ])('"%s" is the end of that schedule, never "first" searched', (asked, found) => {
    expect(ids(bot.ask(asked))).toEqual(found);
  });

  it.each(['the retro talk', 'any talks on retros?', 'how do I run better retros'])(
    '"%s" finds the retrospectives talk',
    (asked) => {
      expect(ids(bot.ask(asked))).toEqual(['retro']);
    },
  );
});

describe('which of two topics had more talks', () => {
  const topics = (answer: Answer) =>
    answer.kind === 'topics' ? answer.topics.map((t) => [t.name, t.count]) : [answer.kind];

  it.each([
    'were there more culture or data talks?',
    'more talks on data or culture?',
    'which had more talks, data or culture',
    'so were there more culture vs data talks',
  ])('"%s" counts the talks of each, most first', (asked) => {
    expect(topics(bot.ask(asked))).toEqual([
      ['Culture', 3],
      ['Data', 1],
    ]);
  });

  it('a side that is no topic is searched as before', () => {
    expect(bot.ask('were there more kafka or culture talks?').kind).toBe('talks');
  });
});

describe('whether anyone gave several talks, asked in the present', () => {
  it.each(['did anyone give two talks', 'did anybody give more than one talk?'])(
    '"%s" names the speaker of two talks, never two talks picked',
    (asked) => {
      const answer = bot.ask(asked);
      expect(ids(answer).sort()).toEqual(['lead', 'retro']);
      expect(said(answer)).toContain('Maren Solvik (2 talks)');
    },
  );

  it('"give me two talks on culture" still lists two culture talks', () => {
    expect(ids(bot.ask('give me two talks on culture'))).toHaveLength(2);
  });
});
