import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "## Keynote: Ten Years of Tiny Containers - Rosa Delgado": the kind, the title, then the speaker
 * after a dash. Read as an untitled keynote by a person "Ten Years" of "Tiny Containers - Rosa
 * Delgado", every such talk was titled "Keynote". Written in that shape with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'devcon-2031');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [t.title, t.kind, t.speakers.map((s) => s.name).join(', ')]);

describe('a keynote heading with a title and a dash before its speakers', () => {
  it('titles the talk, its speakers the people after the dash', () => {
    const { talks } = read(
      '# DevCon 2031',
      '',
      '## Keynote: Ten Years of Tiny Containers - Rosa Delgado',
      '',
      'Images got smaller every year; most of the size is in the base layer.',
      '',
      '## Keynote: Gardening Your Service Mesh - Priya Natarajan & Tom Ekland',
      '',
      'Prune the routes nobody calls before adding new ones.',
    );
    expect(brief(talks)).toEqual([
      ['Ten Years of Tiny Containers', 'Keynote', 'Rosa Delgado'],
      ['Gardening Your Service Mesh', 'Keynote', 'Priya Natarajan, Tom Ekland'],
    ]);
  });

  it('still reads "Keynote: Jane Doe - Company" as an untitled keynote by that person', () => {
    const { talks } = read(
      '# DevCon 2031',
      '',
      '## Keynote: Dr. Helen Marsh - Northwind Labs',
      '',
      'She opened with the history of the lab and its first cluster.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.company])])).toEqual([
      ['Keynote', [['Dr. Helen Marsh', 'Northwind Labs']]],
    ]);
  });
});
