import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round T: questions typed as people type them in chat, over notes of several events
 * in several languages, each class on invented notes: French and Italian elisions in the notes,
 * events named that the notes do not have, countries and their people as places, words the
 * stemmer joins, May, chat-speak, typos, comparisons, channels (continued in
 * red-team-questions-8b.test.ts).
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

  it('reads "check out" as watching, never as a subject to search', () => {
    expect(ids(chat.ask('kafka talks to check out'))).toEqual(['kafka']);
    expect(ids(chat.ask('anything worth checking out about reranking?'))).toEqual(['rag']);
    // As "which talks should I watch?": the notes rate none, so a talk to start with.
    const which = chat.ask('which talks should I check out?');
    expect(which).toMatchObject({ kind: 'talks', scope: { unknown: 'ratings' } });
    expect(ids(which)).toEqual(ids(chat.ask('which talks should I watch?')));
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
