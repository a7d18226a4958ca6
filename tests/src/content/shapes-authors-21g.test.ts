import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21g): a recap by theme citing talks inline. */

describe('a recap by theme that cites its talks inline, the speaker in parentheses', () => {
  it('reads each citation as a talk of the theme, with the sentences about it', () => {
    const { talks } = post(
      '---',
      'title: "RustLab Firenze 2025, by theme"',
      '---',
      'Grouped by what I learned, talks cited inline.',
      '',
      '## Async is settling down',
      '',
      'Two talks made the case from opposite ends. *Async drop, at last* (Giulia Neri, Ferrous Labs) showed the RFC in practice. *Executors are boring now* (Marco Riva, Tokio Team) argued nobody should write one.',
      '',
      'I also enjoyed **"Pinning without tears"** (Sara Conti, Oxidize) for its diagrams.',
      '',
      '## Embedded',
      '',
      '*Rust on a $1 chip* (Luca Bassi, Nordic Bits) and *Probes and panics* (Elisa Fontana) were the two best talks of the day.',
      '',
      '## The venue',
      '',
      'Beautiful, but the Wi-Fi was bad.',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Async drop, at last', ['Giulia Neri @ Ferrous Labs'], 'Async is settling down'],
      ['Executors are boring now', ['Marco Riva @ Tokio Team'], 'Async is settling down'],
      ['Pinning without tears', ['Sara Conti @ Oxidize'], 'Async is settling down'],
      ['Rust on a $1 chip', ['Luca Bassi @ Nordic Bits'], 'Embedded'],
      ['Probes and panics', ['Elisa Fontana'], 'Embedded'],
    ]);
    expect(talks[0]?.summary).toBe(
      'Two talks made the case from opposite ends. Async drop, at last (Giulia Neri, Ferrous Labs) showed the RFC in practice.',
    );
    expect(talks[1]?.summary).toBe(
      'Executors are boring now (Marco Riva, Tokio Team) argued nobody should write one.',
    );
  });

  it('keeps a talk whose heading names its speaker a talk, with a work it mentions in its notes', () => {
    const { talks } = post(
      '# RustLab Firenze 2025',
      '',
      '## Async drop, at last — Giulia Neri (Ferrous Labs)',
      '',
      'She built on *Structured concurrency* (Marco Riva, Tokio Team) and *Scoped tasks* (Sara Conti) from last year.',
      '',
      '## Executors are boring now — Marco Riva (Tokio Team)',
      '',
      'Nobody should write one.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Async drop, at last', 'Executors are boring now']);
  });

  it('reads no citation from a book in italics with its author', () => {
    const { talks } = post(
      '# RustLab Firenze 2025',
      '',
      '## Reading list',
      '',
      'I finally read *Rust for Rustaceans* (Jon Gjengset) on the train.',
    );
    expect(talks).toEqual([]);
  });
});
