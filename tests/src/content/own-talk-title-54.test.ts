import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * An author's own talk under "### 自分の Lightning Talks" (my own lightning talk) or "## My talk",
 * its title quoted in the first line ("「Tiny Robots」というテーマで話しました"), was listed as a talk
 * titled "自分の Lightning Talks". Written in my own words; invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe("the author's own talk", () => {
  it('takes the title its first line quotes', () => {
    const { talks } = read(
      '# 技術カンファレンス 2031',
      '',
      '### 自分の Lightning Talks',
      '',
      '「Tiny Robots」というテーマで話しました．',
      '',
      '### 懇親会',
      '',
      'たくさんの人と話せました．',
    );
    expect(talks.map((t) => t.title)).toContain('Tiny Robots');
    expect(talks.map((t) => t.title)).not.toContain('自分の Lightning Talks');
  });

  it('reads a title the words call the title, in English', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Queues all the way down',
      '',
      'Back pressure.',
      '',
      '## My talk',
      '',
      'My talk was titled “Shipping a tiny compiler” and went fine.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Queues all the way down',
      'Shipping a tiny compiler',
    ]);
  });

  it('keeps the heading where no title is quoted', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## My talk',
      '',
      'I spoke about queues and the room was "full".',
    );
    expect(talks.map((t) => t.title)).not.toContain('full');
  });
});
