import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';

/** A post's title: the conference, then the post's own words. Invented titles. */
describe('the conference in a post’s title', () => {
  it('drops "favourite talks", "top picks" after a colon', () => {
    expect(conferenceName('LanternCon 2018: Favorite talks')).toBe('LanternCon 2018');
    expect(conferenceName('QuillConf 2022: my top picks')).toBe('QuillConf 2022');
  });

  it('drops "thread", "live thread", "liveblog" after the conference (a chat thread kept as notes)', () => {
    expect(conferenceName('My PyFjord 2031 thread')).toBe('PyFjord 2031');
    expect(conferenceName('LanternCon EU 2031 live thread')).toBe('LanternCon EU 2031');
    expect(conferenceName('QuillConf 2031 liveblog')).toBe('QuillConf 2031');
    expect(conferenceName('Thread safety at scale')).toBe('Thread safety at scale');
  });

  it('keeps the conference before "is a wrap"', () => {
    expect(conferenceName('DeltaOps Summit 2021 is a Wrap – But the Work Goes On')).toBe(
      'DeltaOps Summit 2021',
    );
    expect(conferenceName('HarbourConf 2019 was a blast!')).toBe('HarbourConf 2019');
  });

  it('leaves titles that are no conference', () => {
    expect(conferenceName('LanternCon 2018: Best Practices for Lanterns')).toBe(
      'LanternCon 2018: Best Practices for Lanterns',
    );
    expect(conferenceName('Shipping is a wrap of many small steps')).toBe(
      'Shipping is a wrap of many small steps',
    );
  });
});
