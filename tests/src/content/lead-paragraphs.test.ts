import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A plain-text recap: each talk a paragraph "Title by Name(@handle) - notes". Invented post. */
const RECAP = [
  '# Lakefront Dev Days 2015',
  '',
  'This week I went to Lakefront Dev Days. It had a mix of talks on languages and testing.',
  '',
  'Landing Probes on Ice Moons by Mira Okafor(@mira_o) - The closing keynote. She talked about',
  'how the team tested parachutes. [Slides](https://example.com/ice)',
  '',
  'She also showed the failed drop tests from the first year.',
  '',
  'Reactive Streams in Practice by Ben Adler from Streamflix(@benadler) - Good talk about',
  'writing async code and how Streamflix does it.',
  '',
  'Shipping like a Pro by Oscar Lindqvist - In this talk Oscar showed how they deploy.',
  '',
  'That was it for this year. Thanks to the organisers!',
].join('\n');

const read = (text: string) => parseNotes(text, 'blog/lakefront.md', 'lakefront').talks;

describe('talks written as paragraphs that open "Title by Name - notes"', () => {
  it('reads each paragraph as a talk with its speaker, company, links and notes', () => {
    const talks = read(RECAP);
    expect(talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.company])])).toEqual([
      ['Landing Probes on Ice Moons', [['Mira Okafor', undefined]]],
      ['Reactive Streams in Practice', [['Ben Adler', 'Streamflix']]],
      ['Shipping like a Pro', [['Oscar Lindqvist', undefined]]],
    ]);
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['slides']);
    // The paragraph after a talk is its notes; the post's closing words are no talk's.
    expect(JSON.stringify(talks[0]?.notes)).toContain('failed drop tests');
    expect(JSON.stringify(talks[2]?.notes)).not.toContain('organisers');
  });

  it('makes no talk of one such sentence in a post of prose', () => {
    const prose = [
      '# Lakefront Dev Days 2015',
      '',
      'Photos by Mira Okafor - see the gallery for the rest.',
      '',
      'The food was good and the venue was close to the station.',
    ].join('\n');
    expect(read(prose).map((t) => t.title)).toEqual([]);
  });

  it('reads a line alone "Title with Name" over its notes, where the post names talks so', () => {
    const talks = read(
      [
        '# Day one at Lakefront Dev Days',
        '',
        'Here are the takeaways from the tracks I followed.',
        '',
        'Agile architecture and design with Mira Okafor',
        '',
        'One of the most compelling presentations of the day.',
        '',
        '"Defer design decisions until the last responsible moment." - Mira Okafor',
        '',
        'How Streamflix does open source at scale with Ben Adler',
        '',
        'There was a lot said and I loved it all.',
        '',
        '* Open Academy',
        '* A central open source team',
      ].join('\n'),
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Agile architecture and design', ['Mira Okafor']],
      ['How Streamflix does open source at scale', ['Ben Adler']],
    ]);
    expect(JSON.stringify(talks[0]?.notes)).toContain('Defer design decisions');
    expect(JSON.stringify(talks[1]?.notes)).toContain('Open Academy');
  });
});
