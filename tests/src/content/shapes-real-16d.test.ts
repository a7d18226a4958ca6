import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (R16), written again with invented talks and people: a talk's (or an
 * essay's) points as numbered sub-headings with an aside in parentheses.
 */

describe('numbered points under a talk that names its speaker', () => {
  const parsed = post(
    '# Notes from Fjordconf 2026',
    '',
    '## Keynote: the ethics of AI (Maria Lindqvist)',
    '',
    '#### 1. Algorithmic Discrimination (Bias & Fairness)',
    'Models learn bias.',
    '',
    '#### 2. Privacy (Data Protection)',
    'Data leaks.',
    '',
    '## Workshop day',
    '',
    'Hands-on, no notes.',
  );

  it('are its notes, not talks of a company "(Bias & Fairness)"', () => {
    const titles = parsed.talks.map((t) => t.title);
    expect(titles).not.toContain('Algorithmic Discrimination');
    expect(titles).not.toContain('Privacy');
    expect([parsed.talks[0]?.title, who(parsed.talks[0])]).toEqual([
      'The ethics of AI',
      ['Maria Lindqvist'],
    ]);
    expect(parsed.talks[0]?.summary).toContain('Privacy (Data Protection)');
  });
});

describe('four numbered points of an essay', () => {
  const parsed = post(
    '# Platform fundamentals',
    '',
    '## The four pillars',
    '',
    '#### 1. Culture (People First)',
    '- Shared ownership',
    '',
    '#### 2. Automation (CI/CD)',
    '- Pipelines',
    '',
    '#### 3. Measurement (Metrics & SLOs)',
    '- Dashboards',
    '',
    '#### 4. Sharing (Knowledge Transfer)',
    '- Wikis',
  );

  it('are no four talks with companies', () => {
    expect(parsed.talks.map((t) => t.title)).toEqual(['The four pillars']);
    expect(parsed.talks.flatMap((t) => t.speakers)).toEqual([]);
  });
});

describe('a numbered list of favourite talks', () => {
  const parsed = post(
    '# Fjordconf 2026',
    '',
    '## My top 4 talks',
    '',
    '### 1. Queues by default (Fjordpay)',
    '- Backpressure',
    '',
    '### 2. Caches that forget (Sundial)',
    '- Eviction',
    '',
    '### 3. Streams in anger (Nordbank)',
    '- Throughput',
    '',
    '### 4. Pipelines (Acme)',
    '- Stages',
  );

  it('stays four talks', () => {
    expect(parsed.talks).toHaveLength(4);
    expect(parsed.talks.slice(1).map((t) => [t.title, who(t)])).toEqual([
      ['Caches that forget', ['Sundial']],
      ['Streams in anger', ['Nordbank']],
      ['Pipelines', ['Acme']],
    ]);
  });
});

describe('"Name: Title" headings whose titles read as names too', () => {
  const parsed = post(
    '# My favourite talks of the year',
    '',
    '## Jake Holm: Modern Progressive Enhancement',
    'Service workers.',
    '',
    '## Monica Dahl: Emoji Compression',
    'Squeezing emoji.',
  );

  it('give the person first as the speaker', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Modern Progressive Enhancement', ['Jake Holm']],
      ['Emoji Compression', ['Monica Dahl']],
    ]);
  });
});

describe('"Title • Name • Event Year" headings (a video playlist written out)', () => {
  const parsed = post(
    '## State of Queues • Ola Nord • FJORDCONF 2026',
    'URL: [https://www.youtube.com/watch?v=aaaaaaaaaaa](https://www.youtube.com/watch?v=aaaaaaaaaaa)',
    '',
    '## Design for Developers • Anna Lind & Bo Sten • FJORDCONF 2026',
    '- Design matters',
  );

  it('name the speakers, the event no company', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['State of Queues', ['Ola Nord']],
      ['Design for Developers', ['Anna Lind', 'Bo Sten']],
    ]);
  });
});
