import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A wrap-up by theme whose sections name their talks in prose, each after its speaker with the
 * kind of session and the title in parentheses: the talks are those, and the sections (and a
 * section about the people met) are none. Invented conference, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/opssummit.md', 'page');
const shown = (talks: { title: string; kind?: string; speakers: { name?: string }[] }[]) =>
  talks.map((t) => [t.title, t.kind, t.speakers.map((s) => s.name)]);

describe('a talk named as “Jane Doe (keynote: Title)” in prose', () => {
  const cases: [string, string[], ReturnType<typeof shown>][] = [
    [
      'is a talk of that kind; two people with one title gave it together',
      [
        '# OpsSummit 2029 is over',
        '',
        'Looking back on OpsSummit 2029, I learned a lot.',
        '',
        '## Bookends',
        '',
        'First, the opening and closing talks. Rita Novak (opening plenary: Pager Fatigue Is a Design Bug), Omar Lindqvist (closing plenary: Nobody Owns the Runbook), and Hana Bright (closing plenary: Nobody Owns the Runbook) were great.',
        '',
        'Rita opened by playing a game on stage.',
        '',
        '## About the people',
        '',
        'Before the conference I had met many attendees only online.',
      ],
      [
        ['Pager Fatigue Is a Design Bug', 'Keynote', ['Rita Novak']],
        ['Nobody Owns the Runbook', 'Keynote', ['Omar Lindqvist', 'Hana Bright']],
      ],
    ],
    [
      'alone in its post, as a workshop or a talk',
      [
        '# Notes from Fjordops 2031',
        '## Day one',
        'The best hour was Ylva Dahl (workshop: Writing Runbooks People Read), with real pagers.',
        '## Day two',
        'Later Kofi Mensah (Talk: "Chaos Drills on a Budget") showed a spreadsheet of outages.',
      ],
      [
        ['Writing Runbooks People Read', 'Workshop', ['Ylva Dahl']],
        ['Chaos Drills on a Budget', undefined, ['Kofi Mensah']],
      ],
    ],
    [
      'a note in parentheses with a colon names no talk',
      [
        '# Notes from Fjordops 2031',
        '## Scaling queues by Ylva Dahl',
        'Ylva Dahl (note: she was ill) still gave a great talk. Oslo Central (session: lunch) was busy.',
      ],
      [['Scaling queues', undefined, ['Ylva Dahl']]],
    ],
  ];
  for (const [name, lines, expected] of cases)
    it(name, () => expect(shown(read(...lines).talks)).toEqual(expected));
});
