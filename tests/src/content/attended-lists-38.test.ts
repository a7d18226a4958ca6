import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post whose talks are a list under a lead that first says what the author missed, then turns
 * to the ones they saw; and a post titled as its file's slug that is about a conference. Invented
 * posts.
 */
const talksOf = (markdown: string, file = 'blog/post.md') =>
  parseNotes(markdown, file, 'post').talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

const post = (lead: string) =>
  [
    '# Three Days at LanternCon',
    '',
    `The venue was a converted tram depot. ${lead}`,
    '',
    '* Borrow Checking for Gardeners by Imke Halvorsen',
    '* Shipping Firmware Without Fear by Tobias Renner',
    '* A Field Guide to Flaky Tests by Oona Pakarinen',
    '',
    'Every session was recorded.',
  ].join('\n');

describe('a lead that turns from the talks missed to the ones seen', () => {
  it('keeps the list after "…, but these are the ones I did attend"', () => {
    const talks = talksOf(
      post(
        "I couldn't attend all the talks, but these are the ones that I did attend and enjoyed:",
      ),
    );
    expect(talks).toEqual([
      ['Borrow Checking for Gardeners', ['Imke Halvorsen']],
      ['Shipping Firmware Without Fear', ['Tobias Renner']],
      ['A Field Guide to Flaky Tests', ['Oona Pakarinen']],
    ]);
  });

  it('still skips a list of talks the author says they missed', () => {
    expect(talksOf(post('Sadly I missed these ones, but I will watch them later:'))).toEqual([]);
    expect(talksOf(post('I could not attend these talks:'))).toEqual([]);
  });
});

describe('a post titled as its file’s slug', () => {
  it('is about the conference its title names, not one talk', () => {
    const talks = talksOf(
      post("I couldn't see them all, however these are the talks I saw:"),
      'blog/three-days-at-lanterncon.md',
    );
    expect(talks.map(([title]) => title)).toEqual([
      'Borrow Checking for Gardeners',
      'Shipping Firmware Without Fear',
      'A Field Guide to Flaky Tests',
    ]);
  });

  it('is still one talk where its title names no conference', () => {
    const talks = talksOf(
      ['# Debugging Lantern Pipelines', '', 'Lots of tracing.', '', '- spans everywhere'].join(
        '\n',
      ),
      'notes/debugging-lantern-pipelines.md',
    );
    expect(talks.map(([title]) => title)).toEqual(['Debugging Lantern Pipelines']);
  });
});
