import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A team's retro of a conference written as an interview: "## What was the most memorable thing
 * you learnt?" over "Ines: I was most excited about…" and "Kofi: In …'s talk…". Each question was
 * read as a talk. Written in that shape with invented people and talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'retro.md', 'retro');

describe('questions put to the authors, answered by name', () => {
  it('are no talks', () => {
    const { talks } = read(
      '# Harbour Conf Retro',
      '',
      'Ines and Kofi went to Harbour Conf this year. Here they look back on it.',
      '',
      '## What was the most memorable thing you learnt? 💁‍♀️',
      '',
      'Ines: I was most excited about a talk on terminal user interfaces. It was live coded.',
      '',
      'Kofi: Passing small structs by value is often faster than by pointer.',
      '',
      '## Was the conference well organised? 📋',
      '',
      'Ines: The venue staff rotated the food and drinks with great care.',
    );
    expect(talks.map((t) => t.title)).toEqual([]);
  });

  it('keeps a talk whose title is a question', () => {
    const { talks } = read(
      '# Harbour Conf 2031',
      '',
      '## Do you really need a service mesh? — Ana Prado',
      '',
      'Most teams need retries and timeouts, not a mesh.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Do you really need a service mesh?']);
  });
});
