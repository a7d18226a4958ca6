import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { liveOver, notesBot } from './notes-folder.ts';

/**
 * "Is there a recording?", "any video?", "are there slides?" typed right after an answer about
 * one talk (opened, or the only talk of a list): that talk's link, not every talk with one. Notes
 * of our own, loaded as the bot loads them.
 */

const FILES: Record<string, string> = {
  'tidecon-2021.md': [
    '# TideCon 2021',
    '',
    '### Loom: threads for everyone by Ada Rye (Weavely)',
    '',
    '- Virtual threads without callbacks',
    '- [Video](https://example.org/loom-video)',
    '',
    '### Kelp: a tiny message bus by Bo Sand (Seaworthy)',
    '',
    '- One binary, no broker',
    '- [Slides](https://example.org/kelp-slides.pdf)',
    '- [Video](https://example.org/kelp-video)',
    '',
    '### Reef: caching at the edge by Kim Dale (Coral)',
    '',
    '- Stale while revalidate, everywhere',
    '',
    '### Shoal: caching for mobile apps by Lu Fenn (Coral)',
    '',
    '- Offline first, then sync',
    '- [Slides](https://example.org/shoal-slides.pdf)',
    '',
  ].join('\n'),
};

let bot: Bot;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'one-talk-links'));
});
afterAll(() => remove());

const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };
const titleOf = (answer: Answer) => (answer.kind === 'talk' ? answer.talk.title : answer.kind);
const focusOf = (answer: Answer) => (answer.kind === 'talk' ? answer.focus : undefined);

describe('a link asked for as a question after one talk', () => {
  it("is the one talk listed's link", async () => {
    for (const [asked, focus] of [
      ['is there a recording?', 'video'],
      ['any video?', 'video'],
      ['any videos?', 'video'],
      ['are there slides?', 'slides'],
      ['do you have the slides for it', 'slides'],
    ] as const) {
      const chat = liveOver(bot);
      const listed = await chat.ask('the reef talk', alice);
      expect(listed.kind === 'talks' && listed.total).toBe(1);
      const answer = await chat.ask(asked, alice);
      expect(titleOf(answer), asked).toBe('Reef: caching at the edge');
      expect(focusOf(answer), asked).toBe(focus);
      expect(answer.kind === 'talk' && answer.followUp, asked).toMatchObject({ position: 1 });
      await chat.close();
    }
  });

  it("is the opened talk's link", async () => {
    const chat = liveOver(bot);
    await chat.ask('talks at tidecon', alice);
    await chat.ask('the second one', alice);
    expect(titleOf(await chat.ask('is there a video?', alice))).toBe('Kelp: a tiny message bus');
    await chat.close();
  });

  it('after a list of several, still lists the talks with one', async () => {
    const chat = liveOver(bot);
    await chat.ask('talks at tidecon', alice);
    const answer = await chat.ask('any video?', alice);
    expect(answer.kind).toBe('talks');
    await chat.close();
  });

  it('asked for as several after a list of several, none opened, is the talks listed with theirs', async () => {
    const chat = liveOver(bot);
    const listed = await chat.ask('who spoke about caching', alice);
    const titles = (answer: Answer) =>
      answer.kind === 'talks' ? answer.hits.map((hit) => hit.title).sort() : [];
    expect(titles(listed)).toEqual(['Reef: caching at the edge', 'Shoal: caching for mobile apps']);
    for (const [asked, focus, change] of [
      ['any videos?', 'video', 'videos first'],
      ['and the links?', 'links', 'links first'],
      ['any decks?', 'slides', 'slides first'],
    ] as const) {
      const answer = await chat.ask(asked, alice);
      // The two talks again, not the first alone, nor Kelp, which has slides and a video.
      expect(titles(answer), asked).toEqual(titles(listed));
      expect(answer.kind === 'talks' && answer.focus, asked).toBe(focus);
      expect(answer.kind === 'talks' && answer.followUp, asked).toMatchObject({ change });
    }
    await chat.close();
  });
});
