import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { ids, said } from './library-fixture.ts';
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

describe('"watch first" in a message that tells a story', () => {
  const starters = (asked: string) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('talks');
    return answer.kind === 'talks' ? answer.scope : undefined;
  };

  it.each([
    "I was at the conference but I missed a lot, honestly I don't know where to begin so what should I watch first? thanks so much",
    'I was there for a day only, what should I watch first?',
    "honestly I don't know where to begin",
  ])('"%s" offers a way in, never the talk titled "First …"', (asked) => {
    expect(ids(bot.ask(asked))).not.toEqual(['first', 'culture']);
    expect(starters(asked)).toMatchObject({ kind: 'list', sampled: true, unknown: 'ratings' });
  });

  it('keeps to the event the story names', () => {
    const asked =
      "hey! couldn't make it to harbourdev because of a family thing, which talks should I watch first?";
    expect(starters(asked)).toMatchObject({ event: 'harbourdev-2025', sampled: true });
  });

  it('says a subject the question names is missing, rather than the talks that say "first"', () => {
    const answer = bot.ask(
      'which quantum computing talk should I watch first, I missed the whole thing',
    );
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain('no talk mentions “quantum computing”');
  });
});
