import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A file whose first and only `##` heading holds every talk (`###`) and names the conference with
 * a year ("## Lakeview 2019 - Day Two"): it titles the post, as a `#` would. Read as a group, it
 * had been every talk's topic and the event had taken the file's name.
 */
const notes = (heading: string, file = 'lakeview-2') =>
  parseNotes(
    [
      heading,
      '',
      '### Fluid layouts without media queries - Petra Lindqvist, Staff Engineer at Borealis',
      '',
      'Container queries, clamp() and a few custom properties.',
      '',
      '### Forms people can finish - Jonah Abara, Designer at Kestrel',
      '',
      'Label every field; errors next to the field, not at the top.',
      '',
    ].join('\n'),
    `${file}.md`,
    file,
  );

describe('a lone ## heading over the talks', () => {
  it('names the event and its day, and is no topic', () => {
    const read = notes('## Lakeview 2019 - Day Two');
    expect(read.event.name).toBe('Lakeview 2019');
    expect(read.talks.map((t) => [t.title, t.topic, t.speakers[0]?.name])).toEqual([
      ['Fluid layouts without media queries', undefined, 'Petra Lindqvist'],
      ['Forms people can finish', undefined, 'Jonah Abara'],
    ]);
    expect(read.talks.every((t) => /two|2/i.test(t.day ?? ''))).toBe(true);
  });

  it('stays a group where it names no more than a day or a date', () => {
    const read = notes('## Day 1 (2019-05-04)', 'lakeview-2019');
    expect(read.event.name).not.toMatch(/Day 1/);
    expect(read.talks).toHaveLength(2);
  });

  it('stays a topic without a year', () => {
    const read = notes('## Responsive design', 'lakeview-2019');
    expect(read.talks.map((t) => t.topic)).toEqual(['Responsive design', 'Responsive design']);
  });
});
