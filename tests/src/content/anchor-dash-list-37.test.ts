import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A design conference's wrap-up: its opening lists the day's talks as links to their sections,
 * `- [Title - Speaker](#anchor)`, under "🕙 MORNING" and "🕝 AFTERNOON", most speakers' given
 * names being rare ones; only the first talk has its own heading in this excerpt. Invented talks
 * and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/fjordux.md', 'page');
const shown = (talks: { title: string; speakers: { name?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('a list of links to sections, each "Title - Speaker"', () => {
  it('reads every item as a talk when two name a person surely and all read so', () => {
    const { talks } = read(
      '# FjordUX 2026 Wrap Up: Talks Day Notes',
      '',
      '💡 Click on a talk title to jump straight to its session.',
      '',
      '🕙 MORNING',
      '',
      '- [Leading Without a Title: How designers grow - Sarah Lindqvist](#leading)',
      '- [Mindful Disagreement: A Service Guide - Quilla Abarne](#mindful)',
      '- [Inclusive Teams Against Filter Bubbles - Zorit Hamadi](#inclusive)',
      '- [Old Wisdom for New Screens - Doug Fairweather](#old-wisdom)',
      '- [Beauty and Data in the Age of Agents - Ottilie Marsh-Venn](#beauty)',
      '',
      '## Leading Without a Title: How designers grow by Sarah Lindqvist',
      '',
      '- Careers rarely follow a straight line',
    );
    expect(shown(talks)).toEqual([
      ['Leading Without a Title: How designers grow', ['Sarah Lindqvist']],
      ['Mindful Disagreement: A Service Guide', ['Quilla Abarne']],
      ['Inclusive Teams Against Filter Bubbles', ['Zorit Hamadi']],
      ['Old Wisdom for New Screens', ['Doug Fairweather']],
      ['Beauty and Data in the Age of Agents', ['Ottilie Marsh-Venn']],
    ]);
  });

  it('still needs two items that surely name a person', () => {
    const { talks } = read(
      '# Reading list',
      '',
      '- [Leading Without a Title - Sarah Lindqvist](#leading)',
      '- [Service Design - Quilla Abarne](#service)',
      '- [Filter Bubbles - Zorit Hamadi](#bubbles)',
      '- [Screens - Brudo Marsh](#screens)',
      '',
      '## Notes',
      '',
      'Some thoughts.',
    );
    expect(shown(talks)).toEqual([]);
  });
});
