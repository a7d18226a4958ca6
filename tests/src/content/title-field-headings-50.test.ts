import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A community's list of lightning talks, person by person: "## Name" over "### Talk Title" over the
 * title, then "### Description" and "### Bio". Each talk was titled "Talk Title" (or by the
 * person's name). Written in that shape with invented people and talks.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'lightning-talks/2031/bios-and-titles.md', 'lightning-talks');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', ')]);

describe('a talk title under a field heading of its own, under the speaker', () => {
  it('titles each talk by its field, its speaker the heading above, in whatever order', () => {
    const { talks } = read(
      '## Odalys',
      '### Talk Title',
      'Pairing With Your Future Self',
      '### Description',
      'Why notes you write today save the debugging session you will have next spring.',
      '### Bio',
      'Odalys writes firmware for greenhouse sensors.',
      '',
      '## Hugo Lindqvist',
      '### BIO',
      'Hugo runs the local Rust meetup.',
      '### Talk Title',
      'Lifetimes Explained With Kitchen Timers',
      '### Description',
      'A borrow lasts as long as the timer you set for it.',
      '',
      '## Pim',
      '### Talk Title',
      '### BIO',
    );
    expect(brief(talks)).toEqual([
      ['Pairing With Your Future Self', 'Odalys'],
      ['Lifetimes Explained With Kitchen Timers', 'Hugo Lindqvist'],
    ]);
  });
});

/**
 * Notes that close each talk with "### Keynotes" and "### Impression ⭐⭐⭐☆☆": the author's verdict
 * on the talk in the singular is a part of its notes, never a talk of its own.
 */
describe('an "Impression" part of a talk', () => {
  it('is no talk', () => {
    const { talks } = read(
      '# [Cloud Summit](https://cloud.example)',
      '',
      '## [You Can Ship On Fridays, Too](https://cloud.example/sessions/fridays)',
      '- Length 27:00, watched on 2031-09-07',
      '- Track: Beginner-Friendly',
      '',
      '### Keynotes',
      '- Small batches make Friday deploys boring.',
      '',
      '### Impression ⭐⭐⭐☆☆',
      '- Good overview of release trains',
    );
    expect(talks.map((t) => t.title)).not.toContain('Impression');
  });
});
