import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (R16), written again with invented talks and people: a talk's heading
 * with one mark too few among the post's talks.
 */

describe('a stray # talk heading among ## talks', () => {
  const parsed = post(
    '# Notes from Fjordconf 2026',
    '',
    'Two days in Bergen.',
    '',
    '## Signals everywhere by Maria Lindqvist',
    '- Reactivity',
    '',
    '# Bundlers are dead by Peter Holm',
    '- esbuild',
    '',
    '## Testing with Vitest by Ola Nord',
    '- Snapshots',
  );

  it('is a talk of their level, and groups none of them', () => {
    expect(parsed.talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Signals everywhere', ['Maria Lindqvist'], undefined],
      ['Bundlers are dead', ['Peter Holm'], undefined],
      ['Testing with Vitest', ['Ola Nord'], undefined],
    ]);
  });
});

describe('a # day heading over ## talks', () => {
  const parsed = post(
    '# Fjordconf 2026',
    '',
    '# Day 1',
    'Rainy.',
    '',
    '## Signals everywhere by Maria Lindqvist',
    '- Reactivity',
    '',
    '## Testing with Vitest by Ola Nord',
    '- Snapshots',
  );

  it('still groups the talks under it', () => {
    expect(parsed.talks.map((t) => [t.title, t.day ?? t.topic])).toEqual([
      ['Signals everywhere', 'Day 1'],
      ['Testing with Vitest', 'Day 1'],
    ]);
  });
});

describe('"Name - Title" headings whose titles read as names too', () => {
  const parsed = post(
    '### First day',
    '',
    "#### Julie Marsh - You Can't Buy Platforms",
    '* Culture first',
    '',
    '#### Peter Holm - Different Paths, Same Place - A Case Study',
    '* Many routes',
    '',
    '#### Ola Nord, Bo Sten - Pipelines to Production (of Lies)',
    '* Automate',
    '',
    '#### Anna Lind - Everything I learned on call',
    '* Pager',
  );

  it('gives the person first as the speaker, the rest as the title', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ["You Can't Buy Platforms", ['Julie Marsh']],
      ['Different Paths, Same Place - A Case Study', ['Peter Holm']],
      ['Pipelines to Production (of Lies)', ['Ola Nord', 'Bo Sten']],
      ['Everything I learned on call', ['Anna Lind']],
    ]);
  });
});

describe('"Keynote Speaker - Name" headings, the name said again in the notes', () => {
  const parsed = post(
    '## Ola Nord: Welcome to Fjordconf',
    '* Tenth edition',
    '',
    '## Keynote Speaker - Maria Lindqvist',
    '* Community',
    '',
    '## Keynote Speaker - Peter Holm: Awards and Foundation Update',
    '* Peter Holm, of the foundation, gave the update',
  );

  it('are keynotes by that person', () => {
    expect(parsed.talks.map((t) => [t.title, t.kind, who(t)]).slice(1)).toEqual([
      ['Keynote', 'Keynote', ['Maria Lindqvist']],
      ['Awards and Foundation Update', 'Keynote', ['Peter Holm']],
    ]);
  });
});
