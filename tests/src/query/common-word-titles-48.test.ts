import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk, video } from './library-fixture.ts';

/**
 * Talks titled with common words alone ("Nothing Is Something", "It Is What It Is"), asked for by
 * title inside a question. Typed alone the title found its talk; asked "who gave …" or "the video
 * of …" it was read as no subject at all: "who gave …" asked which talk was meant, "who presented
 * …" listed every speaker, and "the video of …" listed every talk with a video. Invented notes.
 */
const bot = new Bot({
  events: [event('harbourconf-2031', 'HarbourConf 2031')],
  talks: [
    talk('harbourconf-2031', 'nothing', 'Nothing Is Something', 'null objects; composition', {
      speakers: [{ name: 'Ada Lund' }],
      links: [video('https://videos.example/nothing')],
    }),
    talk('harbourconf-2031', 'what-it-is', 'It Is What It Is', 'accepting legacy code', {
      speakers: [{ name: 'Ola Brandt' }],
    }),
    talk('harbourconf-2031', 'tides', 'Tide tables in SQLite', 'a year of tides in 40 KB', {
      speakers: [{ name: 'Marta Kowalczyk' }],
      links: [video('https://videos.example/tides')],
    }),
    talk('harbourconf-2031', 'why-not', 'Why Not', 'a talk of questions', {
      speakers: [{ name: 'Jonas Berg' }],
    }),
  ],
});

describe('a title of common words asked for inside a question', () => {
  it.each([
    ['who gave nothing is something?', 'nothing'],
    ['who presented nothing is something', 'nothing'],
    ['who gave the talk it is what it is', 'what-it-is'],
    ['the video of nothing is something', 'nothing'],
    ['video for the talk nothing is something', 'nothing'],
    ['slides for it is what it is', 'what-it-is'],
  ])('"%s" is that talk', (asked, id) => {
    expect(ids(bot.ask(asked))).toEqual([id]);
  });

  it('says the talk has no slides where it has none, rather than listing the talks that do', () => {
    expect(said(bot.ask('slides for it is what it is'))).not.toMatch(/talks with slides/);
  });

  it('still asks which talk, or lists every speaker, where no title is said', () => {
    expect(bot.ask('who gave it?')).toMatchObject({ kind: 'none', reason: 'which-talk' });
    expect(bot.ask('who presented?')).toMatchObject({ kind: 'talks', total: 4 });
    expect(ids(bot.ask('the videos'))).toEqual(['nothing', 'tides']);
  });

  it('takes no two-word title of common words from a longer question ("so why not")', () => {
    expect(ids(bot.ask('so why not'))).not.toEqual(['why-not']);
  });
});
