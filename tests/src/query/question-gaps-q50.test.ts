import { beforeAll, describe, expect, it } from 'vitest';
import { listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { ids, said } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';
import { q49Library } from './q49-fixture.ts';

/** Questions asked in sentences after a conference (round q50), over invented and shipped notes. */

const bot = new Bot(q49Library);
const sorted = (asked: string) => [...ids(bot.ask(asked))].sort();
let shipped: Bot;
beforeAll(async () => {
  shipped = await shippedBot();
});

describe('an edition of a year the notes do not have', () => {
  it.each([
    'where was qcon this year?',
    'what was on at qcon in 2019?',
    'qcon 2019',
    'what talks were at qcon 2019?',
    'when was qcon this year',
  ])('"%s" says the notes are of 2016, never lists the 2016 talks', (asked) => {
    const answer = shipped.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain('the notes have talks from 2016');
  });

  // The years of the event named (q51): the notes' other years are other events'.
  it.each([
    ['where was rustconf this year?', 'talks at rustconf in 2024'],
    ['what was on at harbourdev in 2019?', 'talks at harbourdev in 2025'],
    ['rustconf 2019 talks', 'talks at rustconf in 2024'],
  ])('"%s" names the years of that event in the notes', (asked, years) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain(`the notes have ${years}`);
  });

  it('still lists a subject asked beside such a year, saying the year is left out', () => {
    const answer = bot.ask('kafka talks at datadock in 2019');
    expect(ids(answer)).toEqual(['streams']);
    expect(said(answer)).toContain('without “in 2019”');
  });
});

describe('how many came, asked of an event or a talk', () => {
  it.each([
    'what was the most attended talk at harbourdev',
    'which was the most attended talk at harbourdev',
    'was the postgres talk well attended?',
    'how crowded was the kafka talk',
    'was the room packed for the keynote',
  ])('"%s" says the notes cannot tell how many attended', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind === 'talks' ? answer.scope.unknown : answer.kind, asked).toBe('attendance');
    expect(said(answer)).toContain('I cannot tell how many people attended');
  });

  it('still sums up an event asked about as a whole', () => {
    const answer = bot.ask('what was harbourdev about');
    expect(answer.kind === 'talks' ? answer.scope.unknown : answer.kind).toBeUndefined();
  });
});

describe('"any other talks on that?" in a thread', () => {
  it.each([
    [
      'kafka',
      'any other talks on that?',
      'Nothing else: the one talk for “kafka” was in your last answer',
    ],
    [
      'culture',
      'anything else on that?',
      'Nothing else: all 3 talks for “culture” were in your last answer',
    ],
    ['culture', 'were there any more talks about it?', 'all 3 talks for “culture”'],
  ])(
    'after "%s", "%s" says there are no more, never opens the first talk',
    async (first, then, line) => {
      const chat = chatIn(bot, `C-${first}-${then}`);
      await chat.ask(first);
      const answer = await chat.ask(then);
      expect(answer.kind).toBe('none');
      expect(said(answer)).toContain(line);
      await chat.close();
    },
  );

  it('shows the next talks of a longer list', async () => {
    const chat = chatIn(shipped, 'C-all-other');
    const shown = await chat.ask('all talks');
    const next = await chat.ask('any other talks on that?');
    expect(next).toMatchObject({ kind: 'talks', page: 2 });
    expect(ids(next).some((id) => ids(shown).includes(id))).toBe(false);
    await chat.close();
  });
});

describe('a subject asked with another left out first ("other than kafka, …")', () => {
  it.each([
    'other than postgres what was there on data',
    'besides postgres anything on data?',
    'apart from postgres, anything on data?',
  ])('"%s" is the subject\'s talks without the one left out', (asked) => {
    expect(sorted(asked)).toEqual(['lakes', 'streams']);
  });

  it.each([
    ['other than kafka, what was there on streaming?', 'what was there on streaming'],
    ['streaming except kafka', 'streaming'],
    ['other than rust what was there on wasm?', 'what was there on wasm'],
  ])('"%s", whose every talk is left out, says so, not "no match"', (asked, subject) => {
    const answer = bot.ask(asked);
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain(`the one talk for “${subject}” is about it too`);
    expect(answer.kind === 'none' && answer.suggestions).toEqual([subject]);
  });
});

describe("a subject's talks with a link none of them has", () => {
  it.each(['culture talks with video', 'any culture talks with a recording?'])(
    '"%s" lists them, saying once that none has one',
    (asked) => {
      const answer = bot.ask(asked);
      expect(sorted(asked)).toEqual(['culture', 'hiring', 'lakes']);
      expect(said(answer)).toContain('None of these 3 talks has a video in the notes');
    },
  );

  it.each([
    ['culture talks with video', 'a video'],
    ['culture talks with slides', 'slides'],
  ])('"%s" says none of the topic\'s talks has it, never "no match"', (asked, link) => {
    const answer = shipped.ask(asked);
    expect(answer).toMatchObject({ kind: 'talks', total: 0 });
    expect(listTitle(answer as Extract<Answer, { kind: 'talks' }>)).toBe(
      `None of the talks in topic Culture has ${link} in the notes.`,
    );
  });
});

describe('word forms of one subject ("optimising postgres", "postgres optimization")', () => {
  const forms = [
    'optimising postgres',
    'optimizing postgres',
    'postgres optimization',
    'postgres optimisation',
  ];

  it('give the same talks over the shipped notes, whose talk says "optimize"', () => {
    const found = forms.map((asked) => ids(shipped.ask(asked)).join(' '));
    expect(new Set(found).size, found.join(' | ')).toBe(1);
    for (const asked of ['optimisation', 'optimising', 'optimization'])
      expect(ids(shipped.ask(asked)), asked).toEqual(ids(shipped.ask('optimize')));
  });

  it('give the same talks over notes that write several of the forms', () => {
    const found = forms.map((asked) => sorted(asked).join(' '));
    expect(new Set(found).size, found.join(' | ')).toBe(1);
    expect(found[0]).toContain('pgscale');
  });
});

describe('a phrase of the notes beside a word no talk has ("exactly once semantics")', () => {
  it.each([
    ['exactly once semantics', 'semantics'],
    ['exactly-once semantics', 'semantics'],
    ['anything on exactly once delivery?', 'delivery'],
  ])('"%s" is the talk of the phrase, saying no talk mentions the other word', (asked, word) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual(['streams']);
    expect(said(answer)).toContain(`No talk mentions “${word}”`);
  });

  it('leaves two words of which one is missing as they were ("kafka semantics")', () => {
    expect(bot.ask('kafka semantics').kind).toBe('none');
  });
});
