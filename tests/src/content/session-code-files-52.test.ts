import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A notes repository keeps a file per session of a big vendor conference, titled by the
 * session's code ("# ARC203 - Innovation at speed"), a link back to its list above, the
 * session's parts below ("## Blockers for innovation", "### Skills" citing "_Project to
 * product_ by Mik Kersten"). The bot answered with seven talks named after the parts, two of
 * them books credited to their authors. The file is that one session. Written in that shape with
 * invented content.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'arc203.md', 'arc203');

describe('a file titled by a session code', () => {
  it('is one session, its parts its notes', () => {
    const { talks } = read(
      '[Talk List](./README.md)',
      '# ARC299 - Shipping at speed',
      '',
      'What does it take to ship quickly? Blockers, skills and processes.',
      '',
      '## Old world IT (annual cycle)',
      '- Releases twice a year',
      '',
      '## Blockers',
      '',
      '### Skills - Training',
      '- Train existing staff',
      '- _Teams Before Tools_ by Ola Brandt',
      '',
      '### Organisation',
      '- _Project to Product Teams_ by Pia Lund',
      '',
      '## How do we get there?',
      '- Measure time everywhere',
    );
    expect(talks.map((t) => [t.title, t.speakers.length])).toEqual([
      ['ARC299 - Shipping at speed', 0],
    ]);
    expect(talks[0]?.summary).toMatch(/^What does it take to ship quickly\?/);
  });

  it('is several sessions where each heading has its code', () => {
    const { talks } = read(
      '# ARC299 - Shipping at speed',
      '',
      'Ship small things quickly.',
      '',
      '# DOP399 - Pipelines that heal',
      '',
      'Retries, rollbacks and alarms.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'ARC299 - Shipping at speed',
      'DOP399 - Pipelines that heal',
    ]);
  });
});
