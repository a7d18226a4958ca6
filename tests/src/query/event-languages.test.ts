import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { notesBot } from './notes-folder.ts';

/**
 * The events listed each say the language of their notes only where that tells the asker
 * something: a list of posts all in English does not say "notes in English" under every one,
 * unless the question asks which languages the notes are in. Invented notes.
 */
const post = (title: string, talk: string, speaker: string) =>
  [`# ${title}`, '', `## ${talk} by ${speaker}`, '', '- The first point of the talk', ''].join(
    '\n',
  );

const FILES: Record<string, string> = {
  'harborcon-2024.md': post('HarborCon 2024', 'Queues at the edge', 'Ines Varga'),
  'stackfjord-2022.md': post('StackFjord 2022', 'Ten years of Postgres', 'Tomas Berg'),
};

let bot: Bot;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'event-languages'));
});
afterAll(() => remove());

const languagesOf = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((one) => one.language ?? '-') : [answer.kind];

describe('the events of notes all in one language', () => {
  it('do not each say that language when listed or asked about', () => {
    expect(languagesOf(bot.ask('which events do you know?'))).toEqual(['-', '-']);
    expect(languagesOf(bot.ask('when was harborcon?'))).toEqual(['-']);
  });

  it('each say it when the languages of the notes are asked for', () => {
    expect(languagesOf(bot.ask('which languages are the notes in?'))).toEqual([
      'English',
      'English',
    ]);
    expect(languagesOf(bot.ask('what language are the harborcon notes in?'))).toEqual(['English']);
    const german = bot.ask('are there notes in German?');
    expect(german).toMatchObject({ kind: 'events', noNotesIn: 'German' });
    expect(languagesOf(german)).toEqual(['English', 'English']);
  });
});
