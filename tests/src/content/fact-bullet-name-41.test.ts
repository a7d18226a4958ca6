import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A notes repository's page per conference: each talk's heading, a quote, then bullets of facts
 * (its length, when it was watched, its language) with the speaker's name alone on one of them,
 * given names of a language the list of common ones lacks. Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/vltava-dev.md', 'page');
const shown = (talks: { title: string; speakers: { name?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('a name alone among a talk’s bullets of facts', () => {
  it('is the speaker whatever its given name, and a product’s name there is a note', () => {
    const { talks } = read(
      '# VltavaDev 2024',
      '',
      '## Event-driven billing',
      '> "Every invoice is a projection."',
      '- Length 41:10, watched on 2024-10-02, **#events #billing**',
      '- Bořivoj Šťastný',
      '- Language: Czech',
      '',
      '### Notes',
      '- Events are the source of truth',
      '',
      '## Faster builds in the monorepo',
      '- Length 38:05, watched on 2024-10-02, **#builds**',
      '- Remote Caching',
      '- Language: English',
      '',
      '### Notes',
      '- Cache hits went from 20% to 85%',
    );
    expect(shown(talks)).toEqual([
      ['Event-driven billing', ['Bořivoj Šťastný']],
      ['Faster builds in the monorepo', []],
    ]);
  });
});
