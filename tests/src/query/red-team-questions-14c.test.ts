import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round Q10: a compound typed apart ("front end", "real time") is the word the notes
 * hyphenate ("front-end", "real-time"), never its halves: the "end" of "back-ends" is no match
 * for "front end performance". And "when is the next …" of an event held several times is told
 * the notes say nothing of editions to come, rather than shown the past ones.
 */

const DR = 'driftwood-2023';
const DR2 = 'driftwood-2024';
const bot = new Bot({
  events: [event(DR, 'Driftwood 2023'), event(DR2, 'Driftwood 2024')],
  talks: [
    talk(DR, 'forms', 'Front-end forms that forgive', 'Inline validation; autosave drafts'),
    talk(
      DR,
      'queues',
      'Back-ends that bend, not break',
      'Queues in front of slow services; end-of-day batches',
    ),
    talk(DR2, 'ticker', 'A real-time ticker on a budget', 'Server-sent events; one socket per tab'),
    talk(
      DR2,
      'time',
      'Time zones in scheduling',
      'Store UTC; render local; the real world is messy',
    ),
  ],
});

describe('a compound typed apart', () => {
  it('is the word the notes hyphenate, as it is typed hyphenated', () => {
    expect(ids(bot.ask('front end'))).toEqual(ids(bot.ask('front-end')));
    expect(ids(bot.ask('front end forms'))).toEqual(['forms']);
    expect(ids(bot.ask('real time ticker'))).toEqual(['ticker']);
    expect(ids(bot.ask('any talks on front end development'))).toEqual(['forms']);
  });

  it('never matches by one half when another word of the question is missing', () => {
    expect(ids(bot.ask('front end performance'))).not.toContain('queues');
    expect(ids(bot.ask('real time performance'))).not.toContain('time');
  });
});

describe('the next edition of an event held several times', () => {
  it('is said to be beyond the notes', () => {
    expect(unknownOf(bot, 'when is the next driftwood')).toBe('future');
  });
});

describe('a long message that names several talks', () => {
  const HB = 'harbourline-2025';
  const schedule = new Bot({
    events: [event(HB, 'Harbourline 2025')],
    talks: [
      talk(HB, 'idem', 'Idempotent payment APIs', 'Keys per request; retries with jitter'),
      talk(HB, 'fsm', 'State machines for checkout screens', 'Fewer impossible states'),
      talk(HB, 'tf', 'Terraform modules hands-on', 'Write a module; test it'),
      talk(HB, 'ci', 'Secrets in CI runners', 'Short-lived tokens; no stored keys'),
      talk(HB, 'rust', 'Rust for Java developers', 'Ownership by analogy'),
      talk(HB, 'lunch', 'Lunchtime lightning talks', 'Five minutes each'),
    ],
  });

  it('lists each talk it names by two words of its title', () => {
    const asked =
      "first time here and the schedule is a lot: I'm torn between the idempotent payment talk and the state machines one, then the terraform modules session or the secrets in ci one, and on day two the rust for java developers talk, help";
    expect(ids(schedule.ask(asked)).sort()).toEqual(['ci', 'fsm', 'idem', 'rust', 'tf']);
  });
});
