import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "### 09:00 Keynote — Zeynep Arslan" over '"Software is a team sport". About on-call…': the
 * keynote's title opening its notes in quotes was lost, the talk titled "Keynote". Invented
 * event, talks and people.
 */
const titles = (opening: string) =>
  parseNotes(
    ['# Strange Fjord 2031', '', '### 09:00 Keynote — Zeynep Arslan', '', opening].join('\n'),
    's.md',
    'x',
  ).talks.map((talk) => talk.title);

describe('a keynote whose notes open with its quoted title', () => {
  it('takes that title', () => {
    expect(titles('"Software is a team sport". About psychological safety and on-call.')).toEqual([
      'Software is a team sport',
    ]);
    expect(titles('“Software is a team sport” — on psychological safety.')).toEqual([
      'Software is a team sport',
    ]);
  });

  it('keeps its kind where the quote is part of a sentence', () => {
    expect(
      titles('"Move fast" was the motto of the decade, she said, and it broke things.'),
    ).toEqual(['Keynote']);
  });
});
