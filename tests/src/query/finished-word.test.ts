import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { notesBot } from './notes-folder.ts';

/**
 * The last word of a question may still be being typed ("kubern" → Kubernetes); a question that
 * ends with its question mark or full stop typed its last word whole: "anything about react?" is
 * not a question about "reactivity".
 */
const FILES: Record<string, string> = {
  'vueconf-2023.md': [
    '# VueConf 2023',
    '',
    '## Reactivity in depth by Ann Lee',
    '',
    '- Signals and proxies; how the reactivity system tracks what a component reads.',
    '',
    '## Server components by Bob Kay',
    '',
    '- Streaming HTML from the server, with Kubernetes autoscaling the render pods.',
    '',
  ].join('\n'),
};

let bot: Bot;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'finished-word'));
});
afterAll(() => remove());

const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [answer.kind];

describe('a last word typed whole', () => {
  it('finds no longer word for a word ended by a question mark or a full stop', () => {
    for (const asked of ['anything about react?', 'talks on react.', 'react？'])
      expect(titles(bot.ask(asked)), asked).toEqual(['none']);
  });

  it('still reads a last word without one as maybe unfinished', () => {
    expect(titles(bot.ask('anything on reac'))).toEqual(['Reactivity in depth']);
    expect(titles(bot.ask('autoscaling kubern'))).toEqual(['Server components']);
  });

  it('still finds the word itself with its question mark', () => {
    expect(titles(bot.ask('anything about reactivity?'))).toEqual(['Reactivity in depth']);
  });
});
