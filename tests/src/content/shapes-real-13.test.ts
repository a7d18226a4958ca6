import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R13), written again with invented talks and people: a day's list
 * of talks linking the programme's pages, some with a line of notes and some with none.
 */

describe("a day's list of talks linking the programme's pages", () => {
  it('reads every linked talk, with notes or without', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Day 1:',
      '1. [Queues all the way down](https://fjordconf.example/program#session-101)',
      '2. [Shipping on Fridays](https://fjordconf.example/program#session-102) Great energy, I will rewatch it.',
      '3. [The tidy monolith](https://fjordconf.example/program#session-103)',
      '',
      '## Day 2:',
      '1. [Borrowed time](https://fjordconf.example/program#session-201) A tour of leases.',
      '2. [Caches that forget](https://fjordconf.example/program#session-202)',
    );
    expect(parsed.talks.map((t) => [t.title, t.day])).toEqual([
      ['Queues all the way down', 'Day 1'],
      ['Shipping on Fridays', 'Day 1'],
      ['The tidy monolith', 'Day 1'],
      ['Borrowed time', 'Day 2'],
      ['Caches that forget', 'Day 2'],
    ]);
  });

  it('leaves a reading list of other sites alone', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Borrowed time by Ada Lind',
      '- leases expire',
      '',
      '## Reading',
      '1. [Leases explained](https://blog.example/leases)',
      '2. [Clock skew](https://other.example/posts/skew)',
      '3. [Fencing tokens](https://blog.example/fencing) A classic.',
    );
    const titles = parsed.talks.map((t) => t.title);
    expect(titles).toContain('Borrowed time');
    expect(titles).not.toContain('Leases explained');
  });
});
