import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post without headings whose paragraphs each open with a talk's title in bold, the speaker
 * named as the subject of the next sentence ("**RAG is mostly search.** Abebe Girma reminded us
 * that…"), read no talk. Invented event, talks and people.
 */
const read = (...paragraphs: string[]) =>
  parseNotes(
    ['# What I learned at AI Summit Nairobi 2031', '', ...paragraphs].join('\n\n'),
    'summit.md',
    'x',
  ).talks.map((talk) => [talk.title, talk.speakers.map((speaker) => speaker.name)]);

describe('a paragraph opening with a bold title', () => {
  it('is a talk by the person its next sentence names as the subject', () => {
    expect(
      read(
        'Three talks stood out.',
        '**Evaluations are the new unit tests.** Wanjiru Kamau from Twiga argued that every prompt change needs an eval run.',
        '**RAG is mostly search.** Abebe Girma reminded us that retrieval quality beats model size.',
        '**Agents in production.** Folake Adebayo shared failure stories: loops and runaway costs.',
      ),
    ).toEqual([
      ['Evaluations are the new unit tests', ['Wanjiru Kamau']],
      ['RAG is mostly search', ['Abebe Girma']],
      ['Agents in production', ['Folake Adebayo']],
    ]);
  });

  it('is no talk where no person speaks, or the bold is an aside of two words', () => {
    expect(
      read(
        '**The venue was an old cinema.** The seats were red and the coffee was cold.',
        '**Bottom line.** Ada Lind showed the best demo of the day.',
        '**Note:** Ada Lind showed slides that are not online yet.',
      ),
    ).toEqual([]);
  });
});
