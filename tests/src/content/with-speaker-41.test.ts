import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A day's recap titles each talk "Title with Speaker", as headings or as bold lines of their
 * own; "with" before a product's name ("with Spring Boot", "with Claude Code") stays in the
 * title. Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/harbourdev.md', 'page');
const shown = (talks: { title: string; speakers: { name?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('"Title with Jane Doe": the person after "with" is the speaker', () => {
  it('in headings, where the notes call one person by a name alone and the post reads so', () => {
    const { talks } = read(
      '# Day one at HarbourDev 2025',
      '',
      'The key takeaways of the first day.',
      '',
      '## Evolutionary data models with Orla Quennell',
      '',
      'Orla showed how a schema can grow without a big bang.',
      '',
      '## Paying down build debt with Tomas Vrbecky',
      '',
      '- Build times halved after caching the dependency layer',
      '',
      '## Deploying services with Docker Compose',
      '',
      '- Docker Compose is fine for one host',
    );
    expect(shown(talks)).toEqual([
      ['Evolutionary data models', ['Orla Quennell']],
      ['Paying down build debt', ['Tomas Vrbecky']],
      ['Deploying services with Docker Compose', []],
    ]);
  });

  it('keeps a product after "with" in a lone heading, even when the notes name it', () => {
    const { talks } = read(
      '# Notes from HarbourDev 2025',
      '',
      '## Pairing with Claude Code',
      '',
      'Claude wrote the tests first and we reviewed them.',
      '',
      '## Release trains at scale',
      '',
      '- Every two weeks, no exceptions',
    );
    expect(shown(talks)).toEqual([
      ['Pairing with Claude Code', []],
      ['Release trains at scale', []],
    ]);
  });

  it('in bold lines set apart as talks', () => {
    const { talks } = read(
      '# Day two at HarbourDev 2025',
      '',
      'What I took home from the second day.',
      '',
      '**Observability budgets with Priya Raman**',
      '',
      'Sampling decisions belong to the team that pays for them.',
      '',
      '**Running open source at a bank with Gregor Lindqvist**',
      '',
      'A lot was said and I loved it all.',
    );
    expect(shown(talks)).toEqual([
      ['Observability budgets', ['Priya Raman']],
      ['Running open source at a bank', ['Gregor Lindqvist']],
    ]);
  });
});
