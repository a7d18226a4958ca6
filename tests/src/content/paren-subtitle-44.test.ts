import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A heading's parentheses after its title, no one named: a company ("(Acme Corp)") or the title's
 * own subtitle, a phrase ("(Leveraging Meetups to Educate, Grow, and Facilitate Conversation)"),
 * which answered as the company of a nameless speaker. Invented talks.
 */
describe('parentheses after a title that name no one', () => {
  const { talks } = post(
    '# Streamline Summit 2031',
    '',
    '## BOF: Growing a Community (Leveraging Meetups to Educate, Grow, and Facilitate Conversation)',
    '',
    'Notes.',
    '',
    '## Benefits at scale (Department for Work and Pensions)',
    '',
    'Notes.',
    '',
    '## Search at scale (Bank of America Merrill Lynch)',
    '',
    'Notes.',
  );

  it('are the title’s subtitle when they read as a phrase', () => {
    expect(talks[0]?.speakers).toEqual([]);
    expect(talks[0]?.title).toMatch(/^BOF: Growing a Community/);
  });

  it('are still a company with two small words or fewer and none that leads a phrase', () => {
    expect(talks.slice(1).map((t) => [t.title, t.speakers])).toEqual([
      ['Benefits at scale', [{ company: 'Department for Work and Pensions' }]],
      ['Search at scale', [{ company: 'Bank of America Merrill Lynch' }]],
    ]);
  });
});
