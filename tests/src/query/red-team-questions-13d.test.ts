import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Red-team round Q8: a span of the day ("talks between 10 and 12", "from 14:00 to 16:00",
 * "after 3pm", "before 10:00 on day 2") is the talks that started within it, and the French
 * hour "à 14h" a time like 14:00 — not a search for the numbers.
 */

const TERN = 'terndays-2025';
const at = (date: string, time: string) => ({
  date,
  day: date.endsWith('01') ? 'Day 1' : 'Day 2',
  time,
});
const bot = new Bot({
  events: [event(TERN, 'TernDays 2025', { dates: '2025-04-01..2025-04-02' })],
  talks: [
    talk(TERN, 'open', 'Opening', 'Welcome; ten years of TernDays', at('2025-04-01', '09:15')),
    talk(TERN, 'queues', 'Queues', 'Backpressure', at('2025-04-01', '10:40')),
    talk(TERN, 'types', 'Types', 'Gradual typing', at('2025-04-01', '11:50')),
    talk(TERN, 'noon', 'Lunch talk', 'Sandwiches and shells', at('2025-04-01', '12:30')),
    talk(TERN, 'fuzz', 'Fuzzing', 'Corpus care', at('2025-04-02', '09:30')),
    talk(TERN, 'loom', 'Fils virtuels', 'Loom en production', at('2025-04-02', '14h00')),
    talk(TERN, 'late', 'Evening keynote', 'Retrospective', at('2025-04-02', '15:20')),
  ],
});

describe('a span of the day', () => {
  it('is the talks that started within it', () => {
    expect(ids(bot.ask('talks between 10 and 12'))).toEqual(['queues', 'types']);
    expect(ids(bot.ask('what was on from 10:00 to 12:00?'))).toEqual(['queues', 'types']);
    expect(ids(bot.ask('anything between 12 and 4'))).toEqual(['noon', 'loom', 'late']);
    expect(ids(bot.ask('anything after 3pm'))).toEqual(['late']);
    expect(ids(bot.ask('before 10:00 on day 2'))).toEqual(['fuzz']);
  });

  it('is titled by the span, and a number alone is no span', () => {
    expect(scope(bot.ask('talks between 10 and 12'))).toMatchObject({
      kind: 'date',
      label: 'at 10:00–12:00',
    });
    // "ten years" is no answer to a question of 10 to 12.
    expect(ids(bot.ask('talks between 10 and 12'))).not.toContain('open');
  });

  it('reads the French hour without minutes as that time', () => {
    expect(ids(bot.ask('talks at 14h'))).toEqual(['loom']);
    expect(ids(bot.ask('quoi à 14h ?'))).toEqual(['loom']);
    // A length is no time: "a 2h talk" is not 02:00.
    expect(ids(bot.ask('a 2h talk on fuzzing'))).toEqual(['fuzz']);
  });
});
