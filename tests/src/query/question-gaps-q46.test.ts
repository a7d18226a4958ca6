import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/** Questions asked the way people ask them (round q46). */

/** Three conferences of three years, with speakers whose names are close to words and to each other. */
const A = 'ferrumconf-2023';
const B = 'opsfjord-2022';
const C = 'stackyard-2024';
const by = (name: string, company?: string) => ({
  speakers: [{ name, ...(company ? { company } : {}) }],
});
const bot = new Bot({
  events: [
    event(A, 'FerrumConf 2023', { dates: '2023-09-12..2023-09-14' }),
    event(B, 'OpsFjord 2022', { dates: '2022-10-24..2022-10-25' }),
    event(C, 'StackYard 2024', { dates: '2024-05-06..2024-05-07' }),
  ],
  talks: [
    talk(A, 'editions', 'Ten years of editions', 'editions; stability', {
      kind: 'Keynote',
      ...by('Oskar Lind', 'Fjordpay'),
    }),
    talk(A, 'async', 'Async in practice', 'futures; editions to come'),
    talk(A, 'embedded', 'Embedded on a budget', 'no_std; probes', by('Mara Jensen')),
    talk(A, 'runtime', 'A runtime from scratch', 'wakers; executors', {
      kind: 'Workshop',
      ...by('Lena Ortega'),
    }),
    talk(B, 'postmortems', 'Postmortems without blame', 'ask how, not who', by('Per Dahl')),
    talk(B, 'costs', 'Kubernetes cost control', 'requests; limits', by('Maren Solberg')),
    talk(B, 'services', 'What nobody tells you about services', 'thrift-based macro services'),
    talk(C, 'culture', 'Culture after an outage', 'blameless postmortems; timelines first', {
      ...by('Tom Becker', 'Zalando'),
    }),
    talk(C, 'queues', 'Queues in practice', 'lock-free queues; hazard pointers', {
      ...by('Marcus Weber', 'Google'),
    }),
    talk(C, 'streams', 'Kafka Streams at scale', 'state stores; rebalancing', by('Priya Raman')),
    talk(C, 'sourcing', 'Event sourcing with Kafka', 'the log of record; snapshots'),
    talk(C, 'flags', 'Feature flags without regret', 'owners; expiry dates', by('Tom Becker')),
    talk(A, 'fuzzing', 'Fuzzing with cargo', 'three panics in an hour', by('Tomás Ruiz')),
  ],
});

describe('a name asked for after "by", "from", "did … speak" is a person, never a topic word', () => {
  it.each([
    'talks by marco',
    'any talk by marco?',
    'did marco speak?',
    'talks from marco',
    'what did marco say about kafka',
  ])('"%s" says no one is called so, naming the speakers whose names come close', (asked) => {
    const answer = bot.ask(asked);
    // Not the talk that says "macro", a slip of the name typed.
    expect(answer).toMatchObject({ kind: 'none' });
    if (answer.kind !== 'none') return;
    expect(noneTexts(answer).title).toMatch(/^No speaker or company named “marco” in the notes/i);
    expect(answer.suggestions).toEqual(
      expect.arrayContaining(['talks by Mara Jensen', 'talks by Marcus Weber']),
    );
    for (const offered of answer.suggestions) expect(bot.ask(offered).kind).toBe('talks');
  });

  it.each([
    ['talks by oskar lindt', 'Oskar Lind', ['editions']],
    ['talks by lena ortiga', 'Lena Ortega', ['runtime']],
    ['anything by marcus weeber?', 'Marcus Weber', ['queues']],
    ['talks by jensen', 'Mara Jensen', ['embedded']],
    ['talks by mara', 'Mara Jensen', ['embedded']],
  ])('"%s" finds the speaker a slip or a part of the name away (%s)', (asked, name, talks) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'talks', scope: { kind: 'speaker', name } });
    expect(ids(answer)).toEqual(talks);
  });

  it('takes a first name typed whole as that name, not the beginning of another ("talks by tom")', () => {
    const answer = bot.ask('talks by tom');
    expect(answer).toMatchObject({ kind: 'talks', scope: { kind: 'speaker', name: 'Tom Becker' } });
    expect(new Set(ids(answer))).toEqual(new Set(['culture', 'flags']));
    // Typed as the beginning of a name only, it is still that name.
    expect(ids(bot.ask('talks by toma'))).toEqual(['fuzzing']);
  });

  it('still finds a word of the notes after "by" that names no one ("talks by macro")', () => {
    expect(ids(bot.ask('talks by macro'))).toEqual(['services']);
  });
});

describe('"without X" and "X-less", "X-free" find each other (q45 both ways)', () => {
  it.each(['without blame', 'postmortems without blame', 'blameless', 'blameless postmortems'])(
    '"%s" finds the talk titled "without blame" and the one that says "blameless"',
    (asked) => {
      expect(new Set(ids(bot.ask(asked)))).toEqual(new Set(['postmortems', 'culture']));
    },
  );

  it('lists the talk whose title says it first for the phrase ("without blame")', () => {
    expect(ids(bot.ask('without blame'))[0]).toBe('postmortems');
  });
});

describe('"without X" after a subject: part of it where the notes say X-free, else left out', () => {
  it.each(['queues without locks', 'talks about queues without locks', 'lock-free queues'])(
    '"%s" is the lock-free queues talk',
    (asked) => {
      expect(ids(bot.ask(asked))).toEqual(['queues']);
    },
  );

  it.each([
    'kafka without streams',
    'kafka talks without streams',
    'talks on kafka but not streams',
    'kafka talks excluding streams',
  ])('"%s" leaves the streams talk out (no talk says "streamless")', (asked) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual(['sourcing']);
  });

  it('"queues but not locks" still leaves out the talks that say locks', () => {
    expect(bot.ask('queues but not locks').kind).toBe('none');
  });
});

describe('a kind of talk asked of a year no talk is of names the years it has', () => {
  it.each([
    ['workshops in 2031', 'workshops', ['2023']],
    ['any workshops in 2030?', 'workshops', ['2023']],
    ['keynotes in 2031', 'keynotes', ['2023']],
  ])('"%s" offers the years with %s', (asked, named, years) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
    if (answer.kind !== 'none') return;
    expect(answer.suggestions).toEqual(years.map((year) => `${named} from ${year}`));
    expect(said(answer)).toContain(`the notes have ${named} from ${years.join(' and ')}`);
  });

  it('keeps a subject asked beside the kind, without the year ("runtime workshops in 2031")', () => {
    const answer = bot.ask('runtime workshops in 2031');
    expect(ids(answer)).toEqual(['runtime']);
    expect(said(answer)).toContain('without “in 2031”');
  });
});

describe('a kind of session asked with a question mark right after it', () => {
  it.each([
    'editions keynotes',
    'editions keynotes?',
    'is there an editions keynote?',
    'any keynotes on editions?',
  ])('"%s" is the keynote of the subject, not every talk of it', (asked) => {
    expect(ids(bot.ask(asked))).toEqual(['editions']);
  });
});
