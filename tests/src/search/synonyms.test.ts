import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library, Talk } from '../../../src/model.ts';
import { plausibleTypo } from '../../../src/search/typos.ts';
import { talk as talkOf } from './subject-fixture.ts';

/** A talk of the one invented event, "conf". */
const talk = (id: string, title: string, notes: string[], extra: Partial<Talk> = {}): Talk =>
  talkOf('conf', id, title, notes, extra);

function library(synonyms?: Record<string, string[]>, own?: Record<string, string[]>): Library {
  return {
    events: [
      {
        id: 'conf',
        name: 'Conf',
        tags: [],
        topics: [],
        file: 'conf.md',
        ...(own ? { synonyms: own } : {}),
      },
    ],
    talks: [
      talk('k8s', 'Operators in production', ['Running K8s operators at scale']),
      talk('pg', 'Replicas everywhere', ['PostgreSQL read replicas in many regions']),
      talk('iac', 'Modules', ['Infrastructure as code with Terraform modules']),
      talk('cake', 'Baking for engineers', ['Sourdough starters and patience']),
      talk('wasm', 'Shipping WebAssembly components', ['WASI preview 2 in production']),
      talk('otel', 'Tracing on a budget', ['OpenTelemetry sampling at the collector']),
      talk('coins', 'Cold storage', ['How cryptocurrency keys are sharded']),
    ],
    ...(synonyms ? { synonyms } : {}),
  };
}

const first = (bot: Bot, question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits[0]?.id : answer.kind;
};

describe('synonyms and abbreviations', () => {
  const bot = new Bot(library());

  it.each([
    ['kubernetes', 'k8s'],
    ['k8s', 'k8s'],
    ['postgres', 'pg'],
    ['postgresql', 'pg'],
    ['iac', 'iac'],
    ['infrastructure as code', 'iac'],
    ['who talked about wasm?', 'wasm'],
    ['otel', 'otel'],
    ['anything on bitcoin?', 'coins'],
    ['ethereum', 'coins'],
  ])('the built-in list finds "%s" in %s', (question, id) => {
    expect(first(bot, question)).toBe(id);
  });

  it('applies the synonyms of content/synonyms.yaml and of the front matter, both', () => {
    expect(first(bot, 'bread')).toBe('none');
    const authored = new Bot(library({ bread: ['sourdough'] }, { pastry: ['baking'] }));
    expect(first(authored, 'bread')).toBe('cake');
    expect(first(authored, 'pastry')).toBe('cake');
    // In both directions.
    expect(first(new Bot(library({ sourdough: ['bread'] })), 'bread')).toBe('cake');
  });
});

describe('typos a person makes', () => {
  it.each([
    ['netflx', 'netflix', true],
    ['postgress', 'postgres', true],
    ['cultrue', 'culture', true],
    ['secrwt', 'secret', true],
    ['bread', 'break', false],
    ['event', 'vent', true],
    ['mob', 'rob', false],
  ])('"%s" for "%s": %s', (typed, meant, plausible) => {
    expect(plausibleTypo(typed, meant)).toBe(plausible);
  });
});

describe('titles quoted in a question', () => {
  const talks = [
    talk('tell', 'What they do not tell you about caching', ['Caches go stale']),
    talk('why', 'Why not', ['A talk on saying no to features']),
    talk('other', 'Queues in practice', ['Backpressure and retries']),
  ];
  const bot = new Bot({ events: [], talks });

  it('finds a title of stop words by its words as written', () => {
    expect(first(bot, "what they don't tell you")).toBe('tell');
    expect(first(bot, 'WHAT THEY DO NOT TELL YOU')).toBe('tell');
  });

  it('does not take a short title of question words for a quote', () => {
    expect(first(bot, 'why not kubernetes')).toBe('none');
  });
});

describe('typos two edits apart', () => {
  it.each([
    ['kafak', 'kafka', true],
    ['bread', 'breeds', false],
    ['chaos', 'chains', false],
  ])('"%s" for "%s": %s', (typed, meant, plausible) => {
    expect(plausibleTypo(typed, meant)).toBe(plausible);
  });
});
