import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A panel whose notes open "With Kofi Mensah, Leyla Aydın and Marit Olsen." (no moderator named)
 * had no speakers. Invented event, talks and people.
 */
const speakers = (...lines: string[]) =>
  parseNotes(['# NodeNorth 2031', '', ...lines].join('\n'), 'n.md', 'x').talks.map((talk) =>
    talk.speakers.map((speaker) => speaker.name),
  );

describe('a panel’s line-up without its moderator', () => {
  it('gives the panel its people', () => {
    expect(
      speakers(
        '## Panel: the future of the runtime',
        '',
        'With Kofi Mensah, Leyla Aydın and Marit Olsen. Mostly about Bun and Deno.',
      ),
    ).toEqual([['Kofi Mensah', 'Leyla Aydın', 'Marit Olsen']]);
  });

  it('takes no tools named after "with" for people', () => {
    expect(
      speakers(
        '## Shipping containers the boring way',
        '',
        'Speaker: Ada Lind',
        '',
        'With Docker, Kubernetes and Helm. She kept it simple.',
      ),
    ).toEqual([['Ada Lind']]);
  });
});
