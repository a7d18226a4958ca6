import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Bullets that open with a person and their company in parentheses, in the possessive, the kind
 * of session, then its quoted title or its subject. Invented post.
 */
const talksOf = (...lines: string[]) =>
  parseNotes(
    ['# HarbourConf 2021: Day 2', '', 'The second day of my first HarbourConf.', '', ...lines].join(
      '\n',
    ),
    'blog/harbourconf.md',
    'harbourconf-2021',
  ).talks.map((t) => ({
    title: t.title,
    speakers: t.speakers.map((s) => `${s.name}/${s.company ?? ''}`),
    kind: t.kind,
  }));

describe('a bullet opening with "Name (Role at Company)\'s keynote"', () => {
  it('is that talk, even among bullets that are no talks', () => {
    const talks = talksOf(
      '* Odile Marchetti (Principal Engineer at Tidewater) opened the morning as host and told a few jokes about the venue.',
      '* Kwame Asante (Staff Engineer at Fjordly)\'s keynote, "Ships in the Night: Routing Without a Map," was the best of the day. He argued that retries are a product decision.',
      "* Hedda Lunde (Brightwave)'s talk on queue back-pressure was short and clear.",
      '* The closing panel ran long and I left early.',
    );
    expect(talks).toEqual([
      {
        title: 'Ships in the Night: Routing Without a Map',
        speakers: ['Kwame Asante/Fjordly'],
        kind: 'Keynote',
      },
      { title: 'queue back-pressure', speakers: ['Hedda Lunde/Brightwave'], kind: undefined },
    ]);
  });

  it('needs the possessive of a person and a kind of session', () => {
    const talks = talksOf(
      "* Acme (the sponsor)'s booth had the best coffee.",
      '* Nora Vik (Brightwave) said the keynote was great.',
      '* The hallway track was busy.',
    );
    expect(talks).toEqual([]);
  });
});
