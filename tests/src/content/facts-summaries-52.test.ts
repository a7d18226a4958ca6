import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A watch log's talks: "- Length 27:00, watched on 2031-09-07, **#cloud**" under each title, or
 * a template's "### Summary" left empty over "### Metadata" (venue, duration, URL). The bot
 * answered "what was it about?" with "Length 27:00, watched on …" or "Metadata: Venue: GOTO
 * Conferences." — the talk's facts, not the author's notes. Written in those shapes with invented
 * people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'log.md', 'log');

describe('a summary made of the talk’s facts', () => {
  it('leaves out the length and the day watched', () => {
    const { talks } = read(
      '# Spring Things 2031',
      '',
      '## [Config Without Tears](https://springthings.example/2031/config)',
      '- Length 31:20, watched on 2031-09-07, **#cloud #config**',
      '- Ola Brandt as Engineer, Acme',
      '',
      '### Keynotes',
      '- Config maps and secrets each have their place.',
      '',
      '## [Queues All the Way](https://springthings.example/2031/queues)',
      '- Length 27:00, watched on 2031-09-08, **#queues**',
      '- Pia Lund as Engineer, Shardly',
      '',
      '### Keynotes',
      '- Back pressure is a feature.',
    );
    for (const talk of talks) expect(talk.summary).not.toMatch(/Length|watched on/);
    expect(talks.map((t) => t.summary)).toEqual([
      'Keynotes: Config maps and secrets each have their place.',
      'Keynotes: Back pressure is a feature.',
    ]);
  });

  it('is empty where a template holds only the facts', () => {
    const { talks } = read(
      '# Talks I watched',
      '',
      '## 1. Radios on a Budget • Ola Brandt • Sensorfest 2031',
      '',
      '### Summary',
      '- Cheap radios and what they cannot do.',
      '',
      '## 2. How Caches Lie • Pia Lund • Sensorfest 2031',
      '',
      '### Summary',
      '- ',
      '',
      '### Metadata',
      '- Speaker: Pia Lund',
      '- Duration: 00:43:27',
      '- Venue: Sensorfest',
      '- URL: https://www.youtube.com/watch?v=abcdefghijk',
    );
    expect(talks.map((t) => t.summary)).toEqual(['Cheap radios and what they cannot do.', '']);
  });
});
