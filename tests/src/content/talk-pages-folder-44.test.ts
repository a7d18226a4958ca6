import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A folder of talk pages under a README titled with the conference, a dash, then where and when;
 * a page whose notes say there are none (a real OpenVis notes repository's shape). Invented
 * conference and talks.
 */
describe('a talk page and its conference’s README', () => {
  it('names the conference with where and when, the dash no part of it', () => {
    const named = (title: string) => post(`# ${title}`, '', '### April 6, 2031').event.name;
    expect(named('Dataviz Conference - Boston 2031')).toBe('Dataviz Conference Boston 2031');
    expect(named('KubeCon - Europe 2031')).toBe('KubeCon Europe 2031');
    expect(named('Engineering Offsite - Lisbon 2031')).toBe('Engineering Offsite - Lisbon 2031');
  });

  it('says nothing of the talk where the notes say none were taken', () => {
    const page = (line: string) =>
      post(
        '### The power of the reveal',
        '',
        '### Hanna Lindqvist',
        '',
        '__Summary:__',
        'We build stuff that looks terrible. In this talk, Hanna will discuss the reveal.',
        '',
        '---',
        '',
        line,
      ).talks[0]?.summary;
    for (const line of ['No notes recorded.', 'No notes taken', "I didn't take any notes."])
      expect(page(line)).toBe(
        'We build stuff that looks terrible. In this talk, Hanna will discuss the reveal.',
      );
  });
});
