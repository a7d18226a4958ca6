import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A meetup's page of past talks: a bullet per month, under it a bullet per speaker (linked to
 * their profile), under that a bullet of their talk's title. The bot titled each talk with its
 * speaker's name ("Peter Ullmann" by Peter Ullmann) and the real title was a note. Written in
 * that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'talks.md', 'leiden');

describe("a speaker's bullet over their talk's title", () => {
  it('gives the talk that title, its kind apart', () => {
    const { talks } = read(
      '# Talks',
      '',
      'The topics and speakers in past meetups:',
      '',
      '- February 2031',
      '    - [Adrian Haxel](https://www.linkedin.com/in/ahaxel/)',
      '      - Lightning talk: A book on platform decay',
      '    - [Peter Ullmann](https://www.linkedin.com/in/pullmann/)',
      '      - What is an MCP and why would you need it?',
    );
    expect(talks.map((t) => [t.title, t.kind, t.speakers.map((s) => s.name)])).toEqual([
      ['A book on platform decay', 'Lightning talk', ['Adrian Haxel']],
      ['What is an MCP and why would you need it?', undefined, ['Peter Ullmann']],
    ]);
  });
});
