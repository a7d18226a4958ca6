import { describe, expect, it } from 'vitest';
import { listTitle, topicsLine } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { parseRequest } from '../../../src/query/parse-request.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * A third red team's findings, as rules: "without" inside words a talk says, events named by
 * common words, odd and marked-up input, schedules in other languages and spanning months, the
 * languages of notes and questions, titles that keep their filters, names folded.
 */

const CANAL = 'canal-2025';
const MEETUP = 'rhein-main-12';
const FJORD = 'datafjord-2025';
const HARBOR = 'harbor-2024';
const LAGOON = 'lagoon-2025';
const WROC = 'wroc-2025';
const ELB = 'elb-2025';
const SYSML = 'sysml-2025';
const SPREE = 'spree-2025';

const library: Library = {
  events: [
    event(CANAL, 'CloudCanal Days 2025', { dates: '2025-09-16..2025-09-17' }),
    event(MEETUP, 'Rust Rhein-Main Meetup #12'),
    event(FJORD, 'DataFjord Summit 2025', {
      dates: '2025-04-07..2025-04-08',
      place: 'Bergen, Norway',
    }),
    event(HARBOR, 'CloudHarbor Days 2024', { dates: '2024-11-12..2024-11-14' }),
    event(LAGOON, 'Frontend Lagoon 2025'),
    event(WROC, 'Wrocław Data Days 2025'),
    event(ELB, 'Elbcode 2025'),
    event(SYSML, 'EuroSysML 2025', { dates: '2025-03-30..2025-04-03' }),
    event(SPREE, 'SRE Spree 2025'),
  ],
  talks: [
    talk(CANAL, 'boring', 'The boring cloud', 'Boring is a feature', {
      kind: 'Keynote',
      date: '2025-09-16',
      time: '09:30',
    }),
    talk(CANAL, 'crossplane', 'Crossplane vs Terraform', 'Each argued for the other tool', {
      date: '2025-09-16',
      time: '13:30',
    }),
    talk(CANAL, 'sponsor', 'Why Cloudcorp loves you', 'A sponsor talk', {
      date: '2025-09-16',
      time: '14:30',
    }),
    talk(CANAL, 'pms', 'Platform teams need PMs', 'A platform without a PM is a pile of YAML', {
      speakers: [{ name: 'Hugo Lemaire' }],
      date: '2025-09-17',
      time: '11:30',
    }),
    talk(CANAL, 'portal', 'Platform as a product', 'The developer portal reached 12% adoption', {
      date: '2025-09-17',
      time: '10:30',
    }),
    talk(CANAL, 'closing', 'Closing panel', 'Everyone on stage', {
      kind: 'Panel',
      date: '2025-09-17',
      time: '15:00',
    }),
    talk(MEETUP, 'async', 'Async traits, finally stable', 'Rust async in traits', {
      speakers: [{ name: 'Noor El Amrani' }],
    }),
    talk(MEETUP, 'embedded', 'Embedded Rust on the RP2350', 'Embassy and probes', {
      links: [slides('https://example.com/rp2350.pdf')],
    }),
    talk(FJORD, 'iceberg', 'Iceberg at petabyte scale', 'Compaction is the hidden cost', {
      speakers: [{ name: 'Sven Mikkelsen' }],
    }),
    talk(HARBOR, 'chaos', 'Chaos engineering in production', 'How Datafjord approached it', {
      speakers: [{ name: 'Nina Costa', company: 'Datafjord' }],
    }),
    talk(HARBOR, 'passkeys', 'Passkeys at a bank', 'WebAuthn rollout to a million users', {
      speakers: [{ name: 'Noor el Amrani' }, { name: 'Björn Svensson' }],
    }),
    talk(LAGOON, 'bundler', 'The end of the bundler?', 'Native ESM', {}),
    talk(LAGOON, 'css', 'CSS anchor positioning', 'Tooltips', {}),
    talk(LAGOON, 'forms', 'Forms that work', 'Labels and errors', {}),
    talk(LAGOON, 'web', 'The web is for everyone', 'Accessibility is the baseline', {
      kind: 'Keynote',
    }),
    talk(
      WROC,
      'duckdb',
      'DuckDB w produkcji',
      'Nie jest to tylko zabawka, ale narzędzie dla analityków, które jest bardzo szybkie',
      {
        speakers: [{ name: 'Paweł Krawczyk' }],
        day: 'Dzień 2',
        links: [slides('https://example.com/duckdb.pdf')],
      },
    ),
    talk(
      WROC,
      'lake',
      'Jak nie budować data lake',
      'Nie jest łatwo, ale się da; to tylko przez ludzi i dla ludzi',
      { day: 'Dzień 1' },
    ),
    talk(ELB, 'java', 'Java 25 – was ist neu?', 'Scoped Values', { day: 'Tag 2' }),
    talk(ELB, 'legacy', 'Software, die bleibt', 'Legacy code', { day: 'Tag 1' }),
    talk(SYSML, 'serving', 'Serving models cheaply', 'Batching and quantisation', {
      links: [video('https://youtu.be/SysMl0000001')],
    }),
    talk(SPREE, 'batch', 'SLOs for batch jobs', 'Freshness and completeness', {}),
  ],
};

const bot = new Bot(library);
const ask = (question: string) => bot.ask(question);
const found = (question: string) => ids(ask(question));
const ofEvent = (id: string) => library.talks.filter((t) => t.event === id).map((t) => t.id);
const title = (answer: Answer) => (answer.kind === 'talks' ? listTitle(answer) : answer.kind);

describe('"without" inside words a talk says', () => {
  it('finds the talk described, never leaves it out', () => {
    expect(found('a platform without a PM is a pile of YAML with opinions')[0]).toBe('pms');
    expect(found('the talk where someone said a platform without a PM')[0]).toBe('pms');
    expect(found('platform without a PM')[0]).toBe('pms');
  });

  it('still leaves out the talks a short "without" names', () => {
    expect(found('platform without portal')).not.toContain('portal');
  });
});

describe('event names and common words', () => {
  it('reads a common word of an event name as the word', () => {
    expect(found('main points of the passkeys talk')).toEqual(['passkeys']);
    expect(found('12% adoption')).toEqual(['portal']);
  });

  it('names the event by its distinctive word or its whole name', () => {
    expect(found('rhein').sort()).toEqual(ofEvent(MEETUP).sort());
    expect(ask('when was rust rhein-main meetup')).toMatchObject({
      kind: 'events',
      events: [{ id: MEETUP }],
    });
  });

  it('answers an event-asking question with the event, not a company of that name', () => {
    expect(ask('when was datafjord')).toMatchObject({ kind: 'events', events: [{ id: FJORD }] });
  });

  it('gives the events of a year, a place or a language, not every event', () => {
    const events = (answer: Answer) =>
      answer.kind === 'events' ? answer.events.map((e) => e.id) : [answer.kind];
    expect(events(ask('conferences in 2024'))).toEqual([HARBOR]);
    expect(events(ask('which conferences were in norway'))).toEqual([FJORD]);
    expect(events(ask('conferences in 2019'))).toEqual(['none']);
  });

  it('takes opening and closing from the schedule or the notes order, not any keynote', () => {
    expect(found('the opening keynote of cloudcanal')).toEqual(['boring']);
    // Frontend Lagoon's one keynote is listed last: it closed the event, it opened nothing.
    expect(found('the opening keynote of frontend lagoon')).toEqual(['none']);
    expect(found('the closing keynote of frontend lagoon')).toEqual(['web']);
  });
});

describe('odd input', () => {
  it('reads no key of an object as a greeting', () => {
    for (const text of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const request = parseRequest(text);
      expect(request.kind === 'help' ? request.greeting : undefined).toBeUndefined();
    }
  });

  it('takes a page number that is no page as the first page, not as words', () => {
    expect(parseRequest('kubernetes page -1')).toMatchObject({ words: 'kubernetes', page: 1 });
    expect(parseRequest('kubernetes page 0')).toMatchObject({ words: 'kubernetes', page: 1 });
  });

  it('searches the words of HTML and Markdown, never the markup', () => {
    expect(parseRequest('<b>passkeys</b>')).toMatchObject({ words: 'passkeys' });
    expect(parseRequest('<script>alert(1)</script> passkeys')).toMatchObject({
      words: 'passkeys',
    });
    expect(parseRequest('[click](https://evil.example) passkeys')).toMatchObject({
      words: 'passkeys',
    });
    expect(parseRequest('%s%s%s%n')).toMatchObject({ kind: 'help' });
    // Slack's own markup is no HTML.
    expect(parseRequest('<https://youtu.be/SysMl0000001>')).toMatchObject({ kind: 'search' });
  });
});

describe('schedules', () => {
  it('lists a part of the day in the order of the schedule', () => {
    expect(found('what was on after lunch at cloudcanal')).toEqual([
      'crossplane',
      'sponsor',
      'closing',
    ]);
  });

  it('reads "day 2" in the notes\' and questions\' other languages', () => {
    expect(found('talks on tag 2 at elbcode')).toEqual(['java']);
    expect(found('dzień 2')).toContain('duckdb');
    expect(found('dzień 2')).not.toContain('lake');
  });

  it('counts an event spanning two months in both', () => {
    expect(found('talks in march')).toEqual(['serving']);
    expect(found('talks in april').sort()).toEqual(['iceberg', 'serving']);
  });
});

describe('languages of the notes and of questions', () => {
  it('finds an event by the language of its notes', () => {
    expect(found('the polish conference').sort()).toEqual(ofEvent(WROC).sort());
    expect(found('talks in polish').sort()).toEqual(ofEvent(WROC).sort());
  });

  it('reads Polish, Russian and Japanese question words and link filters', () => {
    expect(found('Czy były prelekcje o DuckDB?')).toEqual(['duckdb']);
    expect(found('co mówił Paweł Krawczyk')).toEqual(['duckdb']);
    expect(found('prelekcje ze slajdami')).toContain('duckdb');
    expect(found('prelekcje ze slajdami')).not.toContain('lake');
    expect(found('доклады про Rust со слайдами')).toEqual(['embedded']);
    expect(found('EuroSysMLの発表で動画があるもの')).toEqual(['serving']);
  });
});

describe('titles and names', () => {
  it('titles a list of some talks by the question, not "All"', () => {
    expect(title(ask('keynotes in 2025'))).not.toMatch(/^All/);
    expect(title(ask('the closing talk of frontend lagoon'))).not.toMatch(/^All/);
  });

  it('offers only topics after a no-match, not sections named for people or slots', () => {
    expect(topicsLine(["Priya's picks", 'Session 3B: Systems', 'Security', 'Round 🎉🎉'])).toBe(
      'Topics: Security',
    );
    expect(topicsLine(['Infrastructure track'])).toBe('');
    // An archive's group headings that are lines of a story, in any language.
    expect(
      topicsLine(['Le jour J, ça y est ça commence !', 'Und jetzt?', 'Observability', 'Daten']),
    ).toBe('Topics: Observability, Daten');
  });

  it('asks which talk for "more about that"', () => {
    expect(ask('more about that')).toMatchObject({ kind: 'none', reason: 'which-talk' });
  });

  it('matches a first name to first names only', () => {
    expect(found('talks by Björn')).toEqual(['passkeys']);
    expect(found('talks by Sven')).toEqual(['iceberg']);
  });

  it('counts a name written with another case as one speaker', () => {
    const answer = ask('which speakers spoke at more than one conference');
    expect(answer.kind === 'talks' && answer.scope.tally?.names).toEqual([
      { name: 'Noor El Amrani', count: 2 },
    ]);
  });

  it('reads SRE as a subject, and its event only when no talk has it', () => {
    expect(found('sre talks')).toEqual(ofEvent(SPREE));
  });
});
