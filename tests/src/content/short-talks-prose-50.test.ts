import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "### Ignite Talks" or "## Light talks" over the author's words on the short talks together (how
 * long they were, that the Wi-Fi failed): no talk of its own, as "## Keynotes" in prose is none.
 * Each was read as a talk titled "Ignite Talks". Written in that shape with invented words.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'recap.md', 'recap');

describe('a heading of short talks over prose', () => {
  it('is no talk', () => {
    const { talks } = read(
      '# Devdays 2031',
      '',
      '## Shipping small diffs — Lea Brandt',
      '',
      'Every diff under 200 lines got reviewed the same day.',
      '',
      '## Ignite Talks',
      '',
      'An interesting format: five minutes each, the slides moving on their own.',
      '',
      '## Light talks',
      '',
      'On the second stage there were short talks too, but the Wi-Fi kept failing.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Shipping small diffs']);
  });

  it('still reads the talks listed under such a heading', () => {
    const { talks } = read(
      '# Devdays 2031',
      '',
      '## Lightning talks',
      '',
      '- Terminal colours that survive projectors — Ana Prado',
      '- Why my cron jobs drift — Tomasz Wójcik',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', ')])).toEqual([
      ['Terminal colours that survive projectors', 'Ana Prado'],
      ['Why my cron jobs drift', 'Tomasz Wójcik'],
    ]);
  });
});
