import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (13): each post invented for these tests. */

describe('speakers named only in the notes, and the post’s closing words', () => {
  const { talks } = post(
    '# Notes from NordConf 2025',
    '',
    'Great conference in Oslo this year. Here are my notes.',
    '',
    '## Day 1',
    '',
    '**Opening keynote - Sigrid Aalto**',
    '',
    'Sigrid talked about platform teams and golden paths.',
    '',
    '### Building resilient queues',
    '',
    'Speakers were Ola Hansen and Kari Berg from Vipps.',
    '',
    'They moved from RabbitMQ to Kafka.',
    '',
    '### The hidden cost of microservices',
    '',
    'Kent Brockman took the stage and explained why they merged 40 services into 3.',
    '',
    '### Keynote: Tom Berg',
    '',
    'Tom answered questions about his move to Rust.',
    '',
    '### Panel: Service Mesh',
    '',
    'Service meshes everywhere. Istio against Linkerd.',
    '',
    '### Docker Compose in CI',
    '',
    'Docker Compose showed up in every demo.',
    '',
    '### Observability on a budget',
    '',
    '*Maria Lind, Telenor*',
    '',
    'Cheap tracing with OpenTelemetry and sampling.',
    '',
    'Pizza was cold, coffee was great. See you next year!',
  );

  it('reads the speaker from a keynote’s name, a “Speakers were” sentence and “took the stage”', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Opening keynote', ['Sigrid Aalto']],
      ['Building resilient queues', ['Ola Hansen @ Vipps', 'Kari Berg @ Vipps']],
      ['The hidden cost of microservices', ['Kent Brockman']],
      ['Keynote', ['Tom Berg']],
      ['Service Mesh', []],
      ['Docker Compose in CI', []],
      ['Observability on a budget', ['Maria Lind @ Telenor']],
    ]);
  });

  it('keeps the speaker’s sentence and the post’s sign-off out of the summaries', () => {
    const summary = (title: string) => talks.find((t) => t.title === title)?.summary;
    expect(summary('Building resilient queues')).toBe('They moved from RabbitMQ to Kafka.');
    expect(summary('Opening keynote')).toBe('Sigrid talked about platform teams and golden paths.');
    expect(summary('Observability on a budget')).toBe(
      'Cheap tracing with OpenTelemetry and sampling.',
    );
  });
});

describe('a talk’s facts in a table with its labels across the top', () => {
  const { talks } = post(
    '# JSConf Nordic 2025 recap',
    '',
    '## Signals everywhere',
    '',
    '| Speaker | Company | Slides | Video |',
    '|---|---|---|---|',
    '| Lisa Hoffmann | Team Topologies | [deck](https://speakerdeck.com/lisa/signals) | [YouTube](https://youtu.be/abc123) |',
    '',
    'Signals are the new hooks.',
    '',
    '## Bundlers in 2025',
    '',
    '| Speaker | Slides |',
    '| --- | --- |',
    '| Piotr Nowak (Allegro) | [PDF](https://example.com/bundlers.pdf) |',
    '',
    'Vite won, Rolldown next.',
  );

  it('reads the speaker, company and links from the row, and keeps the table out of the summary', () => {
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind), t.summary])).toEqual([
      [
        'Signals everywhere',
        ['Lisa Hoffmann @ Team Topologies'],
        ['slides', 'video'],
        'Signals are the new hooks.',
      ],
      ['Bundlers in 2025', ['Piotr Nowak @ Allegro'], ['slides'], 'Vite won, Rolldown next.'],
    ]);
  });
});
