import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (R16), written again with invented talks and people: a speaker's line
 * that says where they work in a sentence's words, and bylines typed without capitals.
 */

describe('a speaker line that says where the speaker works in words', () => {
  const parsed = post(
    '# Mes notes du Fjordconf 2026',
    '',
    '## Les files en production',
    'speaker = Maëlle Quintin, bosse à Qonto',
    '- Partitions',
    '',
    '## Kafka ohne Schmerzen',
    'Sprecher: Jörg Albers, arbeitet bei Zalando',
    '- Topics',
    '',
    '## Observabilidad',
    'Ponente: Lucía Varela, trabaja en Cabify',
    '- Trazas',
    '',
    '## Caching at scale',
    'Speaker: Ola Nord, works at Fjordpay',
    '- TTL',
  );

  it('gives the speaker and the company', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Les files en production', ['Maëlle Quintin @ Qonto']],
      ['Kafka ohne Schmerzen', ['Jörg Albers @ Zalando']],
      ['Observabilidad', ['Lucía Varela @ Cabify']],
      ['Caching at scale', ['Ola Nord @ Fjordpay']],
    ]);
  });
});

describe('a byline in lower case right under the heading', () => {
  const parsed = post(
    '# Notes from Fjordconf 2026',
    '',
    '## Async in practice',
    'by maria lindqvist',
    '',
    '- Futures',
    '',
    '## Memory safety',
    '— peter holm',
    '',
    '- Borrow checker',
    '',
    '## Pipelines',
    'by the way, the room was full',
    '',
    '- Stages',
  );

  it('names the speaker, with capitals; a sentence after "by" names no one', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Async in practice', ['Maria Lindqvist']],
      ['Memory safety', ['Peter Holm']],
      ['Pipelines', []],
    ]);
    expect(parsed.talks[0]?.summary).toBe('Futures.');
  });
});
