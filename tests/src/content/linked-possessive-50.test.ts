import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap's highlights as a numbered list: "[Name](…) of [Company](…)'s talk about SUBJECT was…",
 * "[Name](…)' talk about SUBJECT was…". Each talk was titled by the person's name; its subject is
 * its title. Written in that shape with invented people and talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'day-2.md', 'conf-day-2');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [
    t.title,
    t.speakers.map((s) => `${s.name}${s.company ? ` (${s.company})` : ''}`).join(', '),
  ]);

describe("a linked person's talk about a subject, in the possessive", () => {
  it('titles the talk by its subject, the person and their company its speaker', () => {
    const { talks } = read(
      '---',
      'title: Harbour Conf 2031 - Day 2',
      '---',
      '',
      'Some highlights from Day 2:',
      '',
      "1. [Ilse Varga](https://social.example/ilse) of [Northwind](https://northwind.example)'s talk about onboarding engineers without a wiki was uplifting. Watch it [here](https://www.youtube.com/watch?v=abcdefghijk).",
      '',
      '2. The panel on open source was good too.',
      '',
      "3. [Jonas Moreau](https://social.example/jonas)' talk about feature flags that outlive their features was insightful.",
    );
    expect(brief(talks)).toEqual([
      ['Onboarding engineers without a wiki', 'Ilse Varga (Northwind)'],
      ['Feature flags that outlive their features', 'Jonas Moreau'],
    ]);
    expect(talks[0]?.links.map((l) => l.kind)).toContain('video');
  });
});
