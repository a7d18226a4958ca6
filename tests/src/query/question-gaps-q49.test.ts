import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { ids } from './library-fixture.ts';
import { q49Library } from './q49-fixture.ts';

/** Questions asked the way people ask them in a chat after a conference (round q49). */

const bot = new Bot(q49Library);
const sorted = (asked: string) => [...ids(bot.ask(asked))].sort();

describe('a word in -isational as the other English spelling writes it', () => {
  it.each([
    ['organisational', ['lakes', 'ownership']],
    ['organizational', ['lakes', 'ownership']],
    ['organisational design', ['ownership']],
  ])('"%s" finds the talks of either spelling', (asked, found) => {
    expect(sorted(asked)).toEqual(found);
  });

  it('finds the one spelling the notes have', () => {
    const one = new Bot({
      events: q49Library.events,
      talks: q49Library.talks.filter((talk) => talk.id !== 'ownership'),
    });
    expect(ids(one.ask('organisational'))).toEqual(['lakes']);
    expect(ids(one.ask('organisational buy-in'))).toEqual(['lakes']);
    expect(ids(one.ask('anything on organisational stuff?'))).toEqual(['lakes']);
  });
});
