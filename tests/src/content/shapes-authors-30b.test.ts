import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Round N12: shapes of the invented posts of this round that were read wrong. */

describe('front matter talks with a company beside the speaker', () => {
  it('gives the company to the speakers that name none, and keeps the talks', () => {
    const { talks, problems } = post(
      '---',
      'title: Fjord Rust Week 2025 notes',
      'talks:',
      '  - title: "Async, the state of it"',
      '    speaker: "Oda Lien"',
      '    company: Kassa',
      '  - title: "Unsafe, by the rules"',
      '    speakers: ["Ravi Menon", "Ida Berg (Ferrous)"]',
      '    company: Kvist',
      '---',
      '',
      '## Async, the state of it',
      '',
      '- async closures',
      '',
      '## Unsafe, by the rules',
      '',
      '- tree borrows',
    );
    expect(problems).toEqual([]);
    expect(talks.map(who)).toEqual([
      ['Oda Lien @ Kassa'],
      ['Ravi Menon @ Kvist', 'Ida Berg @ Ferrous'],
    ]);
  });
});

describe("a blog export's subtitle over its byline and the talk headings", () => {
  it('is no topic of the talks under it', () => {
    const { talks, event } = post(
      '# Three things from Fjordconf 2025',
      '',
      '## Why small teams win',
      '',
      '[Kari Holm](https://medium.com/@kari?source=post_page)',
      '',
      '5 min read',
      '',
      '### Decision records that get read',
      '',
      'Per Aune (Bekk) walked us through their advice process and a wiki nobody opens.',
      '',
      '### One paved road',
      '',
      'Lina Saar, Oda Bank. 300 services and one way to ship them, in under ten minutes.',
    );
    expect(talks.map((t) => [t.title, t.topic, who(t)])).toEqual([
      ['Decision records that get read', undefined, ['Per Aune @ Bekk']],
      ['One paved road', undefined, ['Lina Saar @ Oda Bank']],
    ]);
    expect(event.topics).toEqual([]);
  });
});

describe('the notes opening with "Name, Company." as a sentence', () => {
  it('name the speaker and keep the rest as notes; a later paragraph never does', () => {
    const { talks } = post(
      '# Fjordconf 2025',
      '',
      '## One paved road',
      '',
      'Lina Saar, Oda Bank. 300 services and one way to ship them, in under ten minutes flat.',
      '',
      '## Streams, revisited',
      '',
      'Great talk with lots of diagrams about the consumer groups and their offsets.',
      '',
      'Kafka Streams, Confluent. The new API is nicer and the state stores are finally pluggable.',
    );
    expect(talks.map(who)).toEqual([['Lina Saar @ Oda Bank'], []]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual([
      '300 services and one way to ship them, in under ten minutes flat.',
    ]);
  });
});

describe("a talk's length after its speaker's name", () => {
  it('is no company', () => {
    const { talks } = post(
      '# Lisbon Rust meetup #12',
      '',
      'Talk 1: "Borrowing, gently" by Rui Lobo (Farfetch). Good intro.',
      '',
      'Talk 2 (lightning): "Cargo features" by Inês Sá — 10 minutes, very practical.',
    );
    expect(talks.map(who)).toEqual([['Rui Lobo @ Farfetch'], ['Inês Sá']]);
  });
});
