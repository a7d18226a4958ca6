import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q, continued: each question class on its own invented notes: topics named
 * differently in two posts, a language an event is named for, the events themselves, a talk
 * named by a comparison, "X or Y", and an aspect of a subject no talk of it has.
 */

describe('a topic named differently in another post', () => {
  const [ONE, TWO] = ['fjordai-2024', 'summitwave-2025'];
  const posts = new Bot({
    events: [event(ONE, 'FjordAI 2024'), event(TWO, 'Summitwave 2025')],
    talks: [
      talk(ONE, 'rag', 'Retrieval in anger', 'Chunking; reranking', { topic: 'AI' }),
      talk(ONE, 'evals', 'Eval sets first', 'Golden answers', { topic: 'AI' }),
      talk(TWO, 'judge', 'LLM as a judge', 'Rubrics for LLM answers', { topic: 'AI & Data' }),
      talk(TWO, 'iceberg', 'Iceberg tables', 'Snapshots; compaction', { topic: 'AI & Data' }),
      talk(TWO, 'css', 'CSS layers', 'Cascade order', { topic: 'Frontend' }),
    ],
  });

  it('lists "AI talks" from the AI topic and the AI talks of “AI & Data”, not its data talks', () => {
    const answer = posts.ask('AI talks');
    expect(ids(answer).sort()).toEqual(['evals', 'judge', 'rag']);
  });
});

describe('a language an event is named for', () => {
  const [JVM, OTHER] = ['jvmbay-2024', 'polyglot-2024'];
  const named = new Bot({
    events: [event(JVM, 'JVM Bay 2024'), event(OTHER, 'Polyglot Days 2024')],
    talks: [
      talk(JVM, 'loom', 'Virtual threads arrive', 'Loom; pinning', {}),
      talk(JVM, 'graal', 'GraalVM native images', 'Startup in 50 ms', {}),
      talk(OTHER, 'rust-java', 'Teaching Rust to Java developers', 'Ownership', {}),
      talk(OTHER, 'elixir', 'Elixir at a bank', 'BEAM processes', {}),
    ],
  });

  it('lists the talks of a JVM conference for "java talks", after those that say Java', () => {
    const found = ids(named.ask('java talks'));
    expect(found[0]).toBe('rust-java');
    expect(found).toEqual(expect.arrayContaining(['loom', 'graal']));
    expect(found).not.toContain('elixir');
  });
});

describe('questions about the events themselves', () => {
  const [OLD, NEW] = ['fjordscript-2021', 'harbourjs-2024'];
  const events = new Bot({
    events: [
      event(OLD, 'Fjordscript 2021', { dates: '2021-05-01', author: 'Vera Holm' }),
      event(NEW, 'HarbourJS 2024', { dates: '2024-05-01', author: 'Wim Dekker' }),
    ],
    talks: [
      talk(OLD, 'event-loop', 'The event loop, again', 'Events and microtasks', {}),
      talk(NEW, 'signals', 'Signals everywhere', 'Fine-grained reactivity', {}),
    ],
  });

  it('answers "which was the oldest event" with that event, not talks that say "events"', () => {
    const answer = events.ask('which was the oldest event');
    expect(answer.kind === 'events' && answer.events.map((e) => e.id)).toEqual([OLD]);
  });

  it('answers who wrote an event’s notes with its card, which names the author', () => {
    const answer = events.ask('who wrote the harbourjs notes');
    expect(answer.kind === 'events' && answer.events.map((e) => e.author)).toEqual(['Wim Dekker']);
  });
});

describe('a talk named by the comparison it is', () => {
  const PANELS = 'panelday-2024';
  const panels = new Bot({
    events: [event(PANELS, 'Panelday 2024')],
    talks: [
      talk(PANELS, 'coroutines', 'Kotlin coroutines in anger', 'Structured concurrency', {}),
      talk(PANELS, 'macros', 'Scala 3 macros', 'Inline; quotes', {}),
      talk(PANELS, 'panel', 'Kotlin or Scala for your next service?', 'Hiring; tooling', {
        kind: 'Panel',
      }),
    ],
  });

  it('puts the panel whose title names both sides first for "the kotlin vs scala panel"', () => {
    expect(ids(panels.ask('who was on the kotlin vs scala panel'))[0]).toBe('panel');
    expect(ids(panels.ask('kotlin vs scala panel'))[0]).toBe('panel');
  });
});

describe('"X or Y": either side', () => {
  const EITHER = 'eitherconf-2024';
  const either = new Bot({
    events: [event(EITHER, 'Eitherconf 2024')],
    talks: [
      talk(EITHER, 'loom', 'Virtual threads are coming', 'Pinning; carrier threads; Loom', {}),
      talk(EITHER, 'coroutines', 'Coroutines for Java developers', 'Suspend functions', {}),
      talk(EITHER, 'flutter', 'Flutter in a bank', 'Widgets; hot reload', {}),
      talk(EITHER, 'kmp', 'Kotlin Multiplatform at scale', 'Shared logic', {}),
      talk(EITHER, 'gc', 'Garbage collectors compared', 'G1; ZGC', {}),
    ],
  });

  it.each([
    ['virtual threads or coroutines', ['coroutines', 'loom']],
    ['flutter or kmp talks', ['flutter', 'kmp']],
    // Long only by its asking: each side is still searched on its own.
    ['was there a talk on virtual threads or coroutines in kotlin?', ['coroutines', 'kmp', 'loom']],
  ])('"%s" lists both sides', (question, expected) => {
    expect(ids(either.ask(question)).sort()).toEqual(expected);
  });
});

describe('an aspect of a subject is left out when no talk of the subject has it', () => {
  const ASPECT = 'aspectconf-2024';
  const aspects = new Bot({
    events: [event(ASPECT, 'Aspectconf 2024')],
    talks: [
      talk(ASPECT, 'race', 'Concurrency bugs we shipped', 'The race detector caught them', {}),
      talk(ASPECT, 'bill', 'Our Kubernetes bill', 'Karpenter; spot nodes', {}),
      talk(ASPECT, 'budget', 'The boring technology budget', 'Innovation tokens; tooling', {}),
    ],
  });

  it('answers "race conditions" with the race detector talk, saying no talk has "conditions"', () => {
    const answer = aspects.ask('race conditions');
    expect(ids(answer)).toEqual(['race']);
    expect(answer.kind === 'talks' && answer.scope.unmatched).toEqual(['conditions']);
  });

  it('answers "k8s tooling" with the Kubernetes talks, saying "tooling" was left out', () => {
    const answer = aspects.ask('k8s tooling');
    expect(ids(answer)).toEqual(['bill']);
    expect(answer.kind === 'talks' && answer.scope.dropped).toBe('tooling');
  });

  it('answers "k8s cost" with the Kubernetes talks where none says cost, and says so', () => {
    const answer = aspects.ask('k8s cost');
    expect(ids(answer)).toEqual(['bill']);
    expect(answer.kind === 'talks' && answer.scope.unmatched).toEqual(['cost']);
  });

  it('echoes the question as typed, whole, beside the word it left out', async () => {
    // The shipped notes: one talk says "distributed" (a team), none "distributed systems".
    const asked = "which talk should I watch first if I'm into distributed systems?";
    const answer = (await shippedBot()).ask(asked);
    // It read "… into distributed ?": the question less the word, a stray space left behind.
    expect(answer.kind === 'talks' && answer.scope).toMatchObject({
      words: asked,
      dropped: 'systems',
    });
  });

  it('still finds nothing for two subject words no talk has together', () => {
    expect(aspects.ask('service mesh').kind).toBe('none');
  });
});

describe('keynotes of notes without times, by their place in their day', () => {
  const DAYS = 'daysconf-2023';
  const d1 = { date: '2023-09-12', day: 'Day 1' };
  const d2 = { date: '2023-09-13', day: 'Day 2' };
  const keynote = { kind: 'Keynote' };
  const days = new Bot({
    events: [event(DAYS, 'Daysconf 2023', { dates: '2023-09-12..2023-09-13' })],
    talks: [
      talk(DAYS, 'k1', 'Welcome to the fjord', 'Opening', { ...d1, ...keynote }),
      talk(DAYS, 'a', 'Queues', 'Outbox', d1),
      talk(DAYS, 'b', 'Caches', 'Keys', d1),
      talk(DAYS, 'k2', 'Burnout is an outage', 'Rest', { ...d2, ...keynote }),
      talk(DAYS, 'c', 'Flags', 'Switches', d2),
      talk(DAYS, 'd', 'Types', 'Mypy', d2),
      talk(DAYS, 'k3', 'The boring budget', 'Tokens', { ...d2, ...keynote }),
    ],
  });

  it('does not call the keynote that opened day 2 a closing keynote', () => {
    const found = ids(days.ask('closing keynotes'));
    expect(found).toContain('k3');
    expect(found).not.toContain('k2');
  });
});

describe('whether talks are online, and whom they are for', () => {
  const ONLINE = 'onlineconf-2024';
  const online = new Bot({
    events: [event(ONLINE, 'Onlineconf 2024')],
    talks: [
      talk(ONLINE, 'kafka-video', 'Kafka for small teams', 'One broker', {
        links: [{ kind: 'video', text: 'Video', url: 'https://example.org/kafka' }],
      }),
      talk(ONLINE, 'kafka-plain', 'Kafka Streams state', 'RocksDB', {}),
      talk(ONLINE, 'yet', 'Not online yet: offline-first apps', 'Sync later', {}),
    ],
  });

  it('reads "are the kafka talks online?" as the Kafka talks with a video', () => {
    const answer = online.ask('are the kafka talks online?');
    expect(ids(answer)).toEqual(['kafka-video']);
  });

  it('says the notes do not tell whom a talk is for, for "people who just became …"', () => {
    const answer = online.ask('kafka talks for people who just became team leads');
    expect(answer.kind === 'talks' && answer.scope.unknown).toBe('audience');
  });
});

describe('a subject the notes never name, by the tools its talks name', () => {
  const TOOLS = 'toolsconf-2024';
  const tools = new Bot({
    events: [event(TOOLS, 'Toolsconf 2024')],
    talks: [
      talk(TOOLS, 'kyverno', 'Multi-tenant clusters', 'Kyverno policies per namespace', {}),
      talk(
        TOOLS,
        'memory',
        'Memory safety is a policy question',
        'Rewrite the code that parses',
        {},
      ),
    ],
  });

  it('finds the Kyverno talk for "policy as code", not a talk with "policy" and "code"', () => {
    expect(ids(tools.ask('policy as code'))).toEqual(['kyverno']);
  });
});

describe('a short form whose long form is two words', () => {
  const DX = 'harbourday-2024';
  const dx = new Bot({
    events: [event(DX, 'Harbourday 2024')],
    talks: [
      talk(DX, 'survey', 'The DX survey we ran twice', 'Response rates', {}),
      talk(DX, 'keynote', 'Paved roads', 'Developer experience is measured, not felt', {}),
      talk(DX, 'other', 'Queues', 'Outbox', {}),
    ],
  });

  it('lists the talks that write out "developer experience" after those that say DX', () => {
    expect(ids(dx.ask('DX talks?'))).toEqual(['survey', 'keynote']);
  });
});

describe('a question no talk matches, with one word no talk has', () => {
  const E = 'eitherconf-2024';
  const bot = new Bot({
    events: [event(E, 'Eitherconf 2024')],
    talks: [
      talk(E, 'loom', 'Virtual threads are coming', 'Pinning; carrier threads; Loom', {}),
      talk(E, 'coroutines', 'Coroutines for Java developers', 'Suspend functions', {}),
      talk(E, 'flutter', 'Flutter in a bank', 'Widgets; hot reload', {}),
    ],
  });

  it('says that word, however long the question', () => {
    for (const asked of [
      'was there a talk on fairness pinning and suspend widgets',
      'what did they say on fairness, pinning, suspend and widgets',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('none');
      expect(answer.kind === 'none' && answer.unmatched, asked).toEqual(['fairness']);
    }
  });
});
