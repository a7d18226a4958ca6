import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A write-up of an online conference whose sections open with "### What's Fjord Ops Day?" (the
 * author telling what the event is) and end with "### That's all for Part 1." over a last word:
 * both were read as talks. Invented event, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'fjord-ops-day.md', 'x');

const post = (...sections: string[]) =>
  read(
    '---',
    'title: What I learned from Fjord Ops Day 2031 - Part 1',
    '---',
    '',
    "### What's Fjord Ops Day?",
    'Fjord Ops Day calls itself the longest ops conference: 24 hours, five tracks.',
    '',
    '### Deploying on a Friday - Ada Lund',
    'Small changes, feature flags, and a rollback button everyone may press.',
    '',
    '### Pager fatigue - Jonas Berg',
    'Fewer alerts, each one with an owner and a runbook.',
    '',
    ...sections,
  );

describe("the author's own headings around the talks", () => {
  it('drops the question of what the event is', () => {
    const { talks } = post();
    expect(talks.map((t) => t.title)).toEqual(['Deploying on a Friday', 'Pager fatigue']);
  });

  it('drops it where no talk names its speaker', () => {
    const { talks } = read(
      '---',
      'title: What I learned from Fjord Ops Day 2031',
      '---',
      '',
      "### What's Fjord Ops Day?",
      'Fjord Ops Day calls itself the longest ops conference: 24 hours, five tracks.',
      '',
      '### Deploying on a Friday',
      'Small changes, feature flags, and a rollback button everyone may press.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Deploying on a Friday']);
  });

  it('drops a closing heading over the last word', () => {
    const { talks } = post("### That's all for Part 1.", 'PS. Secrets are still a pain.');
    expect(talks.map((t) => t.title)).toEqual(['Deploying on a Friday', 'Pager fatigue']);
  });

  it('keeps a talk asking what something else is', () => {
    const { talks } = post('### What is a service mesh? - Ola Brandt', 'Sidecars, mTLS, retries.');
    expect(talks.map((t) => t.title)).toEqual([
      'Deploying on a Friday',
      'Pager fatigue',
      'What is a service mesh?',
    ]);
  });

  it('keeps a talk titled by a closing phrase when it names its speaker', () => {
    const { talks } = post("### That's All, Folks - Kari Dahl", 'Ending projects on purpose.');
    expect(talks.map((t) => t.title)).toEqual([
      'Deploying on a Friday',
      'Pager fatigue',
      "That's All, Folks",
    ]);
  });

  it("drops a line of the author's diary written as a heading", () => {
    const { talks } = post(
      '### Today was the last official day of the talks.',
      '- A few social events tomorrow; I am going to the high tea.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Deploying on a Friday', 'Pager fatigue']);
  });

  it('keeps a talk whose title starts with today', () => {
    const { talks } = post("### Today's web platform - Kari Dahl", 'Container queries everywhere.');
    expect(talks.map((t) => t.title)).toEqual([
      'Deploying on a Friday',
      'Pager fatigue',
      "Today's web platform",
    ]);
  });

  it('keeps a talk whose title opens with the end', () => {
    const { talks } = post(
      "### The End of Moore's Law",
      'Chips stop getting faster; software must.',
    );
    expect(talks.map((t) => t.title)).toContain("The End of Moore's Law");
  });
});
