import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** Questions asked in sentences over several events of invented notes. */
const reactive = parseNotes(
  readFileSync(new URL('../../fixtures/shapes/outliner-page.md', import.meta.url), 'utf8'),
  'reactive.md',
  'reactive',
);
// Another event whose notes use "reactive" and "conf" together: "reactiveconf" could be read as
// those two words.
const other = parseNotes(
  [
    '# StreamDays 2024',
    '',
    '## Reactive streams at conf scale — Ida Brandt',
    '',
    'Backpressure for every conf badge scanner. Accessibility of the badge app came last.',
    '',
    '## Observability budgets — Omar Said',
    '',
    'Spend on traces, not on logs.',
    '',
    '## Observability for data pipelines — Ruth Ekwueme',
    '',
    'Freshness is the first signal.',
  ].join('\n'),
  'streams.md',
  'streams',
);
const bot = new Bot({
  events: [reactive.event, other.event],
  talks: [...reactive.talks, ...other.talks],
});
const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : answer.kind;

describe('questions in sentences', () => {
  it('reads an event named in one word as that event, not as two words of the notes', () => {
    expect(titles(bot.ask('anything on accessibility at reactiveconf?'))).toEqual([
      'Accessibility is not a checklist',
    ]);
  });

  it('searches what is to be compared, not the word "compare"', () => {
    expect(titles(bot.ask('compare the talks on observability'))).toEqual([
      'Observability budgets',
      'Observability for data pipelines',
    ]);
  });
});

describe('a year in a question', () => {
  const devdays = parseNotes(
    [
      '# DevDays Lyon 2024',
      '',
      '## Kubernetes in 2025 — Paul Girard',
      '',
      'What the next releases will bring.',
      '',
      '## Rust at the edge — Anna Roux',
      '',
      'Wasm modules on every point of presence.',
    ].join('\n'),
    'devdays.md',
    'devdays',
  );
  const rustfest = parseNotes(
    '# RustFest Oslo 2025\n\n## Async Rust without tears by Mia Holt\n\nPin is a promise.\n',
    'rustfest.md',
    'rustfest',
  );
  const years = new Bot({
    events: [devdays.event, rustfest.event],
    talks: [...devdays.talks, ...rustfest.talks],
  });

  it('names the events of that year, even when a talk of another year has it in its title', () => {
    expect(titles(years.ask('talks from 2025'))).toEqual(['Async Rust without tears']);
    expect(titles(years.ask('rust talks in 2025'))).toEqual(['Async Rust without tears']);
    expect(titles(years.ask('rust talks in 2024'))).toEqual(['Rust at the edge']);
  });

  it('is a word of the notes when no talk of that year has the rest', () => {
    expect(titles(years.ask('kubernetes in 2025'))).toEqual(['Kubernetes in 2025']);
  });
});

describe('asking to learn, or for advice: the asking words are no subject', () => {
  it.each([
    ['what can I learn about observability?'],
    ['teach me about observability'],
    ['any tips for observability?'],
    ['any advice on observability'],
    ['I want to understand observability'],
    ["I'd like to read up on observability"],
    ['help me with observability'],
    ['consejos sobre observability'],
    ['Tipps zu Observability?'],
    ['des conseils sur observability ?'],
    ['consigli per observability?'],
    ['dicas de observability'],
  ])('%s → the observability talks', (question) => {
    const answer = bot.ask(question);
    expect(titles(answer)).toEqual(['Observability budgets', 'Observability for data pipelines']);
    // No "no talk mentions “consejos”" note: the asking words are no words to find.
    expect(
      answer.kind === 'talks' && answer.scope.kind === 'search' && answer.scope.unmatched,
    ).toBeFalsy();
  });
});
