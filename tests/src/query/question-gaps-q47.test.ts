import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';

/** Questions asked the way people ask them (round q47). */

const A = 'harbourconf-2025';
const B = 'tidewater-2023';
const by = (name: string, company?: string) => ({
  speakers: [{ name, ...(company ? { company } : {}) }],
});
const bot = new Bot({
  events: [
    event(A, 'HarbourConf 2025', { dates: '2025-03-10..2025-03-11' }),
    event(B, 'Tidewater 2023', { dates: '2023-06-01..2023-06-02' }),
  ],
  talks: [
    talk(A, 'streams', 'Kafka Streams in anger', 'state stores; exactly-once', {
      ...by('Ada Brandt', 'Confluent'),
    }),
    talk(A, 'sourcing', 'Event sourcing on Kafka', 'the log as the record; snapshots', {
      ...by('Ravi Menon', 'Google'),
    }),
    talk(B, 'wallets', 'Cold wallets for crypto keys', 'keys stored offline; secret sharing'),
    talk(A, 'queues', 'Lock-free queues', 'compare-and-swap; hazard pointers', by('Mia Holm')),
    talk(A, 'channels', 'Concurrency without locks in Go', 'channels and atomics; race detector'),
    talk(A, 'culture', 'Blameless culture', 'postmortems need safety; the timeline first', {
      ...by('Tom Becker', 'Zalando'),
    }),
    talk(A, 'flags', 'Feature flags that expire', 'owners; expiry dates', {
      kind: 'Lightning talk',
      ...by('Tom Becker', 'Zalando'),
    }),
    talk(B, 'postmortems', 'Postmortems that teach', 'ask how, not who', by('Per Dahl')),
    talk(B, 'postgres', 'Postgres partitioning', 'pgbouncer; vacuum tuning', {
      ...by('Ines Duarte', 'Zalando'),
    }),
    talk(B, 'tracing', 'Tracing with OpenTelemetry', 'spans and sampling', {
      kind: 'Workshop',
      ...by('Nadia Petrova'),
    }),
    talk(B, 'css', 'CSS container queries', 'components that fit their box'),
    talk(B, 'grid', 'CSS grid in practice', 'subgrid everywhere'),
    talk(B, 'wasm', 'WebAssembly outside the browser', 'WASI; plugins as modules'),
    talk(B, 'budgets', 'Error budgets for product teams', 'SLOs the business reads'),
  ],
});

describe('"what else did he talk about?" after every talk of theirs was shown', () => {
  it('says there is nothing more by that speaker, offering the talks nearest theirs', async () => {
    const chat = chatIn(bot, 'C-q47-more');
    expect(ids(await chat.ask('talks by tom becker')).sort()).toEqual(['culture', 'flags']);
    for (const asked of ['what else did he talk about?', 'more from him']) {
      const answer = await chat.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'none', reason: 'none-more' });
      if (answer.kind !== 'none') continue;
      expect(noneTexts(answer).title).toBe(
        'Nothing more by Tom Becker: both of their talks were in your last answer',
      );
      // What is offered is asked for talks like theirs, never their talks again.
      expect(answer.suggestions.length).toBeGreaterThan(0);
      for (const offered of answer.suggestions)
        expect(ids(bot.ask(offered)), offered).not.toContain('flags');
    }
    await chat.close();
  });

  it('names the one talk of a speaker who gave only it, opened or listed alone', async () => {
    const chat = chatIn(bot, 'C-q47-one');
    expect(ids(await chat.ask('talks by ines duarte'))).toEqual(['postgres']);
    const answer = await chat.ask('what else did she talk about?');
    expect(answer.kind === 'none' && noneTexts(answer).title).toBe(
      'Nothing more by Ines Duarte: “Postgres partitioning” is their only talk in the notes',
    );
    await chat.close();
  });

  it('still lists the talks of a speaker who gave more than the last answer showed', async () => {
    const chat = chatIn(bot, 'C-q47-flags');
    expect(ids(await chat.ask('feature flags'))).toEqual(['flags']);
    expect(ids(await chat.ask('what else did he talk about?')).sort()).toEqual([
      'culture',
      'flags',
    ]);
    await chat.close();
  });
});

describe('talks similar to one', () => {
  it('are those of its subject, not those sharing an everyday word of its notes', () => {
    for (const asked of [
      'talks similar to the kafka streams talk',
      'more like the kafka streams talk',
      'anything like the kafka streams one?',
    ]) {
      const found = ids(bot.ask(asked));
      expect(found, asked).toContain('sourcing');
      // "state stores" and "keys stored offline": no likeness.
      expect(found, asked).not.toContain('wallets');
      expect(found, asked).not.toContain('streams');
    }
  });

  it('keeps a talk whose title says the subject of the other', () => {
    expect(ids(bot.ask('talks similar to the one about lock-free queues'))).toEqual(['channels']);
    expect(ids(bot.ask('more like the blameless culture talk'))).toContain('postmortems');
  });

  it('says so where no talk is like it, rather than one that shares a word', () => {
    const answer = bot.ask('talks similar to the error budgets talk');
    expect(answer).toMatchObject({ kind: 'none', reason: 'none-alike' });
  });
});

describe('an emoji in a question', () => {
  const words = (asked: string) => {
    const answer = bot.ask(asked);
    return answer.kind === 'talks' && answer.scope.kind === 'search'
      ? answer.scope.words
      : answer.kind === 'none'
        ? answer.query
        : answer.kind;
  };

  it('is no word of the echo, beside the word it stands for or any other', () => {
    expect(words('anything on postgres? 🐘')).toBe('anything on postgres?');
    expect(words(':elephant: postgres?')).toBe('postgres?');
    expect(words('any talks on kafka 🔥🔥')).toBe('any talks on kafka');
    expect(words('what about ➡️ opentelemetry')).toBe('what about opentelemetry');
    expect(words('anything on zorblax? 🦄')).toBe('anything on zorblax?');
  });

  it('still stands for its subject alone, said once', () => {
    expect(ids(bot.ask('🐘 talks'))).toEqual(['postgres']);
    expect(words('anything on 🐘?')).toBe('anything on postgres?');
  });
});

describe('"who ran it?" after a workshop or a talk', () => {
  it('gives its speakers, however the running is said', async () => {
    for (const asked of [
      'who ran it?',
      'who led it?',
      'who hosted that one?',
      'who ran that workshop?',
      'and who taught it',
    ]) {
      const chat = chatIn(bot, `C-q47-ran-${asked}`);
      expect(ids(await chat.ask('any workshop on opentelemetry?'))).toEqual(['tracing']);
      const answer = await chat.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talk', focus: 'speakers' });
      expect(answer.kind === 'talk' && answer.talk.speakers.map((s) => s.name)).toEqual([
        'Nadia Petrova',
      ]);
      await chat.close();
    }
  });

  it('gives the speakers of each talk after a list of several', async () => {
    const chat = chatIn(bot, 'C-q47-ran-list');
    expect(ids(await chat.ask('kafka')).sort()).toEqual(['sourcing', 'streams']);
    expect(await chat.ask('who ran it?')).toMatchObject({
      kind: 'talks',
      total: 2,
      focus: 'speakers',
    });
    await chat.close();
  });

  it('is still no answer about an event, whose organisers the notes never name', () => {
    for (const asked of ['who ran it?', 'who organised harbourconf?'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'none', unknown: 'organisers' });
  });
});

describe('a long phrase no talk has whole', () => {
  it('falls back to its part the notes have, saying which words no talk mentions', () => {
    for (const asked of [
      'lock free data structures',
      'any talks on lock-free data structures?',
      'hazard pointers and memory reclamation',
    ]) {
      const answer = bot.ask(asked);
      expect(ids(answer), asked).toContain('queues');
      expect(said(answer), asked).toMatch(
        /^No talk mentions “[^”]+”(?:(?:, | or )“[^”]+”)*: these are the talks for the other words/,
      );
    }
  });

  it('says the words no talk mentions as one where they were asked side by side', () => {
    expect(said(bot.ask('lock free data structures'))).toMatch(
      /^No talk mentions “data structures”: these are the talks for the other words/,
    );
  });

  it('stays no match where too little of it is left to say a subject', () => {
    expect(bot.ask('kafka zorblax')).toMatchObject({ kind: 'none', unmatched: ['zorblax'] });
    expect(bot.ask('quantum computing in production').kind).toBe('none');
  });
});
