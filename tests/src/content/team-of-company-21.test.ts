import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A speaker's role that names the team they work for ("Design Lead for Kestrel’s Payments
 * Platform team"): the company is the team's owner, not the whole role.
 */
describe("a role for a company's team", () => {
  it('gives the company that owns the team', () => {
    const { talks } = parseNotes(
      [
        '## Lakeview 2019',
        '',
        '### Forms people can finish - Jonah Abara, Design Lead for Kestrel’s Payments Platform team',
        '',
        'Label every field.',
        '',
        "### Fluid layouts - Petra Lindqvist, Engineer for Borealis' Web team",
        '',
        'Container queries.',
        '',
      ].join('\n'),
      'lakeview.md',
      'lakeview',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Forms people can finish', [{ name: 'Jonah Abara', company: 'Kestrel' }]],
      ['Fluid layouts', [{ name: 'Petra Lindqvist', company: 'Borealis' }]],
    ]);
  });
});
