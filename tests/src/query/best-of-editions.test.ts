import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { notesBot } from './notes-folder.ts';

/**
 * "Best talks at harbor summit" where the notes hold two editions of Harbor Summit and another
 * conference: the way in is drawn from both editions' talks, never from every talk of the notes.
 * Invented notes.
 */
const edition = (year: number, talks: [string, string][]) =>
  [
    `# Harbor Summit ${year}`,
    '',
    ...talks.flatMap(([title, speaker]) => [
      `## ${title} — ${speaker}`,
      '',
      'Notes on the talk.',
      '',
    ]),
  ].join('\n');

let bot: Bot;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ bot, remove } = await notesBot(
    {
      'harbor-2023.md': edition(2023, [
        ['Tide tables as code', 'Ana Lobo'],
        ['Mooring services', 'Rui Costa'],
      ]),
      'harbor-2024.md': edition(2024, [['Lighthouse observability', 'Mia Berg']]),
      'fjord-days.md': [
        '# Fjord Days 2024',
        '',
        '## Glacier storage tiers — Ola Nordmann',
        '',
        'Cold data.',
        '',
        '## Salmon pipelines — Kari Holm',
        '',
        'Streams.',
      ].join('\n'),
    },
    'best-of-editions',
  ));
});
afterAll(() => remove());

const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title).sort() : [];

describe('the best talks of a conference the notes hold two editions of', () => {
  it.each(['best talks at harbor summit', 'what was the best talk at harbor summit?'])(
    '"%s" offers the talks of both editions only',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer.kind).toBe('talks');
      expect(titles(answer)).toEqual([
        'Lighthouse observability',
        'Mooring services',
        'Tide tables as code',
      ]);
    },
  );

  it('still offers every conference’s talks where none is named', () => {
    const answer = bot.ask('what was the best talk?');
    expect(titles(answer)).toHaveLength(5);
  });
});
