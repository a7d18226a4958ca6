import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A talk's heading without its speaker, whose prose says who gave it. Invented posts. */
const speakersOf = (body: string) =>
  parseNotes(
    ['# Harbour Summit 2024', '', '## Tuning Kafka for Tiny Clusters', '', body].join('\n'),
    'blog/harbour.md',
    'post',
  ).talks.map((t) => t.speakers.map((s) => [s.name, s.company]));

describe('the speaker named in a talk’s prose', () => {
  it('reads "talk by Name (Company)" and "was by Company’s Name"', () => {
    expect(
      speakersOf('This lively talk by Ingrid Solheim (Fjordbank) went deep on brokers.'),
    ).toEqual([[['Ingrid Solheim', 'Fjordbank']]]);
    expect(
      speakersOf('My favourite session of the day was by Streamly’s Tomas Varga, who showed logs.'),
    ).toEqual([[['Tomas Varga', 'Streamly']]]);
    expect(speakersOf('The keynote by Amara Obi from Lumen Data opened the day.')).toEqual([
      [['Amara Obi', 'Lumen Data']],
    ]);
  });

  it('names no one from another talk or a book by someone', () => {
    expect(speakersOf('It reminded me of the talk by Ingrid Solheim last year.')).toEqual([[]]);
    expect(speakersOf('Read the book by Martin Kleppe (O’Reilly) first.')).toEqual([[]]);
  });
});
