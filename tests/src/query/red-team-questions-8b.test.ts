import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round T, continued from red-team-questions-8.test.ts: days just past, chat about the
 * bot, words around a subject, tickets, languages before "talks", a stem's other words, two talks
 * in one sentence, hedges.
 */

describe('days just past, which notes of past conferences do not reach', () => {
  const OLD = 'ferryops-2022';
  const past = new Bot({
    events: [event(OLD, 'Ferryops 2022', { dates: '2022-03-29' })],
    talks: [talk(OLD, 'kafka', 'Kafka at the quay', 'Consumer lag', { date: '2022-03-29' })],
  });

  it('says no talk is that recent for "last week", "yesterday", "last month"', () => {
    for (const asked of ['talks from last week', "last week's talks", 'talks from yesterday'])
      expect(unknownOf(past, asked), asked).toBe('recent');
    expect(unknownOf(past, 'what happened last month')).toBe('recent');
    expect(ids(past.ask('kafka talks from last week'))).toEqual(['kafka']);
  });

  it('reads a story that says "yesterday" for its subject', () => {
    const story =
      'yesterday our kafka consumers fell behind again and the lag alerts fired all night long';
    expect(unknownOf(past, story)).not.toBe('recent');
  });

  it('says nothing of the kind where a conference of the notes was that recent', () => {
    const week = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const NEW = 'newops-2026';
    const recent = new Bot({
      events: [event(NEW, 'Newops', { dates: week })],
      talks: [talk(NEW, 'slo', 'SLOs in practice', 'Error budgets', { date: week })],
    });
    expect(unknownOf(recent, 'talks from last week')).not.toBe('recent');
  });
});

describe('chat about the bot, said otherwise', () => {
  const HELP = 'helpconf-2025';
  const helpBot = new Bot({
    events: [event(HELP, 'Helpconf 2025', { dates: '2025-06-14' })],
    talks: [
      talk(HELP, 'useless', 'Useless metrics and how to drop them', 'Cardinality'),
      talk(HELP, 'chip', 'Embedded Rust on a 2 euro chip', 'No heap', { date: '2025-06-14' }),
      talk(HELP, 'speaker', 'Speaker notes that help', 'Slides; the speaker view'),
    ],
  });

  it('gives the help for complaints with chat around them, a sum, and how to ask', () => {
    for (const asked of [
      'this bot is useless lol',
      'you suck',
      '2+2',
      'how do i search by speaker',
      'can you speak german?',
    ])
      expect(helpBot.ask(asked).kind, asked).toBe('help');
  });

  it('still searches a date, and a question that names a subject', () => {
    expect(ids(helpBot.ask('6/14'))).toEqual(['chip']);
    expect(ids(helpBot.ask('useless metrics'))).toEqual(['useless']);
  });
});

describe('what the words around a subject ask for', () => {
  const SRE = 'pagerfest-2022';
  const sre = new Bot({
    events: [event(SRE, 'Pagerfest 2022', { author: 'Kari Nordmann' })],
    talks: [
      talk(SRE, 'incident', 'Incident command for small teams', 'One commander; one scribe'),
      talk(SRE, 'slo', 'Keynote: SLOs are a conversation', 'Error budgets', { kind: 'Keynote' }),
      talk(SRE, 'closing', 'The platform, ten years on', 'Paved roads', { kind: 'Keynote' }),
      talk(SRE, 'vector', 'Vector databases compared', 'pgvector; Qdrant'),
    ],
  });

  it('reads "incident management" as the incident talks, saying no talk has "management"', () => {
    const answer = sre.ask('incident management');
    expect(ids(answer)).toEqual(['incident']);
    const { scope } = answer.kind === 'talks' ? answer : { scope: undefined };
    expect(scope?.dropped ?? scope?.unmatched?.join(' ')).toBe('management');
  });

  it('lists the keynotes for "compare keynotes", not a talk that says "compared"', () => {
    expect(ids(sre.ask('compare keynotes')).sort()).toEqual(['closing', 'slo']);
  });

  it('gives the notes’ author for "who wrote the notes on …"', () => {
    const answer = sre.ask('who wrote the notes on pagerfest?');
    expect(answer.kind === 'events' && answer.events.map((one) => one.id)).toEqual([SRE]);
  });
});

describe('tickets for an event', () => {
  const HARBOUR = 'quaydays-2025';
  const quay = new Bot({
    events: [event(HARBOUR, 'Quaydays 2025', { dates: '2025-10-08' })],
    talks: [
      talk(HARBOUR, 'kafka', 'Kafka, the hard parts', 'Consumer lag'),
      talk(HARBOUR, 'flaky', 'Flaky tests', 'Every flaky test gets a ticket and an owner'),
    ],
  });

  it('says the notes hold no prices for "tickets for X", with X’s talks, an edition to come too', () => {
    for (const asked of [
      'tickets for quaydays',
      'tickets for quaydays 2026',
      'any tickets to quaydays?',
    ]) {
      const answer = quay.ask(asked);
      expect(answer.kind === 'talks' && answer.scope.unknown, asked).toBe('prices');
      expect(ids(answer).sort(), asked).toEqual(['flaky', 'kafka']);
    }
  });
});

describe('a language before "talks"', () => {
  const [LYON3, OSLO] = ['soiefront-2024', 'fjordops-2022'];
  const langs = new Bot({
    events: [event(LYON3, 'Soiefront 2024'), event(OSLO, 'Fjordops 2022')],
    talks: [
      talk(
        LYON3,
        'a11y',
        "L'accessibilité n'est pas une option",
        'Les lecteurs d’écran; tester avec des utilisateurs; les contrastes pour tous',
      ),
      talk(
        LYON3,
        'css',
        'Les container queries en production',
        'Les media queries; une page par une page; pour les équipes',
      ),
      talk(OSLO, 'slo', 'SLOs are a conversation', 'Error budgets; burn rates'),
    ],
  });

  it('reads "french talks" as the talks of notes in French', () => {
    expect(ids(langs.ask('french talks')).sort()).toEqual(['a11y', 'css']);
    expect(ids(langs.ask('french talks about container queries'))).toEqual(['css']);
  });
});

describe('a word the notes write, though they wrote another word of its stem first', () => {
  const DX = 'pavedroad-2025';
  const dx = new Bot({
    events: [event(DX, 'Pavedroad 2025')],
    talks: [
      talk(DX, 'chaos', 'Chaos engineering on Kubernetes', 'Experiments in staging first'),
      talk(DX, 'platform', 'Platform engineering for small teams', 'Developer experience surveys'),
    ],
  });

  it('finds "developer experience" and "dx" where "experiments" came first in the notes', () => {
    expect(ids(dx.ask('developer experience'))).toEqual(['platform']);
    expect(ids(dx.ask('dx'))).toEqual(['platform']);
  });
});

describe('two talks remembered in one sentence', () => {
  const PIER = 'pierconf-2025';
  const pier = new Bot({
    events: [event(PIER, 'Pierconf 2025')],
    talks: [
      talk(PIER, 'kafka', 'Kafka in production', 'Consumer lag; rebalancing'),
      talk(PIER, 'pg', 'Postgres at scale without sharding', 'Read replicas; pgbouncer'),
      talk(PIER, 'tc', 'Testcontainers for Java', 'Postgres and Kafka in a container'),
    ],
  });

  it('lists each side’s talk first for "a talk about X and also one on Y, can you send both"', () => {
    const asked =
      'i think there was a talk about kafka and also one on postgres, can you send both';
    expect(ids(pier.ask(asked)).slice(0, 2)).toEqual(['kafka', 'pg']);
  });
});

describe('hedges and asks beyond the notes, said otherwise', () => {
  const HEDGE = 'hedgeconf-2024';
  const hedge = new Bot({
    events: [event(HEDGE, 'Hedgeconf 2024')],
    talks: [
      talk(HEDGE, 'kafka', 'Kafka, the hard parts', 'Consumer lag'),
      talk(HEDGE, 'otel', 'Tracing with OpenTelemetry', 'Tail sampling'),
    ],
  });

  it('reads past "this may be a silly question"', () => {
    expect(ids(hedge.ask('this may be a silly question about kafka'))).toEqual(['kafka']);
    expect(ids(hedge.ask('dumb question: is there a talk on tail sampling?'))).toEqual(['otel']);
  });

  it('says the notes hold no views or tickets to book', () => {
    expect(unknownOf(hedge, 'which talk had the most views')).toBe('ratings');
    expect(unknownOf(hedge, 'can you book me a ticket')).toBe('prices');
  });
});
