import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** Talks under headings whose notes open with the speaker's name and what they spoke on. Invented. */
const speakersOf = (...lines: string[]) =>
  parseNotes(
    ['# Harbourloop 2024, day 1', '', ...lines].join('\n'),
    'harbourloop.md',
    'harbourloop-2024',
  ).talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('notes that open with a name and what the person spoke on', () => {
  it('read the name as the speaker', () => {
    expect(
      speakersOf(
        '### Fearless parsing – [video](https://example.org/v/1)',
        '',
        'Priya Raman walked through parser combinators and why errors need spans.',
        '',
        '### Queues are not databases – [video](https://example.org/v/2)',
        '',
        'Tomasz Nowak on why an outbox beats two writes.',
        '',
        '### Logs at the edge – [video](https://example.org/v/3)',
        '',
        'Daniel Okoro dove into sampling on devices that sleep.',
      ),
    ).toEqual([
      ['Fearless parsing', ['Priya Raman']],
      ['Queues are not databases', ['Tomasz Nowak']],
      ['Logs at the edge', ['Daniel Okoro']],
    ]);
  });

  it('name no one from words that are no person', () => {
    expect(
      speakersOf(
        '### Streams in practice – [video](https://example.org/v/4)',
        '',
        'Kafka Streams on how partitions move between instances.',
        '',
        '### Tooling – [video](https://example.org/v/5)',
        '',
        'Build Systems walked through caching remote actions.',
      ),
    ).toEqual([
      ['Streams in practice', []],
      ['Tooling', []],
    ]);
  });
});
