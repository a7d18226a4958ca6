import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A short post whose opening says it lists the talks the author attended, its last words the
 * first day's name, then bullets "Short title: opinion" and a second day's label. Invented
 * conference, talks and opinions.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/freeconf.md', 'page');
const shown = (talks: { title: string; day?: string; speakers: unknown[] }[]) =>
  talks.map((t) => [t.title, t.day, t.speakers.length]);

describe('bullets of “Title: opinion” under a line that says they are the talks', () => {
  it('are the talks, each of its day', () => {
    const { talks } = read(
      '# FreeConf 2031',
      '',
      'A quick review of the talks I attended last weekend at FreeConf: Saturday:',
      '',
      '* OpenMesh: Great, innovative hardware. The demo failed twice.',
      '',
      '* Liberating the BIOS: Great talk. Quite commercial though.',
      '',
      '* Matrix 101: The room was packed. Great speaker.',
      '',
      'Sunday:',
      '',
      '* LibreCAD - DWG: I expected a format war, it was calm.',
      '',
      '* Profiling shell scripts: the best talk of the weekend for me.',
      '',
      '* Plone 4.0: Nice talk.',
    );
    expect(shown(talks)).toEqual([
      ['OpenMesh', 'Saturday', 0],
      ['Liberating the BIOS', 'Saturday', 0],
      ['Matrix 101', 'Saturday', 0],
      ['LibreCAD - DWG', 'Sunday', 0],
      ['Profiling shell scripts', 'Sunday', 0],
      ['Plone 4.0', 'Sunday', 0],
    ]);
    expect(talks[0]?.summary).toBe('Great, innovative hardware. The demo failed twice.');
  });

  it('a post that does not say so keeps its bullets as notes', () => {
    const { talks } = read(
      '# FreeConf 2031',
      '',
      'Things I liked about the venue:',
      '',
      '* Coffee: Great, and free.',
      '',
      '* Wifi: It worked all weekend.',
      '',
      '* Rooms: Packed but fine.',
    );
    expect(talks).toEqual([]);
  });
});
