import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Lightning talks noted as "## Title - Name, Company", two of them "## ChatBot from a Bank by
 * Andrew" and "## CRDs are not just for add-ons: by Tim (principal engineer)": the speaker known
 * by a given name only. The bot kept "by Andrew" in the title and named no speaker. Where the
 * post names no speakers so, "Saved by Grace" stays a title. Written with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'lt.md', 'lt');

describe('a title by a given name alone', () => {
  it('names the speaker where the post names speakers after dashes', () => {
    const { talks } = read(
      '## Mesh networks on a budget - Ola Brandt, Acme',
      '- cheap radios',
      '',
      '## ChatBot from a Bank by Andrew',
      '- requests in, answers out',
      '',
      '## CRDs are not just for add-ons: by Tim (principal engineer)',
      '- admission webhooks',
      '',
      '## Queues all the way down - Marc Dubois, Qwik',
      '- back pressure',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Mesh networks on a budget', ['Ola Brandt']],
      ['ChatBot from a Bank', ['Andrew']],
      ['CRDs are not just for add-ons', ['Tim']],
      ['Queues all the way down', ['Marc Dubois']],
    ]);
  });

  it('stays the title elsewhere', () => {
    const { talks } = read(
      '# Sensorfest 2031',
      '',
      '## Saved by Grace',
      '',
      'A talk on graceful shutdowns, with many war stories.',
      '',
      '## Learning by Doing',
      '',
      'Katas every morning.',
    );
    expect(talks.map((t) => [t.title, t.speakers.length])).toEqual([
      ['Saved by Grace', 0],
      ['Learning by Doing', 0],
    ]);
  });
});
