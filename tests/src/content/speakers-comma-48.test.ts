import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A line of speakers where one is written in lower case ("Speakers: Rick Lantz, vyas
 * ramaswamy"): the bot named one person "Rick Lantz, vyas ramaswamy", comma and all. Invented
 * people and talks.
 */
const speakers = (line: string) =>
  parseNotes(
    ['# PyHarbour 2031', '', '## Packaging in anger', '', line, '', 'Wheels and sdists.'].join(
      '\n',
    ),
    'notes.md',
    'pyharbour-2031',
  ).talks[0]?.speakers.map((s) => s.name);

describe('speakers apart at their commas', () => {
  it('reads each name, whatever its case, as a person', () => {
    expect(speakers('Speakers: Rick Lantz, vyas ramaswamy')).toEqual([
      'Rick Lantz',
      'vyas ramaswamy',
    ]);
    expect(speakers('Speakers: Ana Lima, Bo Berg and cy dahl')).toEqual([
      'Ana Lima',
      'Bo Berg',
      'cy dahl',
    ]);
  });

  it('keeps a role after the comma out of the names', () => {
    expect(speakers('Speaker: Rick Lantz, senior engineer')).toEqual(['Rick Lantz']);
    expect(speakers('Speakers: Rick Lantz, senior engineer')).toEqual(['Rick Lantz']);
    expect(speakers('Speakers: Ana Lima, Bo Berg, Cy Dahl')).toEqual([
      'Ana Lima',
      'Bo Berg',
      'Cy Dahl',
    ]);
  });
});
