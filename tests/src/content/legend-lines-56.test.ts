import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post that explains its marks before the talks ("## How I rated the talks" over "■ must
 * watch" / "■ worth a look", "## Legend" over "- 🟢 = great") listed the legend as a talk.
 * Invented event, talks and people.
 */
const titles = (...lines: string[]) =>
  parseNotes(
    [
      '# Rust Days 2031',
      '',
      ...lines,
      '',
      '## Async traits at last',
      '',
      'Speaker: Nils Brandt',
    ].join('\n'),
    'rust-days.md',
    'x',
  ).talks.map((talk) => talk.title);

describe('a legend of the author’s marks', () => {
  it('is no talk, as lines of a paragraph', () => {
    expect(
      titles('## How I rated the talks', '', '■ must watch', '■ worth a look', '■ skip it'),
    ).toEqual(['Async traits at last']);
  });

  it('is no talk, as a list of emoji after a lead line', () => {
    expect(
      titles(
        '## Legend',
        '',
        'How to read the marks:',
        '',
        '- 🟢 = great',
        '- 🟡 = fine',
        '- 🔴 = skip',
      ),
    ).toEqual(['Async traits at last']);
  });

  it('leaves a talk whose notes are marked lines, with its speaker', () => {
    expect(
      titles(
        '## Gitmoji for teams',
        '',
        'Speaker: Ada Lind',
        '',
        '- 🐛 fixing a bug',
        '- ✨ a new feature',
      ),
    ).toEqual(['Gitmoji for teams', 'Async traits at last']);
  });
});
