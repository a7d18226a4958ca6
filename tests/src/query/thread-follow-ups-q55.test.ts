import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';

/**
 * Follow-ups in a Slack thread about the talk just answered, over notes of one event (whose
 * lists are all of that event) with a talk titled with common words; invented.
 */
const bot = new Bot({
  events: [event('kelp-2024', 'Kelp Summit 2024')],
  talks: [
    talk('kelp-2024', 'streams', 'Streams without tears', 'backpressure; a part on retries', {
      speakers: [{ name: 'Tor Vik' }],
      day: 'Day 1',
    }),
    talk('kelp-2024', 'tide', 'Tide tables', 'the part of the code that is old', {
      speakers: [{ name: 'Ola Berg' }],
      day: 'Day 2',
    }),
    talk('kelp-2024', 'best', 'The Best Part', 'endings of projects', {
      speakers: [{ name: 'Ada Brun' }],
      day: 'Day 2',
    }),
    talk('kelp-2024', 'crowd', "What's All Day Kelp?", 'a day of kelp', { day: 'Day 1' }),
  ],
});

let chat: ReturnType<typeof chatIn> | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const talkOf = (answer: Answer) => (answer.kind === 'talk' ? answer.talk.id : answer.kind);

describe('a follow-up about the talk just answered', () => {
  it.each([
    'was it any good?',
    'was it great?',
    'is that session worth watching?',
    'what was the best part?',
    'what was the best part of it',
    'what was the key takeaway',
    'key takeaway?',
    'can you summarize it',
  ])('"%s" is about that talk, never a list of the event or another talk', async (asked) => {
    chat = chatIn(bot, 'C-thread');
    await chat.ask('tell me about the streams talk');
    expect(talkOf(await chat.ask(asked))).toBe('streams');
  });
});

describe('the same asked with no earlier answer', () => {
  const untitled = new Bot({
    events: [event('kelp-2024', 'Kelp Summit 2024')],
    talks: [
      talk('kelp-2024', 'tide', 'Tide tables', 'the part of the code that is old'),
      talk('kelp-2024', 'streams', 'Streams without tears', 'the best part was retries'),
    ],
  });

  it.each(['was it any good?', 'what was the best part?', 'is it worth watching?'])(
    '"%s" asks which talk, never lists talks saying "part"',
    (asked) => {
      expect(untitled.ask(asked)).toMatchObject({ kind: 'none', reason: 'which-talk' });
    },
  );

  it('"what was the best part of the tide talk" is that talk, no question of ratings', () => {
    const answer = untitled.ask('what was the best part of the tide talk');
    expect(ids(answer)[0]).toBe('tide');
    expect(said(answer)).not.toMatch(/rate/);
  });

  it.each(['what were the key takeaways?', 'what was the key takeaway'])(
    '"%s" is the conference\'s talks',
    (asked) => {
      expect(ids(untitled.ask(asked)).sort()).toEqual(['streams', 'tide']);
    },
  );

  it('"the best part", all of a title, is that talk', () => {
    expect(ids(bot.ask('the best part'))[0]).toBe('best');
  });
});

describe('the crowd asked of a part of the schedule', () => {
  it.each(['which day had the most people', 'what room was the most crowded'])(
    '"%s" says the notes do not count people, never talks saying "day"',
    (asked) => {
      expect(bot.ask(asked)).toMatchObject({ kind: 'none', unknown: 'attendance' });
    },
  );
});
