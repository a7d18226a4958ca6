import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A paragraph of quoted titles, one a line — '"Title" by Jane Doe', no stop at the ends — is one
 * sentence to a reader of stops: every talk had all the lines as its summary. Each line is its
 * own talk's. Invented conference and people.
 */
describe('a paragraph citing a talk a line', () => {
  it('gives each talk its own line as its summary', () => {
    const { talks } = post(
      '# Streamline Summit 2031',
      '',
      '## Talks I would watch again',
      '',
      '"Designing for failure" by Jane Okafor',
      '"Kafka at scale" by Bruno Salgado - war stories about rebalancing',
      '"Why types matter" by Ana Lima',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Designing for failure', ['Jane Okafor']],
      ['Kafka at scale', ['Bruno Salgado']],
      ['Why types matter', ['Ana Lima']],
    ]);
    expect(talks[1]?.summary).toMatch(/rebalancing/);
    expect(talks[0]?.summary).not.toMatch(/Kafka|types/);
    expect(talks[2]?.summary).not.toMatch(/Kafka|failure/);
  });

  it('still shares one sentence citing two talks between them', () => {
    const { talks } = post(
      '# Streamline Summit 2031',
      '',
      '## Day one',
      '',
      'Both "Designing for failure" (Jane Okafor, Acme) and "Kafka at scale" (Bruno Salgado, Initech) argued for smaller blast radius.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Designing for failure', 'Kafka at scale']);
    for (const talk of talks) expect(talk.summary).toMatch(/blast radius/);
  });
});
