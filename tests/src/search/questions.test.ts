import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { shippedBot } from '../../helpers.ts';
import { FIXTURE_CHAT, SHAPES_CHAT, SHIPPED_CHAT } from './chat-table.ts';
import { type Expected, FIXTURE, SHIPPED } from './question-table.ts';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/relevance', import.meta.url));
const SHAPES_DIR = fileURLToPath(new URL('../../fixtures/shapes', import.meta.url));
/** The share of the table that must be answered as written; every off-topic question must be none. */
const BAR = 0.95;

/** Why an answer misses what the table expects, or undefined when it is right. */
function miss(answer: Answer, expected: Expected): string | undefined {
  if (expected === 'none')
    return answer.kind === 'none' ? undefined : `expected none, got ${describeAnswer(answer)}`;
  if (typeof expected === 'object' && 'kind' in expected)
    return answer.kind === expected.kind
      ? undefined
      : `expected ${expected.kind}, got ${describeAnswer(answer)}`;
  const want = typeof expected === 'string' ? { first: expected } : expected;
  const first =
    answer.kind === 'talks'
      ? answer.hits[0]?.id
      : answer.kind === 'talk'
        ? answer.talk.id
        : undefined;
  if (first === undefined) return `expected talks, got ${describeAnswer(answer)}`;
  if (want.first && first !== want.first) return `first is ${first}, not ${want.first}`;
  if (answer.kind !== 'talks') return want.scope || want.total ? 'expected a list' : undefined;
  if (want.scope && answer.scope.kind !== want.scope) return `scope ${answer.scope.kind}`;
  if (want.focus && answer.focus !== want.focus) return `focus ${answer.focus}`;
  if (want.total !== undefined && answer.total !== want.total) return `total ${answer.total}`;
  if (want.corrected && !(answer.scope.kind === 'search' && answer.scope.correctedFrom))
    return 'not marked as corrected';
  return undefined;
}

function describeAnswer(answer: Answer): string {
  if (answer.kind === 'talks') return `talks [${answer.hits.map((h) => h.id).join(', ')}]`;
  if (answer.kind === 'talk') return `talk ${answer.talk.id}`;
  return answer.kind;
}

let shipped: Bot;
let fixture: Bot;
let shapes: Bot;
beforeAll(async () => {
  shapes = new Bot((await loadContent(SHAPES_DIR)).library);
  shipped = await shippedBot();
  const content = await loadContent(FIXTURE_DIR);
  if (content.problems.length > 0) throw new Error(JSON.stringify(content.problems));
  // The fixture's own `synonyms:` as the front matter gives them (read here too, should the
  // parser not read them yet), and one author synonym from a content/synonyms.yaml.
  for (const event of content.library.events)
    event.synonyms ??= { 'golden path': ['paved road'], 'on-call': ['pager duty', 'pager'] };
  content.library.synonyms = { ...content.library.synonyms, incident: ['outage'] };
  fixture = new Bot(content.library);
  // Three libraries parsed, one of ~100 files: on a busy 2-core machine that took over 20 s.
}, 60_000);

describe('the question table', () => {
  it('answers nearly every question of the table as expected, and every off-topic one with none', () => {
    const rows = [
      ...SHIPPED.map(([q, e]) => ({ bot: shipped, corpus: 'shipped', q, e })),
      ...FIXTURE.map(([q, e]) => ({ bot: fixture, corpus: 'fixture', q, e })),
      ...SHIPPED_CHAT.map(([q, e]) => ({ bot: shipped, corpus: 'shipped, chat', q, e })),
      ...FIXTURE_CHAT.map(([q, e]) => ({ bot: fixture, corpus: 'fixture, chat', q, e })),
      ...SHAPES_CHAT.map(([q, e]) => ({ bot: shapes, corpus: 'shapes, chat', q, e })),
    ];
    const misses = rows
      .map(({ bot, corpus, q, e }) => ({ corpus, q, e, why: miss(bot.ask(q), e) }))
      .filter((row) => row.why !== undefined);
    const score = rows.length - misses.length;
    console.log(`relevance: ${score}/${rows.length}`);
    for (const m of misses) console.log(`  miss (${m.corpus}) "${m.q}": ${m.why}`);
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(misses.filter((m) => m.e === 'none')).toEqual([]);
    expect(score / rows.length).toBeGreaterThanOrEqual(BAR);
  });

  it('reads author synonyms from content/synonyms.yaml as well as from the front matter', () => {
    const answer = fixture.ask('outage');
    expect(miss(answer, 'what-nobody-tells-you-about-on-call')).toBeUndefined();
  });
});
