import { describe, expect, it } from 'vitest';
import { withoutAccents } from '../../src/text.ts';

/** How day headings and other languages' words are matched: accents off, lower case. */
describe('withoutAccents', () => {
  it('takes accents and strokes off, and lowers the case', () => {
    expect(withoutAccents('Sábado')).toBe('sabado');
    expect(withoutAccents('TROMSØ')).toBe('tromso');
    expect(withoutAccents('Straße')).toBe('strasse');
  });

  it('reads compatibility forms as the letters they are (full-width, ligatures)', () => {
    expect(withoutAccents('ＱＣｏｎ')).toBe('qcon');
    expect(withoutAccents('ﬁrst')).toBe('first');
  });

  it('only lowers the case of plain ASCII, control characters and signs kept', () => {
    expect(withoutAccents('Day 2: Keynotes & Q&A\t(10:30)')).toBe('day 2: keynotes & q&a\t(10:30)');
  });
});
