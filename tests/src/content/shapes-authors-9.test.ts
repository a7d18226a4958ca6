import { describe, expect, it } from 'vitest';
import { kinds, post, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (9): each post invented for these tests. */

describe('a numbered list of bold titles with a "Speaker:" label', () => {
  it('is a list of talks, each with its speaker, company and notes', () => {
    const { talks } = post(
      '# Frontend Dawn 2024',
      '',
      '## The talks',
      '',
      '1. **Signals Everywhere** — Speaker: Noor Ferreira (Vuetiful). Noor compared signals in four frameworks. [slides](https://example.com/s)',
      '2. **CSS Is a Language Now** — Speaker: Tam Archer. Container queries and nesting.',
      '3. **Testing That Works** — Speakers: Pia Desai & Olu Ade. Tools catch a third of issues.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals Everywhere', ['Noor Ferreira @ Vuetiful']],
      ['CSS Is a Language Now', ['Tam Archer']],
      ['Testing That Works', ['Pia Desai', 'Olu Ade']],
    ]);
    expect(talks[0]?.summary).toMatch(/^Noor compared signals/);
    expect(kinds(talks[0])).toEqual(['slides']);
  });
});

describe('people in the parentheses after a title', () => {
  it('gives two people and the company after them both that company', () => {
    const { talks } = post(
      '# RustNorth 2025',
      '',
      '### Fearless FFI (Yuki Sato & Mateo Ruiz, Kitsune Systems)',
      '',
      '- bindgen everywhere',
      '',
      '### Async in anger (Lena Hartmann and Olaf Berg, Kaffe AS)',
      '',
      '- pinning explained',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Fearless FFI', ['Yuki Sato @ Kitsune Systems', 'Mateo Ruiz @ Kitsune Systems']],
      ['Async in anger', ['Lena Hartmann @ Kaffe AS', 'Olaf Berg @ Kaffe AS']],
    ]);
  });

  it('keeps an aside of the title in the title: "(Sort Of)", "(and Regret It)", "(Maybe Not)"', () => {
    const { talks } = post(
      '# StreamDays 2023',
      '',
      '### 10:15 – Exactly-Once Is a Lie (Sort Of)',
      '*Rahul Iyer (Quantix)*',
      '',
      'Idempotent sinks are still needed.',
      '',
      '### Ivan Petrov: Why We Rewrote It in Rust (and Regret It)',
      '',
      '- compile times',
      '',
      '### Mia Lund: Is Kafka Dead? (Maybe Not)',
      '',
      '- tiered storage',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Exactly-Once Is a Lie (Sort Of)', ['Rahul Iyer @ Quantix']],
      ['Why We Rewrote It in Rust (and Regret It)', ['Ivan Petrov']],
      ['Is Kafka Dead? (Maybe Not)', ['Mia Lund']],
    ]);
    expect(talks[0]?.summary).toBe('Idempotent sinks are still needed.');
  });
});

describe('a counter before the title', () => {
  it('is no part of the title: "Talk 3/12:", "Session 4 of 12:"', () => {
    const { talks } = post(
      '# PTC 2024',
      '',
      '## Talk 3/12: Flaky Tests Are a Social Problem',
      '**Who:** Grace O’Neill, Monzoo',
      '',
      '- owners within 24h',
      '',
      '## Session 4 of 12: Testing in Production',
      '**Who:** Viktor Hansen',
      '',
      '- dark launches',
      '',
      '## Favourite talks',
      '',
      '1. Flaky Tests Are a Social Problem — Grace O’Neill',
    );
    expect(talks.map((t) => [t.id, t.title])).toEqual([
      ['flaky-tests-are-a-social-problem', 'Flaky Tests Are a Social Problem'],
      ['testing-in-production', 'Testing in Production'],
    ]);
  });
});

describe('a panel whose people are named in a sentence under its heading', () => {
  it('lists everyone: "With A, B, and C. Moderated by D."', () => {
    const { talks } = post(
      '# StreamDays 2023',
      '',
      '### Panel: Is Streaming Worth It?',
      '',
      'With Femke de Vries, Rahul Iyer, and Karin Bloom. Moderated by Joost Pel.',
      '',
      'Spicy panel: most companies need a batch job every 15 minutes.',
      '',
      '### Debugging consumer lag',
      '',
      'With Kafka, lag is the first metric anyone looks at. Ahmed showed three dashboards.',
    );
    expect(who(talks[0])).toEqual(['Femke de Vries', 'Rahul Iyer', 'Karin Bloom', 'Joost Pel']);
    expect(talks[0]?.summary).toMatch(/^Spicy panel/);
    // "With Kafka, …" is a sentence of the notes, not a speaker.
    expect(who(talks[1])).toEqual([]);
    expect(talks[1]?.summary).toMatch(/^With Kafka, lag/);
  });
});

describe('an Obsidian note: fields with "::", pages in [[ ]], callouts', () => {
  const { talks } = post(
    '# ML Ops Week 2025',
    '',
    '### LLM Evaluation in CI',
    'speaker:: [[Arjun Patel]], [[Mia Schneider]]',
    'company:: Evalworks',
    '',
    '> [!tip] Key takeaway',
    '> Treat prompts like code: version them and test them.',
    '',
    '- Golden datasets of ~200 examples are enough',
    '',
    '### Feature stores',
    'speaker:: [[Elena Moretti]]',
    '',
    '> [!note] Elena argued that feature stores live on inside lakehouses.',
  );

  it('reads a page each as a person, of the company given', () => {
    expect(who(talks[0])).toEqual(['Arjun Patel @ Evalworks', 'Mia Schneider @ Evalworks']);
    expect(who(talks[1])).toEqual(['Elena Moretti']);
  });

  it("leaves a callout's title out of the summary, but keeps a one-line callout's words", () => {
    expect(talks[0]?.summary).toMatch(/^Treat prompts like code/);
    expect(talks[1]?.summary).toMatch(/^Elena argued/);
  });
});

describe('a link labelled with an arrow', () => {
  it('is the slides or video the label names: "slides → https://…"', () => {
    const { talks } = post(
      '# PTC 2024',
      '',
      '## Property-Based Testing',
      '**Who:** Hamid Karimi',
      '',
      '- shrinking is the killer feature',
      '- slides → https://example.com/pbt-slides',
      '- Recording -> https://example.com/pbt-video',
    );
    expect(talks[0]?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://example.com/pbt-slides'],
      ['video', 'https://example.com/pbt-video'],
    ]);
    expect(talks[0]?.summary).toBe('shrinking is the killer feature.');
  });
});

describe("more of the post's own sections", () => {
  it('skips the expo hall and the author’s top takeaways, named in the warnings', () => {
    const { talks, problems } = post(
      '# DevJoy Conf 2024',
      '',
      '## Your CI is too slow',
      'Speaker: Ana Costa',
      '',
      '- cache everything',
      '',
      '## Sponsors & expo hall',
      '',
      'Shout-out to the sponsors: Gridline, Tidewave and Northbeam.',
      '',
      '## 💡 My top 3 takeaways',
      '',
      '1. CI speed is a product',
      '2. Cognitive load is a budget',
    );
    expect(talks.map((t) => t.title)).toEqual(['Your CI is too slow']);
    expect(warnings(problems)).toEqual([
      '8: "Sponsors & expo hall" skipped as not a talk: a section of the post, not a talk',
      '12: "💡 My top 3 takeaways" skipped as not a talk: a section of the post, not a talk',
    ]);
  });
});
