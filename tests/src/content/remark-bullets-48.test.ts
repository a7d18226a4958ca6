import { describe, expect, it } from 'vitest';
import { post, postSpeakers } from './shape-fixture.ts';

/**
 * A recap without headings: each talk named on a line of its own by its person's possessive, or
 * as "Title by Name", and under it bullets of what people said of it ("Name – remark"). Invented.
 */
const POSSESSIVE = [
  '# Harbourconf 2031',
  '',
  "Maren Aasen's talk on Memory Arenas",
  '',
  '- Kelvin Osei – great point about allocation in hot loops',
  '- Tomas Lindqvist – asked about fragmentation, good answer',
  '',
  "Ingrid Solberg's talk on the future of the language",
  '',
  '- Daniel Berg – the roadmap looks good',
  '- Sofia Nyberg — generics are coming',
];

const notesOf = (lines: string[]) => post(...lines).talks.map((t) => JSON.stringify(t.notes));

describe('"Name – remark" bullets under a talk named in a paragraph', () => {
  it('are the notes of that talk, no talks', () => {
    expect(postSpeakers(...POSSESSIVE)).toEqual([
      ['Memory Arenas', 'Maren Aasen'],
      ['The future of the language', 'Ingrid Solberg'],
    ]);
    const [first, second] = notesOf(POSSESSIVE);
    expect(first).toMatch(/great point about allocation/);
    expect(first).toMatch(/asked about fragmentation/);
    expect(second).toMatch(/generics are coming/);
  });

  it('are notes under a "Title by Name" line too', () => {
    const lines = [
      '# Harbourconf 2031',
      '',
      'My notes from the talks I attended.',
      '',
      'Memory Arenas by Maren Aasen',
      '',
      '- Kelvin Osei – great point about allocation in hot loops',
      '',
      'The Future of the Language by Ingrid Solberg',
      '',
      '- Daniel Berg – the roadmap looks good',
    ];
    expect(postSpeakers(...lines)).toEqual([
      ['Memory Arenas', 'Maren Aasen'],
      ['The Future of the Language', 'Ingrid Solberg'],
    ]);
    expect(notesOf(lines)[0]).toMatch(/great point about allocation/);
  });
});
