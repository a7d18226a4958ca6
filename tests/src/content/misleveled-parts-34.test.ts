import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Notes that give each talk `### Keynotes` (its key notes) and `### Impression`, where the
 * author once wrote `## Keynotes` a level too high. Invented talks, in the real notes' shape.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'devdays-2031.md', 'page');

describe('a part heading written a level too high', () => {
  it('stays the part of the talk above it, its notes that talk’s', () => {
    const { talks, problems } = read(
      '# DevDays 2031',
      '',
      '## Scaling the build farm',
      '- Marta Kolar',
      '',
      '### Keynotes',
      '- Remote caches halve the build time.',
      '',
      '### Impression',
      '- Clear and practical.',
      '',
      '## Native images in practice',
      '- Oskar Lind',
      '',
      '## Keynotes',
      '- Startup in milliseconds, builds in minutes.',
      '',
      '### Impression',
      '- Honest about the trade-offs.',
      '',
      '## Records everywhere',
      '- Petra Hruba',
      '',
      '### Keynotes',
      '- Records make value objects cheap.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Scaling the build farm',
      'Native images in practice',
      'Records everywhere',
    ]);
    expect(JSON.stringify(talks[1]?.notes)).toContain('Startup in milliseconds');
    expect(problems.map((p) => p.message).join('\n')).not.toContain('repeated heading');
  });
});
