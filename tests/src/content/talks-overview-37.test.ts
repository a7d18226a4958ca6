import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A team's recap of a Python conference: its opening lists the talks it covers as plain
 * `- Title – Speaker` bullets after a line that says so, then a heading per talk it wrote up (the
 * post here writes up only the first). Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/harbourpy.md', 'page');
const shown = (talks: { title: string; speakers: { name?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('an opening list of the talks a post covers', () => {
  it('reads each `Title – Speaker` item as a talk, the one written up once', () => {
    const { talks } = read(
      '# The Best Talks from HarbourPy 2025',
      '',
      'From May 3 through May 5, 2025, we attended HarbourPy in Bergen.',
      '',
      "Here's a quick overview of the talks we'll cover:",
      '',
      '- Typing the Untypable – Mara Lind and Jonas Eke',
      '- Packaging Without Tears – Oskar Vik',
      '- Async Pipelines for Sensor Data: Lessons from the Fjords – Ingrid Solheim',
      '- Small Models, Big Wins – Petter Dahl, Sunniva Holm',
      '',
      '## Typing the Untypable – Mara Lind and Jonas Eke',
      '',
      'Before the talks began, we taught a tutorial about typing.',
      '',
      '- Protocols beat inheritance for plugins',
    );
    expect(shown(talks)).toEqual([
      ['Typing the Untypable', ['Mara Lind', 'Jonas Eke']],
      ['Packaging Without Tears', ['Oskar Vik']],
      ['Async Pipelines for Sensor Data: Lessons from the Fjords', ['Ingrid Solheim']],
      ['Small Models, Big Wins', ['Petter Dahl', 'Sunniva Holm']],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toContain('Protocols beat inheritance for plugins');
  });

  it('leaves such a list in a talk’s notes as notes', () => {
    const { talks } = read(
      '# HarbourPy 2025',
      '',
      '## Typing the Untypable – Mara Lind',
      '',
      'Mara recommended these talks from last year:',
      '',
      '- Refactoring Old Code – Martin Berg',
      '- Clean Tests – Kari Holm',
      '',
      '## Packaging Without Tears – Oskar Vik',
      '',
      'Wheels everywhere.',
    );
    expect(shown(talks)).toEqual([
      ['Typing the Untypable', ['Mara Lind']],
      ['Packaging Without Tears', ['Oskar Vik']],
    ]);
  });

  it('needs the opening line to say the list is the talks', () => {
    const { talks } = read(
      '# HarbourPy 2025',
      '',
      'Books we bought at the stand:',
      '- Fluent Python Again – Luís Ramos',
      '- Effective Data Pipelines – Hanne Aas',
      '## Distilled Models Win – Oskar Vik',
      'Distillation beats size.',
    );
    expect(shown(talks)).toEqual([['Distilled Models Win', ['Oskar Vik']]]);
  });
});
