import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R14), written again with invented talks and people: a file of one
 * talk, its title, a "**By Name @handle**" line, then parts with headings of their own that are
 * not named as parts ("## Visual Hierarchy").
 */

describe('a one-talk file with a byline over its parts', () => {
  it('is that talk, by that speaker, with its parts as notes', () => {
    const parsed = post(
      '# Design Critiques in Five Minutes',
      '',
      '**By Ola Brenner @olab**',
      '',
      'Good design is about intent.',
      '',
      '## Visual Hierarchy',
      '* what do you look at first',
      '',
      '## Target Audience',
      '* who is it for',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Design Critiques in Five Minutes', ['Ola Brenner']],
    ]);
    expect(JSON.stringify(parsed.talks[0]?.notes)).toContain('who is it for');
  });

  it('reads "By Name (@handle)" so too', () => {
    const parsed = post(
      '# Queues Without Tears',
      '',
      'By Ivo Marsh (@ivom)',
      '',
      '## Backpressure',
      '- slow down',
      '',
      '## Retries',
      '- with jitter',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues Without Tears', ['Ivo Marsh']],
    ]);
  });

  it("still reads a one-talk file's event line", () => {
    const parsed = post(
      '# Queues Without Tears',
      '',
      '**By Ivo Marsh**',
      '',
      '**Event:** Fjordconf 2026',
      '',
      '## Notes',
      '- slow down',
      '',
      '## Key takeaways',
      '- with jitter',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues Without Tears', ['Ivo Marsh']],
    ]);
    expect(parsed.event.name).toBe('Fjordconf 2026');
  });
});
