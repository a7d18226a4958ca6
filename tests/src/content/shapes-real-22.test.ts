import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (session 22), written again with invented talks and people: a quoted
 * title "von" its speaker, and a blog's `@[youtube](…)` video embed.
 */

describe('a quoted title and its speaker in German, Spanish, Dutch, Swedish or Polish', () => {
  it('reads "von", "por", "door", "av", "przez" after the quotes as "by"', () => {
    const parsed = post(
      '# Notizen von der Fjordconf 2026',
      '',
      '## „Queues by default“ von Ola Nord',
      '- Backpressure',
      '',
      '## “Caches que olvidan” por Bo Sten',
      '- Eviction',
      '',
      '## "Streams in anger" door Anna Lind',
      '- Throughput',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nord']],
      ['Caches que olvidan', ['Bo Sten']],
      ['Streams in anger', ['Anna Lind']],
    ]);
  });

  it('keeps "von" of a name that is no quoted title ("Ideas von Braun had")', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Rockets von Braun never built — Ola Nord',
      '- Backpressure',
      '',
      '## Caches that forget — Bo Sten',
      '- Eviction',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Rockets von Braun never built', ['Ola Nord']],
      ['Caches that forget', ['Bo Sten']],
    ]);
  });
});

describe("a blog's video embed, @[youtube](url), under a bold title", () => {
  it("is the talk's video, never a speaker named @youtube", () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Meine Favoriten',
      '',
      '**“Queues by default” von Ola Nord**',
      '@[youtube](https://www.youtube.com/watch?v=orsAiSKJEAY)',
      '',
      'Ola zeigte, wie man Backpressure baut.',
      '',
      '**“Caches that forget” von Bo Sten**',
      '',
      '@[youtube](https://www.youtube.com/watch?v=uL7N0bDSGW0)',
      '',
      'Bo sprach über Eviction.',
    );
    expect(parsed.talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Queues by default', ['Ola Nord'], ['video']],
      ['Caches that forget', ['Bo Sten'], ['video']],
    ]);
  });
});
