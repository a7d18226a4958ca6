import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "Title — Josh Evans (Ex-Netflix)": where the speaker used to work, no company of
 * theirs now (asked for Netflix's talks, the bot named him as one of Netflix). Written in that
 * shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'chaos.md', 'qcon');

describe('a former employer after a name', () => {
  it('is no company of the speaker', () => {
    const { talks } = read(
      '# QCon 2031',
      '',
      '## Taming Retries — Laura Marsh (Ex-Streamly)',
      '',
      'Retries multiply load exactly when the system can least take it.',
      '',
      '## Paving Roads — Omar Haddad (formerly at Lumen Bank)',
      '',
      'Golden paths beat mandates.',
    );
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Laura Marsh' }],
      [{ name: 'Omar Haddad' }],
    ]);
  });
});
