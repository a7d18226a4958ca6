import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A talk's time written alone on the first line under its heading, often in italics
 * (`*10:15–10:45*`, `⏰ 2:00 pm – 2:45 pm`, `14h00 – 14h30`): its slot, not its first note.
 * Invented event, talks and people.
 */
const talks = (body: string) =>
  parseNotes(`# Harbour Ops Days 2031\n\n## Day 1\n\n${body}`, 'harbour.md', 'x').talks.map(
    (talk) => ({ title: talk.title, time: talk.time, summary: talk.summary }),
  );

describe("a time alone as a talk's first line", () => {
  it.each([
    ['*10:15–10:45*', '10:15–10:45'],
    ['⏰ 2:00 pm - 2:45 pm', '2:00 pm - 2:45 pm'],
    ['_14h00 – 14h30_', '14h00 – 14h30'],
    ['- 9:30am', '9:30am'],
  ])('"%s" is the slot, and no part of the summary', (line, time) => {
    const [talk] = talks(
      `### Chaos on a budget – Lena Vos\n\n${line}\n\n- Game days before any tooling\n- Kill one pod a week`,
    );
    expect(talk?.time).toBe(time);
    expect(talk?.summary).toMatch(/^Game days before any tooling/);
  });

  it('a time further down the notes stays a note (a timeline of an incident)', () => {
    const [talk] = talks(
      '### The night the queue froze – Ana Ruiz\n\nWhat happened, minute by minute:\n\n14:02\n\nFirst alert fired.',
    );
    expect(talk?.time).toBeUndefined();
  });

  it('a first line that only starts with a time is a note', () => {
    const [talk] = talks(
      '### Deploys at scale – Ola Berg\n\n10:15 is when the first deploy of the day goes out.',
    );
    expect(talk?.time).toBeUndefined();
    expect(talk?.summary).toMatch(/^10:15 is when/);
  });
});
