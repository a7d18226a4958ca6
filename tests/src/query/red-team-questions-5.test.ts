import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { absoluteYears } from '../../../src/query/relative-years.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * Red-team round Q, questions typed as people type them: counts of speakers and companies asked
 * in everyday words, links asked for as a whole, short forms of subjects ("perf", "FE", "KMP").
 */

const HARBOUR = 'harbourconf-2024';
const MEADOW = 'meadowdev-2025';
const RIDGE = 'ridgecamp';

const library: Library = {
  events: [
    event(HARBOUR, 'Harbourconf 2024', { dates: '2024-04-10' }),
    event(MEADOW, 'Meadowdev 2025', { dates: '2025-06-02..2025-06-03' }),
    event(RIDGE, 'Ridgecamp'),
  ],
  talks: [
    talk(HARBOUR, 'ship-once', 'Ship once a day', 'We deploy once; then we rest', {
      speakers: [{ name: 'Ana Sol', company: 'Tidewater' }],
      links: [slides('https://example.org/ship.pdf')],
    }),
    talk(HARBOUR, 'two-regions', 'Two regions, one database', 'Two of everything', {
      speakers: [{ name: 'Bo Lind', company: 'Quaystack' }],
      links: [video('https://example.org/regions')],
    }),
    talk(MEADOW, 'queues', 'Queues are databases too', 'Outbox pattern', {
      speakers: [{ name: 'Bo Lind', company: 'Quaystack' }],
    }),
    talk(MEADOW, 'pprof', 'Profiling services with pprof', 'Flame graphs; less CPU', {
      speakers: [{ name: 'Di Roe', company: 'Emberline' }],
    }),
    talk(MEADOW, 'passkeys', 'Passkeys without tears', 'Security of logins; phishing', {
      speakers: [{ name: 'Ek Tan', company: 'Lockwise' }],
    }),
    talk(MEADOW, 'tofu', 'Terraform state per service', 'Small state files; OpenTofu', {
      speakers: [{ name: 'Fa Ong' }],
    }),
    talk(MEADOW, 'multiplatform', 'Kotlin Multiplatform at a bank', 'Shared business logic', {
      speakers: [{ name: 'Gu Park' }],
    }),
    talk(MEADOW, 'signals', 'Signals in the frontend', 'Fine-grained updates', {
      speakers: [{ name: 'Ha Vu' }],
    }),
    talk(MEADOW, 'rsc', 'React Server Components on the frontend', 'Streaming; caching', {
      speakers: [{ name: 'Io Lam' }],
    }),
    talk(RIDGE, 'a11y', 'Accessibility reviews that stick', 'Screen readers; contrast', {
      speakers: [{ name: 'Jo Kim' }],
    }),
    talk(RIDGE, 'badges', 'Access control for badge readers', 'Door access; audit logs', {
      speakers: [{ name: 'Ki Obi' }],
    }),
    talk(RIDGE, 'slo-burn', 'Burn rate alerts that work', 'Error budgets; burn rate', {
      speakers: [{ name: 'Lu Pham' }],
    }),
    talk(RIDGE, 'burnout', 'Burnout is an outage', 'Rest is part of on-call', {
      speakers: [{ name: 'Mo Aziz' }],
    }),
    talk(RIDGE, 'wasm-rust', 'WebAssembly components in Rust', 'WIT interfaces', {
      speakers: [{ name: 'Nel Ruiz' }],
    }),
    talk(RIDGE, 'wasm-go', 'Go compiled to WebAssembly', 'Binary size; TinyGo', {
      speakers: [{ name: 'Oz Kaya' }],
    }),
    talk(RIDGE, 'gil', 'Python without the GIL', 'Free threading', {
      speakers: [{ name: 'Pia Berg' }],
      links: [video('https://example.org/gil')],
    }),
    talk(RIDGE, 'wasi', 'WASI: not there yet', 'Preview 2 is close', {
      speakers: [{ name: 'Qi Wu' }],
    }),
    talk(RIDGE, 'android', 'Android startup in a second', 'Mobile cold starts; baseline profiles', {
      speakers: [{ name: 'Ro Diaz' }],
    }),
    talk(RIDGE, 'ios', 'iOS release trains', 'Mobile releases every week', {
      speakers: [{ name: 'Su Lee' }],
    }),
    talk(RIDGE, 'oncall-dev', 'On-call as a frontend dev', 'Dev rotations; mobile pager', {
      speakers: [{ name: 'Ty Bell' }],
    }),
    talk(MEADOW, 'flags', 'Feature flags at scale', 'Kill switches', {
      speakers: [{ name: 'Cy Moe', company: 'Quaystack' }],
      links: [slides('https://example.org/flags.pdf'), video('https://example.org/flags')],
    }),
  ],
};
const bot = new Bot(library);
const ask = (question: string): Answer => bot.ask(question);
const talks = (question: string) => {
  const answer = ask(question);
  if (answer.kind !== 'talks') throw new Error(`${question}: ${answer.kind}`);
  return answer;
};

describe('counting questions in everyday words', () => {
  it.each(['who spoke more than once', 'which speakers gave two talks', 'anyone present twice?'])(
    '"%s" names the speakers with more than one talk',
    (question) => {
      const answer = talks(question);
      expect(answer.scope.tally?.names).toEqual([{ name: 'Bo Lind', count: 2 }]);
      expect(ids(answer).sort()).toEqual(['queues', 'two-regions']);
    },
  );

  it('counts a company’s speakers when asked which sent more than one', () => {
    const answer = talks('which companies sent more than one speaker');
    expect(answer.scope.tally).toMatchObject({
      of: 'companies',
      per: 'speakers',
      names: [{ name: 'Quaystack', count: 2 }],
    });
  });

  it('lists the talks with no links at all, not every talk', () => {
    expect(ids(talks('talks with no links at all'))).not.toContain('ship-once');
    expect(ids(talks('talks with no links at all'))).not.toContain('flags');
    const unlinked = library.talks.filter((t) => t.links.length === 0);
    expect(talks('which talks have no links').total).toBe(unlinked.length);
  });
});

describe('short forms people type', () => {
  it.each([
    ['perf talks', 'pprof'],
    ['sec talks', 'passkeys'],
    ['FE talks', 'signals'],
    ['infra as code', 'tofu'],
    ['KMP', 'multiplatform'],
  ])('"%s" finds the talk on the subject it stands for', (question, id) => {
    expect(ids(talks(question))[0]).toBe(id);
  });
});

describe('years said from today', () => {
  const dated = new Bot(library, undefined, { now: () => new Date('2025-08-01T12:00:00Z') });
  const asked = (question: string) => dated.ask(question);

  it('reads "last year" and "this year" as the years they are today', () => {
    expect(ids(asked('talks from last year')).sort()).toEqual(['ship-once', 'two-regions']);
    expect(ids(asked('the queues talk from this year'))).toEqual(['queues']);
    expect(ids(asked("last year's talks")).sort()).toEqual(['ship-once', 'two-regions']);
  });

  it('counts years back: "two years ago" is a year the notes have no talk of', () => {
    const answer = asked('talks from two years ago');
    expect(answer.kind).toBe('none');
    expect(JSON.stringify(answer)).toContain('2023');
  });

  it('does not take "one year later" in a title for a year', () => {
    expect(absoluteYears('Log4Shell, one year later', new Date('2026-01-01'))).toBe(
      'Log4Shell, one year later',
    );
  });
});

describe('"but no" leaves out', () => {
  it('lists the frontend talks that are not about React for "frontend but no react"', () => {
    const answer = talks('frontend but no react');
    expect(ids(answer)[0]).toBe('signals');
    expect(ids(answer)).not.toContain('rsc');
    expect(answer.scope.excluding).toBe('react');
  });
});

describe('a typo or word form is not read as another word', () => {
  it('corrects "accessability" to the notes’ "accessibility", and says so, not "access"', () => {
    const answer = talks('accessability');
    expect(ids(answer)).toEqual(['a11y']);
    expect(answer.scope.kind === 'search' && answer.scope.correctedFrom).toBe('accessability');
  });

  it('reads "burning out" as burnout, not the burn rate of an SLO', () => {
    expect(ids(talks('my team is burning out'))[0]).toBe('burnout');
    expect(ids(talks('anyone burnt out?'))).not.toContain('slo-burn');
  });
});

describe('what the notes never say, asked in other words', () => {
  it.each([
    ["when's the next meadowdev", 'future'],
    ['is meadowdev happening next year', 'future'],
    ['can I still buy tickets for meadowdev', 'prices'],
    ['is there a discount code for meadowdev', 'prices'],
    ["what's the single best talk at meadowdev", 'ratings'],
  ])('"%s" lists the event’s talks and says the notes cannot tell (%s)', (question, unknown) => {
    const answer = talks(question);
    expect(answer.scope.unknown).toBe(unknown);
    expect(answer.total).toBe(library.talks.filter((t) => t.event === MEADOW).length);
  });

  it.each([
    ['which talk was the funniest', 'ratings'],
    ['something short i can watch over lunch', 'durations'],
  ])('"%s" says what the notes do not record (%s), never "no match"', (question, unknown) => {
    const answer = ask(question);
    const said =
      answer.kind === 'talks' ? answer.scope.unknown : (answer as { unknown?: string }).unknown;
    expect(said).toBe(unknown);
  });
});

describe('everyday words and counts are not search words', () => {
  it('finds the two WebAssembly talks for "the two wasm talks", not a talk that says "two"', () => {
    expect(ids(talks('compare the two wasm talks')).sort()).toEqual(['wasm-go', 'wasm-rust']);
  });

  it('asks for the GIL talk’s slides, not a talk that says "yet"', () => {
    const answer = talks('are the slides for the GIL talk available yet');
    expect(ids(answer)).toEqual(['gil']);
  });

  it('reads "mobile dev" as the mobile talks, not only those that also say "dev"', () => {
    const found = ids(talks('mobile dev'));
    expect(found, found.join()).toEqual(expect.arrayContaining(['android', 'ios']));
  });
});

describe('talks the notes give no time sit where the notes put them', () => {
  const DUNE = 'dunecon-2025';
  const day = { date: '2025-03-01', day: 'Day 1' };
  const dune = new Bot({
    events: [event(DUNE, 'Dunecon 2025', { dates: '2025-03-01' })],
    talks: [
      talk(DUNE, 'opening', 'Opening keynote on sand', 'Dunes move', { ...day, time: '09:30' }),
      talk(DUNE, 'afternoon', 'Wind tunnels', 'Airflow', { ...day, time: '16:00' }),
      // Bullets under a "17:00 – Lightning talks" heading: the day, no time.
      talk(DUNE, 'lightning-1', 'Glass from sand', 'Furnaces', { ...day, kind: 'Lightning talk' }),
      talk(DUNE, 'lightning-2', 'Sandcastle physics', 'Water', { ...day, kind: 'Lightning talk' }),
    ],
  });

  it('answers the first talk with the morning keynote, not an untimed lightning talk', () => {
    expect(ids(dune.ask('what was the first talk at dunecon'))[0]).toBe('opening');
  });

  it('answers the last talk with the last lightning talk, listed after the timed ones', () => {
    expect(ids(dune.ask('what was the last talk at dunecon'))[0]).toBe('lightning-2');
  });
});

describe('nothing asked yet gets the help', () => {
  it.each([
    'what do you know about',
    '...',
    '??',
    'can i share these notes with my team',
    'write me a poem about feature flags',
    'tell me a joke',
  ])('"%s" answers what the bot knows and how to ask', (question) => {
    expect(ask(question).kind).toBe('help');
  });

  it('still searches "what do you know about kubernetes"-style questions with a subject', () => {
    expect(ids(ask('what do you know about feature flags'))).toEqual(['flags']);
  });
});

describe('wording around the question', () => {
  it.each([
    'quels talks parlaient de feature flags ?',
    'quali talk parlavano di feature flags?',
    'er was toch een talk over feature flags?',
  ])(
    'reads the asking of "%s" as asking, finding the flags talk with no correction',
    (question) => {
      const answer = talks(question);
      expect(ids(answer)[0]).toBe('flags');
      expect(answer.scope.kind === 'search' && answer.scope.correctedFrom).toBeFalsy();
    },
  );

  it('answers "which person talked about kill switches" with the speaker first', () => {
    const answer = talks('which person talked about kill switches');
    expect(answer.focus).toBe('speakers');
    expect(ids(answer)).toEqual(['flags']);
  });

  it('reads "summarize meadowdev for me" as a request, not a question of audience', () => {
    expect(talks('summarize meadowdev for me').scope.unknown).toBeUndefined();
    expect(talks('feature flags talks for me').scope.unknown).toBe('audience');
  });
});

describe('a talk asked for by likeness or in another language', () => {
  it('lists the talks like one for "anything else like the pprof one", not that talk alone', () => {
    expect(ask('anything else like the pprof one').kind).not.toBe('talk');
    expect(ids(ask('anything else like the pprof one'))).not.toContain('pprof');
  });

  it('reads "talk su feature flags" (Italian: talks about) as a search, not a talk to open', () => {
    expect(ask('talk su feature flags').kind).toBe('talks');
  });
});
