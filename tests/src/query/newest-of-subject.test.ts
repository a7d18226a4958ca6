import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { notesBot } from './notes-folder.ts';

/**
 * "The newest kubernetes talk" where the newest conference is named for the subject
 * (Kubernetes Days): of the talks that say it, not of the conference's every talk.
 */

const FILES: Record<string, string> = {
  'kubernetes-days-2025.md': [
    '# Kubernetes Days 2025',
    '',
    '### Operators without tears by Kim Dale (Dockly)',
    '',
    '- Reconcile loops for Kubernetes controllers',
    '',
    '### Sockets from first principles by Piet Lund (Netly)',
    '',
    '- Duplex streams of bytes, ports and names',
    '',
  ].join('\n'),
  'gridday-2022.md': [
    '# GridDay 2022',
    '',
    '### Kubernetes on the factory floor by Eva Holt (Plantly)',
    '',
    '- Small clusters next to the machines',
    '',
    '### Owning your DNS by Tor Vik (Zonely)',
    '',
    '- Every domain gets an owner',
    '',
  ].join('\n'),
};

let bot: Bot;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'newest-subject'));
});
afterAll(() => remove());

const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [answer.kind];

describe('the newest or oldest talk on a subject', () => {
  it('is of the talks that say the subject, not of an event named for it', () => {
    expect(titles(bot.ask('the newest kubernetes talk'))).toEqual(['Operators without tears']);
    expect(titles(bot.ask('latest talk about kubernetes'))).toEqual(['Operators without tears']);
    expect(titles(bot.ask('the oldest kubernetes talk'))).toEqual([
      'Kubernetes on the factory floor',
    ]);
  });

  it('still answers the newest talk of the event its name asks for', () => {
    expect(titles(bot.ask('the latest talk'))).toEqual(['Sockets from first principles']);
  });
});
