import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/**
 * A word in -ism or -ic is not the shorter word the stemmer leaves of it: "organic" is no organ
 * donation, "socialism" no social rules, "atomic" no Atom editor; its own forms stay one word,
 * and an adjective of a long word ("algorithmic") is still that word's.
 */
const bot = new Bot({
  events: [event('ev', 'DevHarbor 2024')],
  talks: [
    talk('ev', 'donor', 'Organ donation matching at scale', ['Matching donors and organs']),
    talk('ev', 'rules', 'Social rules for remote teams', ['No feigned surprise']),
    talk('ev', 'editor', 'Why we left the Atom editor', ['Plugins and packages']),
    talk('ev', 'farm', 'Software for organic farms', ['Growing organically with sensors']),
    talk('ev', 'commits', 'Atomic commits in monorepos', ['Atomicity across services']),
    talk('ev', 'algo', 'Algorithms for ranking', ['Sorting fast']),
  ],
});

const found = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id).sort() : answer.kind;
};

describe('a word in -ism or -ic is not the shorter word inside it', () => {
  it.each([
    ['organism', 'none'],
    ['socialism', 'none'],
    ['anything on organisms?', 'none'],
    ['journalism', 'none'],
  ])('"%s" finds no talk that only says the shorter word', (question, kind) => {
    expect(found(question)).toBe(kind);
  });

  it.each([
    ['organic', ['farm']],
    ['organically grown', ['farm']],
    ['organ', ['donor']],
    ['atomic', ['commits']],
    ['atomicity', ['commits']],
    ['atom editor', ['editor']],
    ['social', ['rules']],
    ['algorithmic ranking', ['algo']],
  ])('"%s" finds the talks of that word and its forms', (question, ids) => {
    expect(found(question)).toEqual(ids);
  });
});
