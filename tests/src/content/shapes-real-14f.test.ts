import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R14), written again with invented talks and people: a post of one
 * day of a conference titled with the day and the author's subtitle for it.
 */

describe("a post titled 'Conf 2026 - Day 2: subtitle'", () => {
  const parsed = post(
    '---',
    "title: 'Fjordconf 2026 - Day 2: Talks, talks and some coffee'",
    'date: 2026-02-10',
    '---',
    '',
    '## Queues all the way down',
    'Next up was _Queues all the way down_ by [Ada Lind](https://social.example/ada).',
    '',
    '## Caches that forget',
    'A talk by [Bo Sten](https://social.example/bo) on caches.',
  );

  it('names the conference as the event, without the day or its subtitle', () => {
    expect(parsed.event.name).toBe('Fjordconf 2026');
  });

  it('puts its talks on that day', () => {
    expect(parsed.talks.map((t) => t.day)).toEqual(['Day 2', 'Day 2']);
  });
});
