import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Lists of talks written "* *Title:* notes…, by Ada Lind." (an emphasised title with its colon)
 * and '- " [Title](…)": notes' (a quoted linked title) read no talk at all. Invented event, talks
 * and people.
 */
const read = (...lines: string[]) =>
  parseNotes(['# Frontend Fika 2031', '', ...lines].join('\n'), 'fika.md', 'x').talks.map(
    (talk) => ({
      title: talk.title,
      speakers: talk.speakers.map((speaker) => speaker.name),
      notes: talk.notes.map((note) => note.text).join(' '),
    }),
  );

describe('a list item opening with an emphasised title and a colon', () => {
  it('is a talk, its speaker named after "by"', () => {
    expect(
      read(
        '## What I saw',
        '',
        '* *Signals in every framework:* everyone converges on fine-grained reactivity, by Ada Lind.',
        '* **CSS anchor positioning**: tooltips without JavaScript at last, by Bo Sten.',
      ),
    ).toEqual([
      {
        title: 'Signals in every framework',
        speakers: ['Ada Lind'],
        notes: 'everyone converges on fine-grained reactivity',
      },
      {
        title: 'CSS anchor positioning',
        speakers: ['Bo Sten'],
        notes: 'tooltips without JavaScript at last',
      },
    ]);
  });

  it('leaves labelled notes of a talk, and a post’s practical bits, as they were', () => {
    expect(
      read(
        '## Refactoring CSS at scale',
        '',
        'Speaker: Jane Roe',
        '',
        '- **Key takeaway:** delete more than you add.',
        '- **Tooling she used:** stylelint with a custom plugin, by Ada Lind.',
      ).map((talk) => [talk.title, talk.speakers]),
    ).toEqual([['Refactoring CSS at scale', ['Jane Roe']]]);
  });
});

describe('a list item opening with a quoted linked title', () => {
  it('is a talk, its notes after the closing quote and colon', () => {
    expect(
      read(
        '## Talks I liked',
        '',
        '- " [The state of HTTP/3](https://example.com/h3)": QUIC adoption and the middleboxes that break it.',
        '- " [Accessibility audits that stick](https://example.com/a11y)": make the checklist part of CI.',
      ),
    ).toEqual([
      {
        title: 'The state of HTTP/3',
        speakers: [],
        notes: 'QUIC adoption and the middleboxes that break it.',
      },
      {
        title: 'Accessibility audits that stick',
        speakers: [],
        notes: 'make the checklist part of CI.',
      },
    ]);
  });
});
