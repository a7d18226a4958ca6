import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Headings written as a badge reads, the person first and the rest after bars: a handle, a
 * company, the title in quotes or last (the shape of a real Deconstruct 2018 notes README).
 * Invented people.
 */
const BADGES = [
  '# harbourconf-2031-notes',
  'Notes from Harbourconf 2031 in Bergen',
  '',
  '## Maren Aasen | @marena | Fjordly | "Memory Arenas"',
  '',
  'Arenas beat malloc in hot loops.',
  '',
  '## Kelvin Osei | @kosei | "Polly wants a message"',
  '',
  'Teaches OO classes.',
  '',
  '## Ingrid Solberg | @ingrids | ferrygram.no | Accessibility',
  '',
  '- Alt text can convey the feel of an image.',
  '',
  '## Tomas Lindqvist | tomasl | Pinelog | "Show me your echolocation"',
  '',
  'Branched pings to probe network speed.',
  '',
  '## Sofia Nyberg | Formerly Khan Academy | "How are all of your relationships?"',
  '',
  'Reading list at the end.',
];

describe('a heading of a person, a handle, a company and a title between bars', () => {
  it('is the title by that person of that company, the handle left out', () => {
    const { talks } = post(...BADGES);
    expect(talks.map((t) => [t.title, who(t)?.join(', ')])).toEqual([
      ['Memory Arenas', 'Maren Aasen @ Fjordly'],
      ['Polly wants a message', 'Kelvin Osei'],
      ['Accessibility', 'Ingrid Solberg @ ferrygram.no'],
      ['Show me your echolocation', 'Tomas Lindqvist @ Pinelog'],
      ['How are all of your relationships?', 'Sofia Nyberg'],
    ]);
  });

  it('leaves "Title | Jane Doe | Acme" the title first', () => {
    const { talks } = post(
      '# Harbourconf 2031',
      '',
      '## Paved Roads | Maren Aasen | Fjordly',
      '',
      'Golden paths for platform teams.',
      '',
      '## Boring Deploys | Kelvin Osei | Pinelog',
      '',
      'Deploy on Fridays.',
    );
    expect(talks.map((t) => [t.title, who(t)?.join(', ')])).toEqual([
      ['Paved Roads', 'Maren Aasen @ Fjordly'],
      ['Boring Deploys', 'Kelvin Osei @ Pinelog'],
    ]);
  });
});
