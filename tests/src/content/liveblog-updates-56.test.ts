import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A live blog marking each entry "**Update 15:00** — Segun Adeyemi, "Terraform at a bank": …"
 * titled the talk "Update 15:00". Invented event, talks and people.
 */
const read = (...entries: string[]) =>
  parseNotes(
    ['# Live blog: DevOpsDays Accra 2031', '', ...entries].join('\n\n'),
    'l.md',
    'x',
  ).talks.map((talk) => [talk.title, talk.speakers.map((speaker) => speaker.name), talk.time]);

describe('a live blog’s update with its time', () => {
  it('gives the talk its time, not its title', () => {
    expect(
      read(
        '**Update 09:05** — We are live! The hall is full.',
        '**Update 12:00** — Lunch. Jollof wars continue.',
        '**Update 15:00** — Segun Adeyemi, "Terraform at a bank": modules and policy as code.',
        '**Update 16:00** — Ama Owusu, "Incident reviews people read": four questions.',
      ),
    ).toEqual([
      ['Terraform at a bank', ['Segun Adeyemi'], '15:00'],
      ['Incident reviews people read', ['Ama Owusu'], '16:00'],
    ]);
  });
});
