import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A file of one talk whose author ends every heading with an ellipsis, the speaker's name too:
 * "# Title" over "### Jenna Zeigen...", then "### on being logical..." parts (the shape of a
 * real Forward JS 2016 notes file). Invented person and talk.
 */
describe('a speaker heading trailing off ("### Name...")', () => {
  it('is the speaker of the one talk the file is, its other headings its parts', () => {
    const parsed = post(
      '# How Your Ferry Schedule Conspires Against You',
      '### Ingrid Aasen...',
      '',
      '"Timetables are predictably irrational"',
      '',
      '## Cognitive biases',
      '',
      '### on being logical...',
      '',
      'People endorse a bad argument if it leads somewhere they believe in.',
      '',
      '### on planning...',
      '',
      'We are bad at predicting how long things take.',
    );
    expect(parsed.talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['How Your Ferry Schedule Conspires Against You', ['Ingrid Aasen']],
    ]);
  });
});
