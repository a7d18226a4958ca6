import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "# Harborconf 2026" over the talks as `##`, then a closing "# Things to look up" of the same
 * level: the first heading is the post's title (the event's name), not a topic of every talk.
 */
const notes = (title: string, closing: string[], file = 'harborconf-2026') =>
  parseNotes(
    [
      `# ${title}`,
      '',
      '## A. How small can a container get?',
      '',
      '* speaker: Lena Park',
      '* start from a distroless image',
      '',
      '## B. Queues in the wild',
      '',
      '* speaker: Omar Haddad',
      '* backpressure before autoscaling',
      '',
      '## C. When not to use SQL',
      '',
      '* speaker: Ida Berg',
      '* a key-value store was enough',
      '',
      ...closing,
    ].join('\n'),
    `${file}.md`,
    file,
  );

describe('a title heading over the talks, with a closing section of its level', () => {
  it("names the event and is no talk's topic", () => {
    const read = notes('harborConf 2026', ['# Things to look up', '', '* bloom filters']);
    expect(read.event.name).toBe('harborConf 2026');
    expect(read.talks.map((t) => t.title)).toEqual([
      'How small can a container get?',
      'Queues in the wild',
      'When not to use SQL',
    ]);
    expect(read.talks.map((t) => t.topic)).toEqual([undefined, undefined, undefined]);
    expect(read.talks.map((t) => t.speakers[0]?.name)).toEqual([
      'Lena Park',
      'Omar Haddad',
      'Ida Berg',
    ]);
  });

  it('is the title where it is the file name, with no year in it', () => {
    const read = notes(
      'Harbor Summit',
      ['# Links', '', '* [the venue](https://example.com/venue)'],
      'harbor-summit',
    );
    expect(read.event.name).toBe('Harbor Summit');
    expect(read.talks.map((t) => t.topic)).toEqual([undefined, undefined, undefined]);
  });

  it('stays a group where the headings after it hold talks of their own (days)', () => {
    const read = parseNotes(
      [
        '# Day 1 2026',
        '',
        '## Queues in the wild',
        '',
        'Speaker: Omar Haddad',
        '',
        'Backpressure first.',
        '',
        '# Day 2 2026',
        '',
        '## When not to use SQL',
        '',
        'Speaker: Ida Berg',
        '',
        'A key-value store was enough.',
      ].join('\n'),
      'harborconf-2026.md',
      'harborconf-2026',
    );
    expect(read.talks.map((t) => t.title)).toEqual(['Queues in the wild', 'When not to use SQL']);
    expect(read.talks.map((t) => t.day)).toEqual(['Day 1 2026', 'Day 2 2026']);
  });
});
