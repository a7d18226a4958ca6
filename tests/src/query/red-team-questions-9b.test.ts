import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round U, continued from red-team-questions-9.test.ts: Slack's formatting in the
 * question (struck words, a handle alone), "top five" spelled out.
 */

const HARBOUR = 'quayconf-2025';
const notes = new Bot({
  events: [event(HARBOUR, 'QuayConf 2025')],
  talks: [
    talk(HARBOUR, 'rust', 'Rust for Java developers', 'Ownership; no GC', {
      speakers: [{ name: 'Carla Pinto', company: 'Revolut' }],
    }),
    talk(HARBOUR, 'go', 'Go in the browser', 'TinyGo; small binaries', {
      speakers: [{ name: 'Sanne Vries', company: 'Bol' }],
    }),
    talk(HARBOUR, 'logs', 'Structured logging in 5 minutes', 'JSON logs; one line per event', {
      speakers: [{ name: 'Chloé Martin', company: 'Datadog' }],
    }),
  ],
});

describe('Slack formatting: words struck out, a handle asked about alone', () => {
  it('leaves out the words struck out, in Markdown or in Slack', () => {
    for (const asked of ['~~go~~ rust talks', '~go~ rust talks'])
      expect(ids(notes.ask(asked)), asked).toEqual(['rust']);
    // Struck alone, they are all there is to ask.
    expect(ids(notes.ask('~~tinygo~~'))).toEqual(['go']);
  });

  it('reads a handle with nothing else asked as the person', () => {
    for (const asked of ['@chloe', '@chloe talks', '@carla’s talks'])
      expect(ids(notes.ask(asked)), asked).not.toEqual(ids(notes.ask('list')));
    expect(ids(notes.ask('@chloe'))).toEqual(['logs']);
    expect(ids(notes.ask('@carla talks'))).toEqual(['rust']);
    // With a question after it, a handle is who should read the answer.
    expect(ids(notes.ask('cc @chloe rust talks'))).toEqual(['rust']);
  });
});

describe('"top five" spelled out', () => {
  it('is how many to show, never the "5 minutes" of a title, and the notes rank nothing', () => {
    expect(unknownOf(notes, 'top five talks')).toBe('ratings');
    expect(unknownOf(notes, 'top 5 talks')).toBe('ratings');
    expect(ids(notes.ask('top three rust talks'))).toEqual(['rust']);
  });
});

describe('the speakers, companies and topics as a whole, asked as a list', () => {
  const topical = new Bot({
    events: [
      event(HARBOUR, 'QuayConf 2025', {
        topics: ['Languages', 'Operations'],
      }),
    ],
    talks: [
      talk(HARBOUR, 'rust', 'Rust for Java developers', 'Ownership', {
        topic: 'Languages',
        speakers: [{ name: 'Carla Pinto', company: 'Revolut' }],
      }),
      talk(HARBOUR, 'go', 'Go in the browser', 'TinyGo', {
        topic: 'Languages',
        speakers: [{ name: 'Sanne Vries', company: 'Bol' }],
      }),
      talk(HARBOUR, 'logs', 'Structured logging', 'JSON logs', {
        topic: 'Operations',
        speakers: [{ name: 'Chloé Martin', company: 'Datadog' }],
      }),
    ],
  });
  const tallied = (asked: string) => {
    const answer = topical.ask(asked);
    return answer.kind === 'talks' ? answer.scope.tally?.of : answer.kind;
  };

  it('counts the speakers or companies for "list of speakers", "list of companies"', () => {
    expect(tallied('list of speakers')).toBe('speakers');
    expect(tallied('list of all the speakers')).toBe('speakers');
    expect(tallied('list of companies')).toBe('companies');
  });

  it('lists the topics with their counts for "most common topic", "main themes"', () => {
    for (const asked of ['most common topic', 'the most common topics', 'main themes'])
      expect(topical.ask(asked).kind, asked).toBe('topics');
  });
});

describe('talks like one named by its subject', () => {
  const notes = new Bot({
    events: [event(HARBOUR, 'QuayConf 2025')],
    talks: [
      talk(
        HARBOUR,
        'kafka',
        'Kafka in production, the hard parts',
        'Consumer lag; rebalancing storms',
      ),
      talk(
        HARBOUR,
        'eda',
        'Event-driven mistakes',
        'Schema registry. Kafka topics per bounded context',
      ),
      talk(
        HARBOUR,
        'stream',
        'Streaming without pain',
        'Moving the nightly batch to Kafka and Flink',
      ),
      talk(HARBOUR, 'evals', 'Evals are the new unit tests', 'LLM judges; look at your data'),
      talk(HARBOUR, 'inject', 'Prompt injection is the new SQL injection', 'Tool permissions'),
      talk(HARBOUR, 'wasm', 'Is WebAssembly the new container?', 'Cold starts; isolation'),
      talk(HARBOUR, 'slo', 'SLOs are a conversation', 'Error budgets'),
      talk(HARBOUR, 'css', 'Container queries', 'Responsive components'),
    ],
  });

  it('lists the talks that say a name of its title, though they share no other word', () => {
    expect(ids(notes.ask('talks like the kafka one')).slice(0, 2).sort()).toEqual([
      'eda',
      'stream',
    ]);
  });

  it('does not take a common word of its title ("new") for its subject', () => {
    expect(ids(notes.ask('talks like the evals one'))).not.toContain('wasm');
  });
});

describe('a word in "-tion" and its Spanish, Portuguese and Italian forms', () => {
  const SEVILLA = 'datasol-sevilla-2025';
  const notes = new Bot({
    events: [event(SEVILLA, 'DataSol Sevilla 2025')],
    talks: [
      talk(
        SEVILLA,
        'migra',
        'Migración de base de datos sin downtime',
        'Doble escritura; backfill',
      ),
      talk(SEVILLA, 'trust', 'Zero trust para servicios', 'mTLS en todas partes'),
      talk(SEVILLA, 'obs', 'Observabilidad de datos', 'Alertas de frescura'),
      talk(SEVILLA, 'costes', 'Optimização de custos na nuvem', 'Instâncias spot'),
    ],
  });

  it('finds the notes’ "migración" for "migration", first, and "optimização" for "optimization"', () => {
    for (const asked of ['database migration', 'zero downtime migration', 'migrations'])
      expect(ids(notes.ask(asked))[0], asked).toBe('migra');
    expect(ids(notes.ask('cost optimization'))).toEqual(['costes']);
  });
});

describe('the talks no speaker is named for, the place of an event, chat around a list', () => {
  const SEVILLA = 'datasol-sevilla-2025';
  const notes = new Bot({
    events: [
      event(SEVILLA, 'DataSol Sevilla 2025', { place: 'Sevilla, Spain', dates: '2025-03-12' }),
    ],
    talks: [
      talk(SEVILLA, 'panel', '¿El fin del data warehouse?', 'Lakehouse con Iceberg', {
        kind: 'Panel',
      }),
      talk(SEVILLA, 'dbt', 'dbt a escala', 'Cientos de modelos', {
        speakers: [{ name: 'Miguel Torres', company: 'Typeform' }],
      }),
      talk(SEVILLA, 'stream', 'Datos en tiempo real', 'Kafka y Flink', {
        speakers: [{ name: 'Carlos Ruiz', company: 'Glovo' }],
      }),
    ],
  });

  it('lists the talks whose notes name no speaker, by their titles', () => {
    for (const asked of [
      'talks without speakers',
      'talks with no speaker listed',
      'talks by unknown speakers',
      'anonymous talks',
    ]) {
      const answer = notes.ask(asked);
      expect(ids(answer), asked).toEqual(['panel']);
      expect(answer.kind === 'talks' && answer.focus, asked).toBeFalsy();
    }
  });

  it('answers the city or country of an event with the event', () => {
    for (const asked of ['what city was datasol in', 'which country was datasol in'])
      expect(notes.ask(asked).kind, asked).toBe('events');
  });

  it('reads "¿cuántas charlas hubo?" and "ponentes" in Spanish', () => {
    expect(ids(notes.ask('¿cuántas charlas hubo en datasol?'))).toHaveLength(3);
    const speakers = notes.ask('¿cuántos ponentes de glovo?');
    expect(speakers.kind === 'talks' && speakers.scope.tally?.of).toBe('speakers');
  });

  it('reads "quanti talk ci sono stati?" and "quanti speaker" in Italian', () => {
    expect(ids(notes.ask('quanti talk ci sono stati a datasol?'))).toHaveLength(3);
    // Asked alone, how many there are in all: the count.
    expect(notes.ask('quanti interventi?')).toMatchObject({ kind: 'help', count: true });
    const speakers = notes.ask('quanti speaker?');
    expect(speakers.kind === 'talks' && speakers.scope.tally?.of).toBe('speakers');
  });

  it('says hello to "sup bot", and asks which list "is that all?" is about', () => {
    const hello = notes.ask('sup bot');
    expect(hello.kind === 'help' && hello.greeting).toBe('hello');
    const more = notes.ask('is that all?');
    expect(more.kind === 'none' && more.reason).toBe('which-talk');
  });
});

describe('plurals of abbreviations and irregular verbs', () => {
  const OSLO = 'fjordops-oslo-2022';
  const notes = new Bot({
    events: [event(OSLO, 'FjordOps Oslo 2022')],
    talks: [
      talk(OSLO, 'slo', 'SLOs are a conversation', 'Error budgets; burn-rate alerts'),
      talk(OSLO, 'oncall', 'On-call without burnout', 'Follow the sun; paging rules'),
      talk(OSLO, 'graphql', 'Why we left GraphQL', 'Back to REST; caching was hard'),
      talk(OSLO, 'edge', 'Serverless on the edge', 'Cold starts; it runs close to users'),
    ],
  });

  it('reads "SREs" as "sre": the talks of its related words', () => {
    expect(ids(notes.ask('talks for SREs')).sort()).toEqual(ids(notes.ask('sre talks')).sort());
    expect(ids(notes.ask('SREs'))).toContain('slo');
  });

  it('finds "left" for "leave", not "run" for a short "ran"', () => {
    expect(ids(notes.ask('why did they leave graphql'))).toEqual(['graphql']);
    expect(ids(notes.ask('what ran on the edge'))).toEqual(['edge']);
  });
});

describe('a day in roman numerals, the gopher', () => {
  const UTRECHT = 'tramconf-2024';
  const notes = new Bot({
    events: [event(UTRECHT, 'TramConf 2024', { dates: '2024-05-14..2024-05-15' })],
    talks: [
      talk(UTRECHT, 'tinygo', 'Go in the browser with TinyGo', 'Written in Go; goroutines work', {
        date: '2024-05-14',
        day: 'Day 1',
      }),
      talk(UTRECHT, 'rust', 'Rust to WebAssembly', 'wasm-bindgen', {
        date: '2024-05-15',
        day: 'Day 2',
      }),
    ],
  });

  it('reads "day II" as day 2', () => {
    expect(ids(notes.ask('day II at tramconf'))).toEqual(['rust']);
  });

  it('reads 🐹 (chat’s gopher) as Go the language', () => {
    expect(ids(notes.ask('🐹 talks'))).toEqual(['tinygo']);
    expect(ids(notes.ask('🦀 or 🐹')).sort()).toEqual(['rust', 'tinygo']);
  });
});

describe('the newest and oldest talks, across events', () => {
  const [OLD, NEW] = ['fjordconf-2022', 'quayconf-2025'];
  const notes = new Bot({
    events: [
      event(OLD, 'FjordConf 2022', { dates: '2022-03-29' }),
      event(NEW, 'QuayConf 2025', { dates: '2025-10-08' }),
    ],
    talks: [
      talk(OLD, 'slo', 'SLOs are a conversation', 'Error budgets', {
        date: '2022-03-29',
        time: '09:00',
      }),
      talk(OLD, 'oncall', 'On-call without burnout', 'Paging', {
        date: '2022-03-29',
        time: '10:00',
      }),
      talk(NEW, 'kafka', 'Kafka, the hard parts', 'Consumer lag', {
        date: '2025-10-08',
        time: '09:30',
      }),
      talk(NEW, 'panel', 'Monoliths are back?', 'Nobody agreed', {
        date: '2025-10-08',
        time: '15:00',
      }),
    ],
  });

  it('is one talk of the newest or oldest event for "the newest talk", "oldest talk"', () => {
    expect(ids(notes.ask('newest talk'))).toEqual(['panel']);
    expect(ids(notes.ask('the oldest talk'))).toEqual(['slo']);
  });

  it('is the newest event’s talks for "latest talks", "recent talks"', () => {
    for (const asked of ['latest talks', 'recent talks'])
      expect(ids(notes.ask(asked)), asked).toEqual(['kafka', 'panel']);
    // The last talk of each event is still "the last talk at" one.
    expect(ids(notes.ask('last talk at fjordconf'))).toEqual(['oncall']);
  });
});
