import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from '../query/library-fixture.ts';

/**
 * "c talks", "c++ talks", "c# talks" listed every talk: the letter alone was no word to search
 * (an Italian "c'"), and the notes' "C++" and "C#" were only a "c". Invented talks.
 */
const E = 'langconf-2033';
const bot = new Bot({
  events: [event(E, 'LangConf 2033')],
  talks: [
    talk(E, 'modern-c', 'Modern C in 2033', 'safer strings; bounds checks'),
    talk(E, 'cpp', 'Ranges and views', 'C++ concepts; lazy pipelines'),
    talk(E, 'cs', 'Source generators', 'written in C# with Roslyn'),
    talk(E, 'plan', 'Plan C for outages', 'a plan B and C; on-call runbooks'),
    talk(E, 'r', 'R for newsrooms', 'charts for journalists'),
  ],
});
const only = new Bot({
  events: [event(E, 'LangConf 2033')],
  talks: [talk(E, 'plan', 'Plan C for outages', 'a plan B and C; on-call runbooks')],
});

describe('C, C++ and C#, the languages', () => {
  it.each([
    ['c talks', 'modern-c'],
    ['talks in c', 'modern-c'],
    ['anything on c?', 'modern-c'],
    ['c++ talks', 'cpp'],
    ['any c# talks?', 'cs'],
  ])('"%s" finds the talk on the language', (asked, id) => {
    expect(ids(bot.ask(asked))).toEqual([id]);
  });

  it('"plan c" still finds the talk titled so', () => {
    expect(ids(bot.ask('plan c'))).toEqual(['plan']);
  });

  it('"Plan C" and "plan B and C" are no C talk, said as typed', () => {
    expect(said(only.ask('c talks'))).toContain('no talk mentions “C”');
  });
});
