import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post whose keynotes are `###` headings under `## Keynotes`, and whose other sessions are `##`
 * headings over their own parts (`### Notes`, `### Key takeaways`). The bot took the post's
 * talks to be `###` headings and skipped each such session as "a heading above the talks": a
 * workshop the author wrote up was missing from every answer. Written with invented talks.
 */
describe('a talk over its own parts, a level above the post’s other talks', () => {
  const text = [
    '# Harbour Cloud Days 2031, day two',
    '',
    '## Keynotes',
    '',
    '### Ten years of clusters — Ada Lund',
    '* Most clusters are small.',
    '',
    '### Paying for idle — Ola Brandt',
    '* Idle nodes cost a third of the bill.',
    '',
    '## Hands-on: tracing a request through a mesh',
    '',
    '### Notes',
    '* Sidecars add a hop each way.',
    '* Sampling at the edge keeps the traces whole.',
    '',
    '### Key takeaways',
    '* Start with the slowest route.',
    '',
    '## Dinner',
    '',
    'Fish soup by the harbour.',
  ].join('\n');

  it('reads the session with its parts as one talk, and the keynotes as before', () => {
    const { talks } = parseNotes(text, 'harbour.md', 'harbour-2031');
    expect(talks.map((t) => t.title)).toEqual([
      'Ten years of clusters',
      'Paying for idle',
      'Hands-on: tracing a request through a mesh',
    ]);
    expect(talks[2]?.summary).toMatch(/Start with the slowest route/);
    expect(talks[2]?.topic ?? '').not.toBe('Keynotes');
  });
});
