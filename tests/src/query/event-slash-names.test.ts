import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { notesBot } from './notes-folder.ts';

/**
 * An event whose name parts letters with a slash ("Harbor I/O 2021", as Google's is written),
 * asked as people type it: "harbor io", "harbor i/o", "io 2021". Invented notes; two other
 * events' talks say "Harbor" too, so that word alone is a subject, not the event.
 */
let bot: Bot;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ bot, remove } = await notesBot(
    {
      'harbor-io.md': [
        '# Harbor I/O 2021に参加しました',
        '',
        '## Building apps with Compose — Ana Lobo',
        '',
        'Compose の紹介。',
        '',
        '## Coroutines in practice — Rui Costa',
        '',
        'Flow と StateFlow の話。',
      ].join('\n'),
      'kite.md': [
        '# Kite Summit 2021',
        '',
        '## Harbor cranes as a service — Mia Berg',
        '',
        'Harbor automation, by the harbor team.',
        '',
        '## Queues at the edge — Ola Nordmann',
        '',
        'Not about harbors at all.',
      ].join('\n'),
      'fjord.md': [
        '# Fjord Days 2021',
        '',
        '## Harbor maps for ships — Kari Holm',
        '',
        'Harbor charts, harbor depths.',
      ].join('\n'),
    },
    'slash-names',
  ));
});
afterAll(() => remove());

const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title).sort() : [];

describe('an event named with a slash', () => {
  it.each(['harbor io', 'harbor i/o', 'talks at harbor i/o', 'io 2021'])(
    '"%s" is that event’s talks',
    (asked) => {
      expect(titles(bot.ask(asked))).toEqual([
        'Building apps with Compose',
        'Coroutines in practice',
      ]);
    },
  );

  it('names the event without the post’s Japanese words', () => {
    const answer = bot.ask('harbor io');
    expect(answer.kind === 'talks' && answer.hits[0]?.eventName).toBe('Harbor I/O 2021');
  });
});
