import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A Jekyll post titled "Thoughts after <conference>", the conference's name in lower case. */
describe('"Thoughts after <conference>"', () => {
  it('names the conference, as "Thoughts on" does', () => {
    expect(conferenceName('Thoughts after 4developers')).toBe('4developers');
    expect(conferenceName('Thoughts after Fjordconf 2031')).toBe('Fjordconf 2031');
    expect(conferenceName('Notes after 8bitcon')).toBe('8bitcon');
  });

  it('keeps a title that names nothing after the word', () => {
    expect(conferenceName('Thoughts after a long day')).toBe('Thoughts after a long day');
  });

  it('is the event of the post', () => {
    const { event } = parseNotes(
      [
        '---',
        'layout: post',
        'title: Thoughts after 9devs',
        '---',
        '',
        '### Elixir for the curious by Jan Kowal',
        '',
        'Jan showed processes and supervisors.',
      ].join('\n'),
      '_posts/2031-04-05-9devs.md',
      'page',
    );
    expect(event.name).toBe('9devs');
  });
});
