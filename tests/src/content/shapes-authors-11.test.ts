import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (11): each post invented for these tests. */

describe('a company blog: who wrote each talk’s notes is not its speaker', () => {
  const { talks } = post(
    '# Acme Engineering at KubeCon EU 2025',
    '',
    'Five of us went to Paris. Here is what we saw.',
    '',
    '## Multi-tenant Kubernetes, honestly',
    '',
    '*— by Priya Raman, Staff SRE*',
    '',
    'Speaker: Tom Becker (Spotify). Tom walked through how they split clusters per team.',
    '',
    '## eBPF for the rest of us',
    '',
    '*— by Lena Fischer, Platform Engineer*',
    '',
    'Maria Gonzalez from Isovalent showed how to trace latency without touching code.',
    '',
    '## Platform teams that say yes',
    '',
    'Written by Omar Haddad',
    '',
    'Golden paths beat tickets.',
    '',
    '## Sustainable on-call',
    '',
    '— by Jane Roe (Honeycomb)',
    '',
    'Pager load is a product metric.',
  );

  it('takes the speaker from the notes, and leaves the byline out of the summary', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Multi-tenant Kubernetes, honestly', ['Tom Becker @ Spotify']],
      ['eBPF for the rest of us', ['Maria Gonzalez @ Isovalent']],
      // "Written by" never names a speaker.
      ['Platform teams that say yes', []],
      // A dash and "by" with nobody else named: the speaker, as before.
      ['Sustainable on-call', ['Jane Roe @ Honeycomb']],
    ]);
    for (const talk of talks) expect(talk.summary).not.toMatch(/\bby\b|Written/);
    expect(talks[2]?.summary).toBe('Golden paths beat tickets.');
  });
});

describe('"Jane Doe on Topic" headings', () => {
  it('split where the person is evident: a company, a profile link, or what the notes say they did', () => {
    const { talks } = post(
      '# Notes from SREcon 2025',
      '',
      '## Jane Doe on Observability at Scale',
      '',
      'Jane explained why wide events beat metrics for debugging.',
      '',
      '## Ravi Kumar (Stripe) on why retries hurt',
      '',
      '- budgets, not counts',
      '',
      '## [Liz Okafor](https://github.com/lizokafor) on platform maturity',
      '',
      '- start with paved roads',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Observability at Scale', ['Jane Doe']],
      ['Why retries hurt', ['Ravi Kumar @ Stripe']],
      ['Platform maturity', ['Liz Okafor']],
    ]);
  });

  it('stay titles when nothing shows a person: "Service Mesh on Kubernetes"', () => {
    const { talks } = post(
      '# Notes from KubeCon 2025',
      '',
      '## Service Mesh on Kubernetes',
      '',
      'Service meshes started as sidecars; ambient mode removes them.',
      '',
      '## Spring Boot on Azure',
      '',
      '- cold starts',
      '',
      '## Large Language Models on the Edge',
      '',
      'Models shrink.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Service Mesh on Kubernetes', []],
      ['Spring Boot on Azure', []],
      ['Large Language Models on the Edge', []],
    ]);
  });
});
