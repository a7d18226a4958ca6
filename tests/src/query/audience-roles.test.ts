import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * "Talks for people who just became tech leads": a role no talk names is whom the talks would
 * be for, which the notes never record. Said so, not a plain "no match"; what else the question
 * names (an event, a subject) still finds its talks.
 */

const BRIM = 'brimconf-2024';
const SKAR = 'skarconf-2025';
const bot = new Bot({
  events: [event(BRIM, 'Brimconf 2024'), event(SKAR, 'Skarconf 2025')],
  talks: [
    talk(BRIM, 'oncall', 'On-call without burnout', 'Rotations; paging budgets'),
    talk(BRIM, 'managers', 'Managers who still code', 'Engineering managers; one afternoon a week'),
    talk(BRIM, 'mesh', 'Microservices, slowly', 'Start with a monolith; split by team'),
    talk(SKAR, 'types', 'Gradual typing', 'Type hints; checkers in CI'),
  ],
});
const none = (answer: Answer) => (answer.kind === 'none' ? answer : undefined);

describe('whom a talk is for, named by a role', () => {
  it('says the notes do not tell whom a talk is for, for a role no talk names', () => {
    for (const question of [
      'talks for people who just became tech leads',
      'talks for new tech leads',
    ])
      expect(none(bot.ask(question))?.unknown).toBe('audience');
  });

  it("lists an event's talks for a role no talk names, saying so", () => {
    const answer = bot.ask('talks for people who just became tech leads at brimconf');
    expect(ids(answer).sort()).toEqual(['managers', 'mesh', 'oncall']);
    expect(scope(answer)?.unknown).toBe('audience');
  });

  it('still finds the talks that name the role', () => {
    const answer = bot.ask('talks for people who just became managers');
    expect(ids(answer)).toEqual(['managers']);
    expect(scope(answer)?.unknown).toBe('audience');
  });

  it('keeps a plain "no match" for a subject no talk has', () => {
    const answer = none(bot.ask('talks for people who are new to blockchain'));
    expect(answer).toBeDefined();
    expect(answer?.unknown).toBeUndefined();
  });
});
