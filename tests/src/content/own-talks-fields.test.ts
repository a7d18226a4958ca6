import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A speaker's own page of their talks, each talk's conference given as fields under it
 * (`**Event:**`, `**Location:**`, `**Date:**`) rather than one line: each talk is of its
 * conference, on its date, and the fields, the site's link and a video "available soon" are no
 * notes. (Invented talks and conferences.)
 */
const PAGE = `---
title: "Talks"
---

## Writing a Rust client for a REST API

- **Event:** Crabfest 2021
- **Location:** Lyon, France
- **Date:** March 3rd, 2021
- **Website:** [link](https://crabfest.example)
- **Slides:** [link](https://slides.example/rust-client.pdf)
- **Video:** Available soon

## Queues you can trust

- **Event:** Nordic Infra Summit 2020
- **Location:** Oslo, Norway
- **Date:** June 12th, 2020
- **Slides:** [link](https://slides.example/queues.pdf)
- **YouTube:** Not available

## Paging without pain

- **Event:** SREcon Lisbon 2019
- **Date:** 8 October 2019
- **Slides:** [link](https://slides.example/paging.pdf)
`;

describe('a page of talks whose conferences are fields under each', () => {
  const parsed = parseNotes(PAGE, 'talks.md', 'talks');
  const events = [parsed.event, ...(parsed.more ?? [])];
  const eventOf = (title: string) => {
    const talk = parsed.talks.find((t) => t.title === title);
    return events.find((event) => event.id === talk?.event)?.name;
  };

  it('puts each talk in the conference its fields name, on its date', () => {
    expect(eventOf('Writing a Rust client for a REST API')).toBe('Crabfest 2021');
    expect(eventOf('Queues you can trust')).toBe('Nordic Infra Summit 2020');
    expect(eventOf('Paging without pain')).toBe('SREcon Lisbon 2019');
    expect(events.find((event) => event.name === 'Crabfest 2021')?.place).toBe('Lyon');
    expect(events.find((event) => event.name === 'Nordic Infra Summit 2020')?.place).toBe('Oslo');
    expect(parsed.talks.map((talk) => talk.date)).toEqual([
      '2021-03-03',
      '2020-06-12',
      '2019-10-08',
    ]);
  });

  it('keeps the fields, the site and links still to come out of the notes, the links in', () => {
    for (const talk of parsed.talks) {
      expect(talk.notes, talk.title).toEqual([]);
      expect(
        talk.links.some((link) => link.kind === 'slides'),
        talk.title,
      ).toBe(true);
    }
  });

  it('keeps a line that only starts with "Website:" as a note', () => {
    const { talks } = parseNotes(
      '# DevDays 2024\n\n## Static sites — Jane Roe\n\n- Website: we rebuilt ours in a weekend\n',
      'devdays-2024.md',
      'devdays-2024',
    );
    expect(talks[0]?.notes.map((note) => note.text)).toEqual([
      'Website: we rebuilt ours in a weekend',
    ]);
  });
});
