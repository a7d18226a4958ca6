import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Two people or more named after a title, read as one person and a company: "Title (Jon Tirsen,
 * Sarah Holt)" in a best-of list, "Title, Andrew Martin & Matt Jarvis" in a list of stand-out
 * talks (the shapes of real QCon and KubeCon recaps). Invented titles.
 */
describe('two people in parentheses after a title', () => {
  it('are two speakers, not a person of a company', () => {
    const { talks } = post(
      '# Best of Harbourconf',
      '',
      '- A travel guide in the cloud (Jon Tirsen, Sarah Holt): [Slides](https://harbourconf.example/s/1.pdf)',
      '- Scaling data (Alvin Richards, Capital One): [Slides](https://harbourconf.example/s/2.pdf)',
      '- Postgres tips (Femke de Groot, Johnson & Johnson): [Slides](https://harbourconf.example/s/3.pdf)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['A travel guide in the cloud', ['Jon Tirsen', 'Sarah Holt']],
      ['Scaling data', ['Alvin Richards @ Capital One']],
      ['Postgres tips', ['Femke de Groot @ Johnson & Johnson']],
    ]);
  });
});

describe('people after the last comma of a heading', () => {
  const talks = () =>
    post(
      '# Kubecon, is it still for me?',
      '',
      '## 1. Real-time media in Kubernetes, Giles Heron',
      '',
      'A story about football streams.',
      '',
      '## 2. Back to the Future: Cloud Native Security, Andrew Martin & Matt Jarvis',
      '',
      'A history lesson.',
      '',
      '## 3. Trusting Container Scanners, Ian Moreau, Sarah Holt, Brad Ortiz, Datadog',
      '',
      'Fooling scanners is easy.',
    ).talks;

  it('are each a speaker when joined by "&"', () => {
    expect(talks()[1]?.title).toBe('Back to the Future: Cloud Native Security');
    expect(who(talks()[1])).toEqual(['Andrew Martin', 'Matt Jarvis']);
  });

  it('are each a speaker before the company that ends the heading', () => {
    expect(talks()[2]?.title).toBe('Trusting Container Scanners');
    expect(who(talks()[2])).toEqual(['Ian Moreau', 'Sarah Holt', 'Brad Ortiz @ Datadog']);
  });

  it('leave a title with a comma of its own whole', () => {
    expect(talks()[0]?.title).toBe('Real-time media in Kubernetes');
    const { talks: more } = post(
      '# Notes',
      '',
      '## Kubernetes, Docker and You, Sarah Holt',
      '',
      '- containers',
      '',
      '## Rust, the hard parts, Omar Haddad',
      '',
      '- lifetimes',
    );
    expect(more.map((t) => [t.title, who(t)])).toEqual([
      ['Kubernetes, Docker and You', ['Sarah Holt']],
      ['Rust, the hard parts', ['Omar Haddad']],
    ]);
  });
});
