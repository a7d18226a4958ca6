import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { post, who } from './shape-fixture.ts';

/** The post's own outline, read apart from its talks (round l38). Invented posts and people. */

const shown = (talks: { title: string; speakers: { name?: string }[]; topic?: string }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.topic ?? null]);

/** Two talks as `###` headings, "Title — Speaker". */
const TWO_TALKS = [
  '### Streaming Ledgers at Scale — Mirela Voss',
  '',
  '- ledgers are append-only',
  '',
  '### Columnar Formats Revisited — Tobin Okafor',
  '',
  '- parquet against orc',
];

describe("a report's numbered outline and a marketing line over the talks", () => {
  it('reads "2. DETAILED CONTENT" and "Everyone will find…" as no topic', () => {
    const { talks, event } = post(
      '# Harborline Data Summit 2026',
      '',
      '## 1. OVERVIEW',
      '',
      'A day of talks about data platforms.',
      '',
      '## 2. DETAILED CONTENT',
      '',
      ...TWO_TALKS,
      '',
      '## 3. NỘI DUNG CHI TIẾT',
      '',
      '### Vector Search on a Budget — Linh Quach',
      '',
      '- one box is enough',
      '',
      '## Everyone will find something for themselves…',
      '',
      '### Signals in Practice — Ilse Marjoram',
      '',
      '- reactive graphs',
    );
    expect(shown(talks)).toEqual([
      ['Streaming Ledgers at Scale', ['Mirela Voss'], null],
      ['Columnar Formats Revisited', ['Tobin Okafor'], null],
      ['Vector Search on a Budget', ['Linh Quach'], null],
      ['Signals in Practice', ['Ilse Marjoram'], null],
    ]);
    expect(event.topics).toEqual([]);
  });

  it('keeps a group heading that names a topic', () => {
    const { talks } = post(
      '# Harborline Data Summit 2026',
      '',
      '## Data Platforms',
      '',
      ...TWO_TALKS,
    );
    expect(talks.map((t) => t.topic)).toEqual(['Data Platforms', 'Data Platforms']);
  });
});

describe('afterword headings', () => {
  it('reads "Until next year", "Dziękuję", "Sayonara" as no talks', () => {
    const { talks } = post(
      '# Quillfield DevDay 2026',
      '',
      '## Building Offline-First Apps with CRDTs',
      '',
      'Speaker: Anouk Verhelst',
      '',
      '- sync is hard',
      '',
      '## Observability for Tiny Teams',
      '',
      'Speaker: Marek Dobrowolski',
      '',
      '- logs first',
      '',
      '## Until next year',
      '',
      'I will be back, for sure. Thanks to Lena Brandt for the ticket.',
      '',
      '## Dziękuję',
      '',
      'Great event.',
      '',
      '## Sayonara',
      '',
      'Bye.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Building Offline-First Apps with CRDTs',
      'Observability for Tiny Teams',
    ]);
  });
});

describe('a template title and a "when @ where" line', () => {
  it('names the event by its heading and reads the date and the place from the quote', () => {
    const { event } = parseNotes(
      [
        '---',
        'title: "Event 1"',
        'date: 2026-05-12',
        '---',
        '',
        '# Harborline Data Summit 2026',
        '',
        '> 2026-04-23 09:00 - 16:50 @ Pier Nine Hall, Rotterdam',
        '',
        '## Streaming Ledgers at Scale',
        '',
        'Speaker: Mirela Voss',
        '',
        '- ledgers',
      ].join('\n'),
      'blog/harborline.md',
      'harborline',
    );
    expect(event.name).toBe('Harborline Data Summit 2026');
    expect(event.dates).toBe('2026-04-23');
    expect(event.place).toBe('Pier Nine Hall, Rotterdam');
  });

  it('reads a day-first date with a time after a dot, and "Untitled" is no name', () => {
    const { event, talks } = parseNotes(
      [
        '---',
        'title: Untitled',
        '---',
        '',
        '# Brightwater Cloud Meetup',
        '',
        '📅 23.04.2026 · 10:00–17:00 @ Kulturhaus Brightwater, Bremen',
        '',
        '## Serverless Cold Starts Explained',
        '',
        'Speaker: Oona Halvorsen',
        '',
        '- cold starts',
      ].join('\n'),
      'notes.md',
      'notes',
    );
    expect(event.name).toBe('Brightwater Cloud Meetup');
    expect(event.dates).toBe('2026-04-23');
    expect(event.place).toBe('Kulturhaus Brightwater, Bremen');
    expect(talks.map((t) => t.title)).toEqual(['Serverless Cold Starts Explained']);
  });
});

describe('a dash before a subtitle, and "Talk 2:" before a title of common words', () => {
  it('keeps "Title — A Subtitle" whole and reads no people from it', () => {
    const { talks } = post(
      '# Glenmoor AI Day 2026',
      '',
      '## Credit Scoring with Many Agents — A Practical Field Guide',
      '',
      '- agents vote on scores',
      '',
      '## Search Relevance Tuning — Where Ranking Goes Wrong',
      '',
      '- ranking',
      '',
      '## Streaming Ledgers at Scale — Mirela Voss',
      '',
      '- ledgers',
      '',
      '## Pipelines for Everyone — Hanne Duvekot and Ruben Salas',
      '',
      '- pipes',
    );
    expect(shown(talks)).toEqual([
      ['Credit Scoring with Many Agents — A Practical Field Guide', [], null],
      ['Search Relevance Tuning — Where Ranking Goes Wrong', [], null],
      ['Streaming Ledgers at Scale', ['Mirela Voss'], null],
      ['Pipelines for Everyone', ['Hanne Duvekot', 'Ruben Salas'], null],
    ]);
  });

  it('drops the count before bold titles and ends a talk at a part of the day', () => {
    const { talks, event } = post(
      '# Brightwater Cloud Meetup 2026',
      '',
      '**🕙 MORNING**',
      '',
      '**Talk 1: Serverless Cold Starts Explained**',
      '',
      'Speaker: Oona Halvorsen',
      '',
      '- cold starts',
      '',
      '**Talk 2: Event Sourcing in Anger**',
      '',
      'Speaker: Dario Ferreiro',
      '',
      '- events',
      '',
      '**🕝 AFTERNOON**',
      '',
      '**Session 3 - Cost Dashboards That Work**',
      '',
      'Speaker: Hilde Varga',
      '',
      '- costs',
      '',
      'Afternoon session',
      '',
      '**Talk 4: Billing Pipelines**',
      '',
      'Speaker: Ines Takala',
      '',
      '- invoices',
    );
    expect(event.name).toBe('Brightwater Cloud Meetup 2026');
    expect(shown(talks)).toEqual([
      ['Serverless Cold Starts Explained', ['Oona Halvorsen'], null],
      ['Event Sourcing in Anger', ['Dario Ferreiro'], null],
      ['Cost Dashboards That Work', ['Hilde Varga'], null],
      ['Billing Pipelines', ['Ines Takala'], null],
    ]);
    expect(talks.map((t) => t.summary)).toEqual(['cold starts.', 'events.', 'costs.', 'invoices.']);
  });
});

describe("a list item naming a person's keynote", () => {
  it('reads "Name\'s Keynote" and "Name’s talk on X" as that person\'s talks', () => {
    const { talks } = post(
      '# Brightwater Cloud Meetup 2026',
      '',
      '## 🕙 MORNING',
      '',
      '- Talk 1: Serverless Cold Starts Explained (Oona Halvorsen)',
      "- Marit Solberg's Keynote",
      '- Dario Ferreiro’s talk on Event Sagas',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Serverless Cold Starts Explained', ['Oona Halvorsen']],
      ['Keynote', ['Marit Solberg']],
      ['Event Sagas', ['Dario Ferreiro']],
    ]);
  });
});

describe('an event named only by the title after the post’s own words', () => {
  it('cuts the lower-case subtitle after the name', () => {
    const { event } = parseNotes(
      [
        '---',
        'title: "Some notes from Lakeside DevDay: agents, queues and more"',
        '---',
        '',
        '## Async Traits Today',
        '',
        'Speaker: Ivo Brandt',
        '',
        '- pinning',
      ].join('\n'),
      'blog/post.md',
      'post',
    );
    expect(event.name).toBe('Lakeside DevDay');
  });
});
