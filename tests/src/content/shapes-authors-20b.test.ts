import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of notes as tools and platforms export them, and as teams write them (20, continued):
 * each post invented for these tests.
 */

describe('Pandoc and Quarto heading attributes', () => {
  it('are no words of a heading: "References {.unnumbered}" is the post’s, no talk', () => {
    const { talks } = post(
      '## Talks',
      '',
      '### Tidy models in production {#sec-tidy}',
      '',
      '*Speaker: Ines Roth (Stat Labs)*',
      '',
      '- vetiver for deployment',
      '',
      '### Quarto for reports {#sec-quarto .smaller}',
      '',
      '*Speaker: Olaf Berg (Posit)*',
      '',
      '- one source, many formats',
      '',
      '## References {.unnumbered}',
      '',
      '## Acknowledgements {-}',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Tidy models in production', ['Ines Roth @ Stat Labs']],
      ['Quarto for reports', ['Olaf Berg @ Posit']],
    ]);
  });
});

describe('a team page, a section per member', () => {
  const page = post(
    '# DevFjord 2025 — team picks',
    '',
    '## Ingrid’s picks',
    '',
    '- **Queues are not databases** — Kari Moe (Postly): use a queue for work, not for state',
    '- **Boring deploys** — Ana Ruiz (Shipwell): Friday deploys are fine with rollbacks',
    '',
    '## Picks from Ola',
    '',
    '- **Boring deploys** — Ana Ruiz (Shipwell): the rollback demo was the best part',
    '- **Typed SQL** — Per Lund (Bankly): jOOQ won',
    '',
    '## Tove’s picks',
    '',
    'Was at the workshop all day, sorry!',
  );

  it('gives one talk per talk, with the notes of everyone who picked it', () => {
    expect(page.talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Queues are not databases', ['Kari Moe @ Postly'], undefined],
      ['Boring deploys', ['Ana Ruiz @ Shipwell'], undefined],
      ['Typed SQL', ['Per Lund @ Bankly'], undefined],
    ]);
    expect(page.talks[1]?.summary).toBe(
      'Friday deploys are fine with rollbacks. the rollback demo was the best part.',
    );
    expect(page.problems.map((p) => p.message).join('\n')).not.toContain('repeated heading');
  });

  it('takes a recap’s repeat of a talk with its recording as that talk’s link, not a point of its notes', () => {
    const { talks } = post(
      '# FjordPy 2025',
      '',
      '## Typed pipelines — Eva Strand (Kelp)',
      '',
      'Protocols over base classes.',
      '',
      '## Fast tests — Jon Berg',
      '',
      'Less mocking.',
      '',
      '## My favourites',
      '',
      '- **Typed pipelines** by Eva Strand — https://www.youtube.com/watch?v=abc123',
    );
    expect(talks.map((t) => t.title)).toEqual(['Typed pipelines', 'Fast tests']);
    expect(talks[0]?.links.map((l) => [l.kind, l.url])).toEqual([
      ['video', 'https://www.youtube.com/watch?v=abc123'],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Protocols over base classes.']);
  });

  it('keeps two talks of one title by other people apart', () => {
    const { talks } = post(
      '# Two keynotes',
      '',
      '## Keynote by Ada Berg',
      '',
      '- day one',
      '',
      '## Keynote by Tom Lie',
      '',
      '- day two',
    );
    expect(talks.map((t) => [t.id, who(t)])).toEqual([
      ['keynote', ['Ada Berg']],
      ['keynote-2', ['Tom Lie']],
    ]);
  });
});

describe('a newsletter’s own sections', () => {
  it.each(['Links of the week', 'Around the web', 'What I’m reading', 'This week’s reads'])(
    '"%s" holds articles, not talks',
    (heading) => {
      const { talks } = post(
        '# The Backend Letter #12: notes from QueueConf 2025',
        '',
        '## Exactly-once is a lie',
        '',
        '*Talk by Hedda Lund (Postly)*',
        '',
        'Idempotency keys, always.',
        '',
        `## ${heading}`,
        '',
        '- [Why we left Kafka](https://blog.example.com/left-kafka) by Ola Berg',
        '- [The log is the database](https://blog.example.com/log-db) by Kari Moe',
      );
      expect(talks.map((t) => [t.title, who(t)])).toEqual([
        ['Exactly-once is a lie', ['Hedda Lund @ Postly']],
      ]);
    },
  );
});

describe('a Pandoc title block', () => {
  it('names the event and its author, and is no note', () => {
    const { event, talks } = post(
      '% What I saw at DataHarbour 2025',
      '% Sofie Dahl',
      '% 3 March 2025',
      '',
      'Vector search is just search',
      '----------------------------',
      '',
      'Speaker: Emil Strand (Lookup AB)',
      '',
      'Hybrid retrieval won every benchmark.',
    );
    expect(event.name).toBe('DataHarbour 2025');
    expect(event.author).toBe('Sofie Dahl');
    expect(talks.map((t) => [t.title, who(t), t.summary, t.source.line])).toEqual([
      [
        'Vector search is just search',
        ['Emil Strand @ Lookup AB'],
        'Hybrid retrieval won every benchmark.',
        5,
      ],
    ]);
  });
});

describe('one "Speaker:" label over two people with their companies', () => {
  it.each([
    'Speaker: Ingrid Holm (Danske Bank), Peter Nørgaard (Nordea)',
    'speaker:: [[Ingrid Holm]] (Danske Bank), [[Peter Nørgaard]] (Nordea)',
  ])('"%s" is two people', (line) => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## The hidden cost of microservices',
      '',
      line,
      '',
      '- 14 hops',
    );
    expect(who(talks[0])).toEqual(['Ingrid Holm @ Danske Bank', 'Peter Nørgaard @ Nordea']);
  });

  it('keeps "Speaker: Zbyněk Roubalík, Red Hat" one person of a company', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## Operators',
      '',
      'Speaker: Zbyněk Roubalík, Red Hat',
    );
    expect(who(talks[0])).toEqual(['Zbyněk Roubalík @ Red Hat']);
  });
});

describe('a title that says where the notes come from', () => {
  it.each([
    ['Voxxed Days Zürich 2025 – Teams chat export', 'Voxxed Days Zürich 2025'],
    ['KubeDays Oslo 2025 — Slack thread', 'KubeDays Oslo 2025'],
    ['FrOSCon 2025: shared pad', 'FrOSCon 2025'],
    ['Rückblick – Cloud Native Meetup Hamburg #23', 'Cloud Native Meetup Hamburg #23'],
    ['Recap — DevOpsDays Oslo 2025', 'DevOpsDays Oslo 2025'],
  ])('"%s" is %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });
});

describe('a Google Docs export', () => {
  it('reads its escaped numbering and its redirected links as the talk’s', () => {
    const { talks } = post(
      '# Trip report: FinOps Days Bern 2025',
      '',
      '## 2\\.1 Tagging is a product \\- Jana Frei (Postfinance)',
      '',
      '**Key** **points:**',
      '',
      '* Untagged spend is nobody’s spend  ',
      '* Tag policies in CI',
      '',
      '[Slides](https://www.google.com/url?q=https://speakerdeck.com/jfrei/tagging&sa=D&source=editors&ust=1&usg=AOv)',
      '[Recording](https://www.google.com/url?q=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dfod25tag&sa=D)',
    );
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => [l.kind, l.url])])).toEqual([
      [
        'Tagging is a product',
        ['Jana Frei @ Postfinance'],
        [
          ['slides', 'https://speakerdeck.com/jfrei/tagging'],
          ['video', 'https://www.youtube.com/watch?v=fod25tag'],
        ],
      ],
    ]);
  });
});
