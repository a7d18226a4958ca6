import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round T: questions typed as people type them in chat, over notes of several events
 * in several languages, each class on invented notes: French and Italian elisions in the notes,
 * events named that the notes do not have, countries and their people as places, what a
 * negation leaves out, words the stemmer joins.
 */

const LYON = 'pixelfest-lyon-2024';
const french = new Bot({
  events: [event(LYON, 'Pixelfest Lyon 2024')],
  talks: [
    talk(
      LYON,
      'a11y',
      "L'accessibilité n'est pas une option",
      "Lecteurs d'écran; navigation au clavier",
    ),
    talk(LYON, 'rsc', "Composants serveur : retour d'expérience", 'Migration page par page'),
    talk(LYON, 'api', "Dell'API e del suo design", 'Versioni e contratti'),
    talk(LYON, 'snap', 'Snapshot-Tests im Frontend', 'Barrierefreiheit mit axe-core'),
  ],
});

describe('an elided article in the notes is no part of the word after it', () => {
  it('finds "L’accessibilité …" for accessibility, in English or in French', () => {
    for (const asked of ['accessibility', 'a11y talks', "y a-t-il un talk sur l'accessibilité ?"])
      expect(ids(french.ask(asked))[0], asked).toBe('a11y');
  });

  it('finds an Italian "dell’API" for api', () => {
    expect(ids(french.ask('api design'))).toEqual(['api']);
  });
});

describe('an event the notes do not have, asked about alone', () => {
  const [HARBOUR, FJORD] = ['quayfest-2025', 'fjordconf-2022'];
  const two = new Bot({
    events: [
      event(HARBOUR, 'Quayfest 2025', { dates: '2025-10-08..2025-10-09' }),
      event(FJORD, 'Fjordconf 2022', { dates: '2022-03-29' }),
    ],
    talks: [
      talk(HARBOUR, 'kafka', 'Kafka, the hard parts', 'Consumer lag; rebalancing'),
      talk(FJORD, 'slo', 'SLOs are a conversation', 'Error budgets'),
    ],
  });
  const noEvent = (asked: string) => {
    const answer = two.ask(asked);
    return answer.kind === 'none' && answer.reason === 'unknown-event'
      ? { name: answer.name, offered: answer.suggestions }
      : ids(answer);
  };

  it('says no event of that name is in the notes, and offers those that are, newest first', () => {
    const expected = { name: 'kubecon', offered: ['Quayfest 2025', 'Fjordconf 2022'] };
    for (const asked of ['talks at kubecon', 'kubecon', 'KubeCon?', 'what was at kubecon'])
      expect(noEvent(asked), asked).toEqual(expected);
    expect(noEvent('anything from kubecon 2024?')).toEqual({ ...expected, name: 'kubecon 2024' });
  });

  it('still answers a subject at that event by the subject, and a word that only ends so', () => {
    expect(noEvent('kafka talks at kubecon')).toEqual(['kafka']);
    expect(noEvent('silicon')).toEqual(['none']);
    expect(noEvent('talks at quayfest')).toEqual(['kafka']);
  });
});

describe('a country, its people or its continent as where an event was', () => {
  const [GRACHT, TORONTO, LYON2] = ['grachtconf-2024', 'mapleops-2025', 'soiejs-2024'];
  const places = new Bot({
    events: [
      event(GRACHT, 'Grachtconf 2024', { place: 'Utrecht, Netherlands' }),
      event(TORONTO, 'MapleOps 2025', { place: 'Toronto, Canada' }),
      event(LYON2, 'SoieJS 2024', { place: 'Lyon' }),
    ],
    talks: [
      talk(GRACHT, 'wasm', 'Rust to wasm without tears', 'wasm-bindgen; wasmtime'),
      talk(GRACHT, 'tinygo', 'TinyGo in the browser', 'Small binaries'),
      talk(TORONTO, 'rag', 'RAG that works', 'Chunking; reranking'),
      talk(TORONTO, 'rust-ml', 'Rust for model serving', 'Tokenizers in Rust'),
      talk(LYON2, 'css', 'Container queries', 'Media queries, fewer'),
    ],
  });
  const sorted = (asked: string) => ids(places.ask(asked)).sort();

  it('finds the event of a country named by its people, or by the country after "in"', () => {
    for (const asked of [
      'the dutch conference',
      'talks at the dutch conference',
      'talks in holland',
    ])
      expect(sorted(asked), asked).toEqual(['tinygo', 'wasm']);
    expect(sorted('talks in canada')).toEqual(['rag', 'rust-ml']);
    expect(sorted('canadian conference')).toEqual(['rag', 'rust-ml']);
    expect(sorted('rust conference talks')).toEqual(['rust-ml', 'wasm']);
    expect(sorted('rust talks in canada')).toEqual(['rust-ml']);
  });

  it('lists the events of a continent, and knows no country of a city alone', () => {
    const answer = places.ask('which conferences were in europe');
    expect(answer.kind === 'events' && answer.events.map((one) => one.id)).toEqual([GRACHT]);
    expect(ids(places.ask('talks in france'))).toEqual(['none']);
  });

  it('keeps "in german" a language, not Germany', () => {
    expect(ids(places.ask('talks in german'))).toEqual(['none']);
  });
});

describe('a noun made with -ing is not the verb it shares a stem with', () => {
  const VEC = 'vectorweek-2024';
  const vectors = new Bot({
    events: [event(VEC, 'Vectorweek 2024')],
    talks: [
      talk(VEC, 'chip', 'Embedded Rust on a tiny chip', 'No heap; no std'),
      talk(VEC, 'browser', 'Sentence embeddings in the browser', 'ONNX in wasm; cosine similarity'),
      talk(VEC, 'rag', 'Retrieval that works', 'Hybrid search with embeddings; reranking'),
    ],
  });

  it('finds the talks on vector embeddings for "embeddings", not the embedded-systems talk', () => {
    expect(ids(vectors.ask('embeddings')).sort()).toEqual(['browser', 'rag']);
    expect(ids(vectors.ask('any talks on embeddings?')).sort()).toEqual(['browser', 'rag']);
  });

  it('finds the embedded-systems talk alone for "embedded", and both for "embedding"', () => {
    expect(ids(vectors.ask('embedded'))).toEqual(['chip']);
    expect(ids(vectors.ask('embedding')).sort()).toEqual(['browser', 'chip', 'rag']);
  });
});

describe('May, the month', () => {
  const [SPRING, AUTUMN] = ['tulipconf-2024', 'leafconf-2024'];
  const months = new Bot({
    events: [
      event(SPRING, 'Tulipconf 2024', { dates: '2024-05-14' }),
      event(AUTUMN, 'Leafconf 2024', { dates: '2024-11-21' }),
    ],
    talks: [
      talk(SPRING, 'wasm', 'Wasm on the edge', 'Cold starts', { date: '2024-05-14' }),
      talk(AUTUMN, 'css', 'Container queries', 'Media queries, fewer', { date: '2024-11-21' }),
    ],
  });

  it('reads "may" after "in" or before a year as the month, not every talk of the year', () => {
    for (const asked of ['talks in may', 'talks in may 2024', 'what was on in May?', 'may 2024'])
      expect(ids(months.ask(asked)), asked).toEqual(['wasm']);
  });

  it('keeps "may" a verb before one', () => {
    expect(ids(months.ask('this may be about container queries'))).toEqual(['css']);
  });
});

describe('more chat-speak', () => {
  const CHAT = 'chatconf-2025';
  const chat = new Bot({
    events: [event(CHAT, 'Chatconf 2025')],
    talks: [
      talk(CHAT, 'kafka', 'Kafka, the hard parts', 'Consumer lag', {
        links: [{ kind: 'slides', text: 'Slides', url: 'https://example.com/k.pdf' }],
      }),
      talk(CHAT, 'rag', 'RAG that works', 'Reranking', {
        links: [{ kind: 'video', text: 'Video', url: 'https://example.com/rag' }],
      }),
    ],
  });

  it('reads gimme, vid, smth and wanna as the words they stand for', () => {
    expect(ids(chat.ask('gimme kafka'))).toEqual(['kafka']);
    const video = chat.ask('pls rag vid');
    expect(ids(video)).toEqual(['rag']);
    expect(video.kind === 'talks' && video.focus).toBe('video');
    expect(ids(chat.ask('smth on reranking?'))).toEqual(['rag']);
    expect(ids(chat.ask('wanna see the kafka slides'))).toEqual(['kafka']);
  });
});

describe('a letter typed too many, in a form of a word the notes have', () => {
  const TEST = 'probefest-2023';
  const tests = new Bot({
    events: [event(TEST, 'Probefest 2023')],
    talks: [
      talk(TEST, 'docs', 'Tests as documentation', 'Names that say what broke'),
      talk(
        TEST,
        'tc',
        'Testcontainers for Java developers',
        'A real database for each test, in a container',
      ),
      talk(TEST, 'pact', 'Contract testing with Pact', 'Consumer-driven tests'),
      talk(TEST, 'css', 'Container queries', 'Media queries, fewer'),
    ],
  });

  it('corrects "tersting" to testing, though the notes first wrote the word "tests"', () => {
    const answer = tests.ask('tersting');
    expect(answer.kind === 'talks' && answer.scope.kind === 'search' && answer.scope.words).toBe(
      'testing',
    );
    expect(ids(answer)).toContain('pact');
  });

  it('answers the corrected words as they would be answered typed right', () => {
    expect(ids(tests.ask('testing containers'))).toEqual(['tc']);
    expect(ids(tests.ask('tersting containers'))).toEqual(['tc']);
  });
});

describe('a comparison whose last words are both sides’', () => {
  const WASM = 'grachtwasm-2024';
  const wasm = new Bot({
    events: [event(WASM, 'Grachtwasm 2024')],
    talks: [
      talk(WASM, 'rust-java', 'Rust for Java developers', 'Ownership; a hot path rewritten'),
      talk(WASM, 'rust-wasm', 'Rust to wasm without tears', 'wasm-bindgen; wasmtime'),
      talk(WASM, 'go-wasm', 'Go in the browser with TinyGo', 'Smaller wasm binaries'),
      talk(WASM, 'rag', 'RAG that works', 'Reranking'),
      talk(WASM, 'tune', 'Fine-tuning small models', 'LoRA adapters'),
    ],
  });

  it('reads "the rust and go wasm talks" as the rust wasm talk beside the go wasm talk', () => {
    expect(ids(wasm.ask('compare the rust and go wasm talks')).slice(0, 2)).toEqual([
      'rust-wasm',
      'go-wasm',
    ]);
  });

  it('shares nothing where the first side read so is no narrower', () => {
    expect(ids(wasm.ask('difference between rag and fine tuning talks'))).toEqual(['rag', 'tune']);
  });
});

describe('a channel of several words named first', () => {
  const OPS = 'opsharbor-2025';
  const ops = new Bot({
    events: [event(OPS, 'Opsharbor 2025')],
    talks: [
      talk(OPS, 'karpenter', 'Kubernetes cost control with Karpenter', 'Spot instances'),
      talk(OPS, 'platform', 'Platform engineering for small teams', 'Golden paths for the team'),
      talk(OPS, 'oncall', 'On-call without burnout', 'Follow the sun'),
    ],
  });

  it('reads "#platform-team" as where the question was asked, not as words to search', () => {
    expect(ids(ops.ask('#platform-team karpenter talk'))).toEqual(['karpenter']);
    expect(ids(ops.ask('#ask-ops anyone know a karpenter talk?'))).toEqual(['karpenter']);
  });

  it('keeps a hashtag the notes write so as a subject', () => {
    expect(ids(ops.ask('#on-call talks'))).toEqual(['oncall']);
  });
});

describe('days just past, which notes of past conferences do not reach', () => {
  const OLD = 'ferryops-2022';
  const past = new Bot({
    events: [event(OLD, 'Ferryops 2022', { dates: '2022-03-29' })],
    talks: [talk(OLD, 'kafka', 'Kafka at the quay', 'Consumer lag', { date: '2022-03-29' })],
  });
  const unknownOf = (bot: Bot, asked: string) => {
    const answer = bot.ask(asked);
    if (answer.kind === 'talks') return answer.scope.unknown;
    return answer.kind === 'none' ? answer.unknown : answer.kind;
  };

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
  const unknownOf = (asked: string) => {
    const answer = hedge.ask(asked);
    if (answer.kind === 'talks') return answer.scope.unknown;
    return answer.kind === 'none' ? answer.unknown : answer.kind;
  };

  it('reads past "this may be a silly question"', () => {
    expect(ids(hedge.ask('this may be a silly question about kafka'))).toEqual(['kafka']);
    expect(ids(hedge.ask('dumb question: is there a talk on tail sampling?'))).toEqual(['otel']);
  });

  it('says the notes hold no views or tickets to book', () => {
    expect(unknownOf('which talk had the most views')).toBe('ratings');
    expect(unknownOf('can you book me a ticket')).toBe('prices');
  });
});
