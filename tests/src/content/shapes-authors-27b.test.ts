import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (27b, round N8): outlines whose speaker is nested. */

describe('an outline whose talk has its speaker on the first nested bullet', () => {
  it('reads "- **Title**" over "- Name, Company", and a "Keynote" over "Speaker:" and "Title:"', () => {
    const { talks } = post(
      '# OpsMeet 2025',
      '',
      '## Thursday',
      '',
      '- **Keynote**',
      '  - Opening keynote.',
      '  - Speaker: Runa Falk (Skogdata)',
      '  - Title: "Pager duty is product work"',
      '  - error budgets as a conversation',
      '- **Runbooks nobody reads**',
      '  - Teo Marsh, Pagewise',
      '  - keep them next to the alert',
      '- **Capacity planning by feel**',
      '  - Lia Berg (Northgrid)',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind, t.day])).toEqual([
      ['Pager duty is product work', ['Runa Falk @ Skogdata'], 'Keynote', 'Thursday'],
      ['Runbooks nobody reads', ['Teo Marsh @ Pagewise'], undefined, 'Thursday'],
      ['Capacity planning by feel', ['Lia Berg @ Northgrid'], undefined, 'Thursday'],
    ]);
    // The bullets that named the speaker and the title are no notes.
    expect(talks.map((t) => t.notes.map((n) => n.text))).toEqual([
      ['error budgets as a conversation'],
      ['keep them next to the alert'],
      [],
    ]);
  });

  it("reads a Logseq outline's speaker:: and company:: properties under a plain title", () => {
    const { talks } = post(
      '- Morning',
      '\t- Islands architecture, honestly',
      '\t\t- speaker:: [[Mio Hartmann]]',
      '\t\t- company:: Leafstack',
      '\t\t- hydration only where it pays',
      '\t- Bun for the brave',
      '\t\t- speaker:: [[Ida Lund]], [[Per Vik]]',
      '\t\t- company:: Ovnworks',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Islands architecture, honestly', ['Mio Hartmann @ Leafstack']],
      ['Bun for the brave', ['Ida Lund @ Ovnworks', 'Per Vik @ Ovnworks']],
    ]);
  });
});
