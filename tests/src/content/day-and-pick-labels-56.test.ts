import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "## Tuesday talks" over a list of talks was read as one talk titled so (the list lost, the
 * evening after it a talk too); "## Anna's pick: "LiveView at scale"" kept the colleague's label
 * in the title. Invented event, talks and people.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'ddd.md', 'x').talks.map((talk) => ({
    title: talk.title,
    speakers: talk.speakers.map((speaker) => speaker.name),
    day: talk.day,
  }));

describe('a weekday’s talks as a heading', () => {
  it('is the day of the talks listed under it', () => {
    expect(
      read(
        '# DDD Europe 2031 — what I did',
        '',
        '## Tuesday talks',
        '',
        '- "Bounded contexts are not microservices" — Ruth Malan',
        '- "Modelling time" — Mathias Verraes',
        '',
        '## Tuesday evening',
        '',
        'Party at the canal. Too many stroopwafels.',
      ),
    ).toEqual([
      { title: 'Bounded contexts are not microservices', speakers: ['Ruth Malan'], day: 'Tuesday' },
      { title: 'Modelling time', speakers: ['Mathias Verraes'], day: 'Tuesday' },
    ]);
  });
});

describe('a colleague’s pick before a quoted title', () => {
  it('is no word of the title', () => {
    expect(
      read(
        '# Team Nordwind at ElixirConf EU 2031',
        '',
        '## Anna’s pick: "LiveView at 1 million connections"',
        '',
        'By Chris Lindqvist (Fly). Hibernate processes aggressively.',
        '',
        '## Murphy’s law: "Everything fails, all the time"',
        '',
        'Speaker: Ayşe Demir',
      ).map((talk) => talk.title),
    ).toEqual([
      'LiveView at 1 million connections',
      'Murphy’s law: "Everything fails, all the time"',
    ]);
  });
});
