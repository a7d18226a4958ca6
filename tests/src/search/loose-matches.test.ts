import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library, Talk } from '../../../src/model.ts';
import { termOf } from '../../../src/search/analyze.ts';
import { talk as talkOf } from './subject-fixture.ts';

/** A talk of the one invented event, "conf". */
const talk = (id: string, title: string, notes: string[], extra: Partial<Talk> = {}): Talk =>
  talkOf('conf', id, title, notes, extra);

/** Talks whose words are near other words: the loose readings a question must not take. */
const library: Library = {
  events: [{ id: 'conf', name: 'Conf', tags: [], topics: [], file: 'conf.md' }],
  talks: [
    talk('web', 'The web is fast again', [
      'Server components, streaming HTML and edge rendering; ship less JavaScript',
      'Edge compatible runtimes everywhere',
    ]),
    talk('rust', 'Rust for JavaScript developers', [
      'Ownership explained with JavaScript examples',
    ]),
    talk('iac', 'Implementing infrastructure', ['Modules and tests', 'Docs at https://terra.io']),
    talk('a11y', 'Accessibility is not optional', ['Semantic HTML first, ARIA last']),
    talk('secrets', 'Secret management', [
      'Security: access control and access keys for every service',
    ]),
    talk('oncall', 'On-call without burnout', ['Page on symptoms, not causes']),
    talk('llm', 'Guardrails for LLM applications', ['Use scoped tool calls, never credentials']),
    talk('flaky', 'Flaky tests are a product problem', ['Quarantine flaky tests, track them']),
    talk('ops', 'Operators in production', [
      'Writing a Kubernetes operator in Go with kubebuilder',
    ]),
    talk('travel', 'Going places', ['We go to the park and go home']),
    talk('logs', 'Logs are not enough', ['Observability lets you ask why'], {
      topic: 'Observability',
    }),
    talk('tool', 'Think before you tool', ['Monitoring dashboards nobody reads']),
    talk('lake', 'Building a lakehouse with Apache Iceberg', ['Iceberg tables on S3']),
    talk('pg', 'Postgres is all you need', ['One boring database beats five exciting ones']),
    talk('contract', 'Contract testing with Pact', ['Replace brittle end-to-end tests']),
  ],
};

const bot = new Bot(library);
const ids = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};

describe('no loose reading of a whole word', () => {
  it.each([
    // a word typed in full is not the beginning of a longer word, nor a shorter word's plural
    ['java', 'none'],
    ['ios', 'none'],
    // "computing" is a word, not a slip of "compatible" (their stems are a vowel apart)
    ['quantum computing', 'none'],
    // "serverless" is not "server" and "less", which one talk has apart
    ['serverless', 'none'],
  ])('"%s" finds nothing rather than a near word', (question, expected) => {
    expect(ids(question)).toEqual(expected);
  });

  it('suggests no word that only shares a stem or adds a first letter', () => {
    const answer = bot.ask('quantum computing');
    expect(answer.kind === 'none' && answer.suggestions).not.toContain('compatible');
  });

  it('keeps a word with a long derivational ending apart from its root', () => {
    // "accessibility" is not the "access" of access keys, nor "generative" "general"
    expect(ids('accessibility')).toEqual(['a11y']);
    expect(ids('a11y')).toEqual(['a11y']);
    expect(termOf('accessibilities')).toBe(termOf('accessibility'));
    expect(termOf('generative')).not.toBe(termOf('general'));
    expect(termOf('engineering')).toBe(termOf('engineers'));
  });

  it('reads a hyphenated word as one: "on-call" is not the "calls" of tool calls', () => {
    for (const question of ['on-call', 'oncall', 'on call'])
      expect(ids(question)).toEqual(['oncall']);
  });
});

describe('a clear slip of a short word', () => {
  it('corrects a four-letter word missing a letter or with two swapped', () => {
    expect(ids('flaky tets')).toEqual(['flaky']);
    const answer = bot.ask('flaky tets');
    expect(answer.kind === 'talks' && answer.scope).toMatchObject({ correctedFrom: 'flaky tets' });
  });
});

describe('words of the field by other names', () => {
  it('reads Go as the language where the question says so, not the verb', () => {
    for (const question of ['golang', 'Go programming', 'anything in Go?', 'go'])
      expect(ids(question)).toEqual(['ops']);
  });

  it('finds the observability talks for monitoring, after the monitoring one', () => {
    expect(ids('monitoring')).toEqual(['tool', 'logs']);
  });

  it('reads data lake as lakehouse and e2e as end-to-end', () => {
    expect(ids('data lake')).toEqual(['lake']);
    expect(ids('e2e tests')[0]).toBe('contract');
  });
});

describe('questions in other languages', () => {
  it.each([
    '有关于Kubernetes的演讲吗？',
    'Kubernetesについてのトークはありますか',
    'есть доклады про kubernetes?',
    '쿠버네티스 발표 있어?',
  ])('"%s" is searched by its Kubernetes', (question) => {
    expect(ids(question)).toEqual(['ops']);
  });

  it('reads security and databases in Portuguese, Spanish and German', () => {
    expect(ids('tem alguma palestra sobre segurança?')).toEqual(['secrets']);
    expect(ids('gibt es einen Vortrag zu Sicherheit?')).toEqual(['secrets']);
    expect(ids('¿hay alguna charla sobre bases de datos?')).toEqual(['pg']);
  });
});

describe("French notes' “j'ai” (I have)", () => {
  it('is no “AI”: an AI question finds the AI talk, not every French talk', () => {
    const french = new Bot({
      events: library.events,
      talks: [
        talk('agents', 'AI agents in production', ['Evaluate every tool call']),
        talk('rust-fr', 'Rust pour les développeurs Java', [
          "J'ai découvert l'ownership, j’ai aimé les exemples",
          "J'AI tout noté",
        ]),
      ],
    });
    const found = french.ask('ai');
    expect(found.kind === 'talks' && found.hits.map((hit) => hit.id)).toEqual(['agents']);
    // "l'ownership" is still the word "ownership".
    const owner = french.ask('ownership');
    expect(owner.kind === 'talks' && owner.hits.map((hit) => hit.id)).toEqual(['rust-fr']);
  });
});
