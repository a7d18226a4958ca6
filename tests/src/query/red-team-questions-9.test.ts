import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round U: questions typed as people type them in Slack or Discord, over notes of
 * several events in several languages, each class on invented notes: the language talks were
 * given in, asked the other way round or two at once; negations of two subjects, refusals typed
 * with "pls", and an event named after what is left out.
 */

const [ROME, KIEL, YORK] = ['cortile-roma-2024', 'hafenfest-kiel-2023', 'mlsummit-york-2025'];
const languages = new Bot({
  events: [
    event(ROME, 'Cortile Roma 2024'),
    event(KIEL, 'Hafenfest Kiel 2023'),
    event(YORK, 'ML Summit York 2025'),
  ],
  talks: [
    talk(
      ROME,
      'cache',
      'La cache che non scade mai',
      'Il problema della invalidazione; per ogni servizio una cache; anche gli errori sono dati; non sono una buona idea le chiavi lunghe',
    ),
    talk(
      ROME,
      'deploy',
      'Deploy del venerdì',
      'Il rilascio che non fallisce; per una squadra piccola; sono felici anche gli ops',
    ),
    talk(
      KIEL,
      'lasttest',
      'Lasttests mit k6',
      'Wir testen die API und das ist nicht teuer; auch die Datenbank mit einer Last; im Betrieb von der Cloud',
    ),
    talk(
      KIEL,
      'mutation',
      'Mutation Testing mit PIT',
      'Die Tests sind nicht gut genug; wir finden auch eine Lücke im Code; das Team ist mit PIT zufrieden',
    ),
    // Said to be in English, at an event whose notes are in Italian.
    talk(ROME, 'eng', 'Design systems at scale', 'Talk in English; web components'),
    talk(YORK, 'evals', 'Evals for LLM apps', 'Write evals before prompts; AI judges need evals'),
    talk(YORK, 'agents', 'Agents that stop', 'Step budgets; planner and executor'),
    talk(YORK, 'kafka', 'Kafka in production', 'Consumer lag; exactly once is a lie'),
  ],
});

describe('the language talks were given in, asked the other way round or two at once', () => {
  it('lists the talks of the events whose notes are not in English, not a talk saying "english"', () => {
    for (const asked of ['talks not in english', 'non-english talks', 'anything not in english'])
      expect(ids(languages.ask(asked)).sort(), asked).toEqual([
        'cache',
        'deploy',
        'lasttest',
        'mutation',
      ]);
  });

  it('lists the talks of events in English (and those said to be), and of either language named', () => {
    expect(ids(languages.ask('talks in english')).sort()).toEqual([
      'agents',
      'eng',
      'evals',
      'kafka',
    ]);
    expect(ids(languages.ask('english talks at cortile'))).toEqual(['eng']);
    expect(ids(languages.ask('talks in italian or german')).sort()).toEqual([
      'cache',
      'deploy',
      'lasttest',
      'mutation',
    ]);
    const notItalian = ids(languages.ask('talks not in italian'));
    expect(notItalian).toContain('eng');
    expect(notItalian).not.toContain('cache');
    expect(notItalian).not.toContain('deploy');
  });
});

describe('what is left out: two subjects, a refusal with "pls", an event named after it', () => {
  const [HAMAR, AISUM] = ['fjellconf-hamar-2022', 'ai-summit-oslo-2025'];
  const notes = new Bot({
    events: [event(AISUM, 'AI Summit Oslo 2025'), event(HAMAR, 'Fjellconf Hamar 2022')],
    talks: [
      talk(AISUM, 'rag', 'RAG that works', 'AI answers from your documents; chunking'),
      talk(AISUM, 'inject', 'Prompt injection', 'Tool permissions; output filtering'),
      talk(HAMAR, 'k8s', 'Kubernetes upgrades', 'Node pools; drain carefully'),
      talk(HAMAR, 'kafka', 'Kafka at a bank', 'Consumer lag; schema registry'),
      talk(HAMAR, 'slo', 'SLOs are a conversation', 'Error budgets; burn rate'),
      talk(HAMAR, 'data', 'Data contracts', 'Producers and consumers agree on a schema'),
    ],
  });

  it('leaves out the talks of each side of an "or" or "and" after the negation', () => {
    for (const asked of [
      'talks not about kubernetes or kafka',
      'anything except kafka and kubernetes',
    ])
      expect(ids(notes.ask(asked)), asked).toEqual(['rag', 'inject', 'slo', 'data']);
    // "Prompt injection", given at the AI Summit, is an AI talk too (round q49).
    expect(ids(notes.ask('everything except ai and data'))).toEqual(['k8s', 'kafka', 'slo']);
  });

  it('reads "no wasm pls" and "pls no wasm" as a refusal, as "no wasm please"', () => {
    for (const asked of ['no kafka pls', 'pls no kafka', 'no kafka plz'])
      expect(scope(notes.ask(asked))?.excluding, asked).toBe('kafka');
  });

  it('leaves out the talks of an event named after what is left out, though they do not say it', () => {
    // "Prompt injection" says no "ai", but was given at the AI Summit: an AI talk (round q49).
    expect(ids(notes.ask('non-ai talks'))).toEqual(['k8s', 'kafka', 'slo', 'data']);
    // At that event, they are all there is to list.
    expect(ids(notes.ask('non-ai talks at ai summit'))).toEqual(['inject']);
  });
});

describe('who "we" are, the US, and how many days an event ran', () => {
  const [BOSTON, OSLO] = ['harborconf-boston-2024', 'fjordconf-oslo-2022'];
  const notes = new Bot({
    events: [
      event(BOSTON, 'HarborConf Boston 2024', {
        place: 'Boston, USA',
        dates: '2024-05-14..2024-05-16',
      }),
      event(OSLO, 'FjordConf Oslo 2022', { place: 'Oslo, Norway', dates: '2022-03-29' }),
    ],
    talks: [
      talk(BOSTON, 'kafka', 'Kafka at scale', 'Consumer lag; rebalancing', {
        speakers: [{ name: 'Ana Ruiz', company: 'Stripe' }],
      }),
      talk(OSLO, 'slo', 'SLOs for us all', 'Error budgets; burn rate'),
    ],
  });

  it('says it does not know who "us" is, never every talk', () => {
    for (const asked of [
      'any talks from us?',
      'anything from our company?',
      'did anyone from our team speak?',
    ])
      expect(unknownOf(notes, asked), asked).toBe('asker');
    // Asked with a subject, the subject's talks, saying so.
    expect(unknownOf(notes, 'kafka talks from our team')).toBe('asker');
    expect(ids(notes.ask('kafka talks from our team'))).toEqual(['kafka']);
  });

  it('reads "the US" after "in" or "from" as the country, not the word "us"', () => {
    for (const asked of ['talks in the US', 'any talks from the US?', 'talks in the U.S.'])
      expect(ids(notes.ask(asked)), asked).toEqual(['kafka']);
    // "SLOs for us all" says "us": no reason to list it for the country.
    expect(ids(notes.ask('talks in the usa'))).toEqual(['kafka']);
    // Where no event is, no speaker or company is said to be called so: the notes have no
    // event there, as far as they say where events were.
    const oslo = new Bot({
      events: [event(OSLO, 'FjordConf Oslo 2022', { place: 'Oslo, Norway' })],
      talks: [talk(OSLO, 'slo', 'SLOs for us all', 'Error budgets')],
    });
    const answer = oslo.ask('any talks from the US?');
    expect(answer.kind === 'none' && answer.unknown).toBe('places');
  });

  it('answers how many days an event ran with its dates', () => {
    for (const asked of ['how many days was harborconf', 'how many days did harborconf last'])
      expect(notes.ask(asked).kind, asked).toBe('events');
  });
});

describe('opening and closing talks, by the times the notes give', () => {
  const [QUAY, FELL] = ['quayconf-2025', 'fellconf-2024'];
  const at = (date: string, time: string, kind?: string) => ({
    date,
    time,
    ...(kind ? { kind } : {}),
  });
  const notes = new Bot({
    events: [event(QUAY, 'QuayConf 2025'), event(FELL, 'FellConf 2024')],
    talks: [
      // QuayConf's one keynote opens its first day; two lightning talks under "17:00" have no time.
      talk(
        QUAY,
        'boring',
        'Boring technology',
        'Innovation tokens',
        at('2025-10-08', '09:30', 'Keynote'),
      ),
      talk(QUAY, 'kafka', 'Kafka, the hard parts', 'Consumer lag', at('2025-10-08', '10:30')),
      talk(QUAY, 'dagger', 'Dagger for CI', 'Pipelines as code', {
        date: '2025-10-08',
        kind: 'Lightning talk',
      }),
      talk(
        QUAY,
        'panel',
        'Monoliths are back?',
        'Nobody agreed',
        at('2025-10-09', '15:00', 'Panel'),
      ),
      // FellConf: a keynote closes day 1, another opens day 2.
      talk(FELL, 'wasm', 'Wasm on the edge', 'Cold starts', at('2024-05-14', '09:00')),
      talk(
        FELL,
        'close',
        'Where wasm goes next',
        'Components',
        at('2024-05-14', '17:00', 'Keynote'),
      ),
      talk(FELL, 'open', 'The component model', 'WASI 0.2', at('2024-05-15', '09:00', 'Keynote')),
      talk(FELL, 'rust', 'Rust to wasm', 'wasm-bindgen', at('2024-05-15', '10:00')),
    ],
  });

  it('lists as closing keynotes those that close a day, not the last keynote of each event', () => {
    for (const asked of ['closing keynote', 'the closing keynote', 'closing keynotes'])
      expect(ids(notes.ask(asked)), asked).toEqual(['close']);
    // FellConf (2024) first: its keynote that opens a day is the second day's.
    expect(ids(notes.ask('the opening keynote'))).toEqual(['open', 'boring']);
  });

  it('finds the first talk of an event whose lightning talks alone have no time', () => {
    expect(ids(notes.ask('first talk at quayconf'))).toEqual(['boring']);
    expect(ids(notes.ask('the closing talk of quayconf'))).toEqual(['panel']);
  });
});

describe('"a good talk", and one to share with a manager', () => {
  const OSLO = 'fjordops-oslo-2022';
  const notes = new Bot({
    events: [event(OSLO, 'FjordOps Oslo 2022')],
    talks: [
      talk(OSLO, 'kafka', 'Kafka at a bank', 'Consumer lag; our manager asked for it'),
      talk(OSLO, 'slo', 'SLOs are a conversation', 'Error budgets; share them with product'),
    ],
  });

  it('says the notes rank no talk, with the talks of the subject asked about', () => {
    expect(unknownOf(notes, 'any good kafka talks?')).toBe('ratings');
    expect(ids(notes.ask('any good kafka talks?'))).toEqual(['kafka']);
  });

  it('says the notes do not say whom a talk is for, never a talk that says "manager"', () => {
    expect(unknownOf(notes, "what's a good talk to share with my manager")).toBe('audience');
    expect(notes.ask("what's a good talk to share with my manager").kind).toBe('none');
  });
});
