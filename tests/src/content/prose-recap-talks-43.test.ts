import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A day's recap in prose: a session "from A and B titled "Title"", then paragraphs each about
 * another person's talk. Invented conference, talks and people.
 */
describe('a prose recap of a conference day', () => {
  const day = () =>
    post(
      '# HarborConf day 1 in the books',
      '',
      'Day 1 is over. I wanted to call out a few things I enjoyed.',
      '',
      'The session from Mara Lindqvist and Tobi Adeyemi titled "Platforms Are Not for Developers and Other Myths" was amazing. It highlighted the gap between app teams and platform teams.',
      '',
      "Oskar Brandt's talk about a small debugging kit really hit home with me. I will build my own debugging image.",
      '',
      "Wren Halloway' closing keynote was exactly what I needed. She talked through her years on call.",
    );

  it('reads the session named after its people and "titled"', () => {
    const { talks } = day();
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Platforms Are Not for Developers and Other Myths', ['Mara Lindqvist', 'Tobi Adeyemi']],
    ]);
  });

  it('leaves the paragraphs about other people’s talks out of its notes', () => {
    const notes = JSON.stringify(day().talks[0]?.notes);
    expect(notes).toMatch(/gap between app teams/);
    expect(notes).not.toMatch(/debugging kit|on call/);
  });

  it('reads no talk where "titled" names a book', () => {
    const { talks } = post(
      '# Reading list',
      '',
      'I finally read the book from Mara Lindqvist titled "Platforms Are Not for Developers". It was long.',
    );
    expect(talks).toEqual([]);
  });
});
