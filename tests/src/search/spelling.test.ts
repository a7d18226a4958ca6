import { describe, expect, it } from 'vitest';
import { Spelling } from '../../../src/search/spelling.ts';

/** A vocabulary big enough to take several slices: words like "kafkaaab", "kafkaaac", … */
function vocabulary(size: number): { termIds: Map<string, number>; surfaces: string[] } {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const surfaces: string[] = [];
  for (let i = 0; i < size; i++) {
    let word = '';
    for (let n = i; word.length < 4; n = Math.floor(n / 26)) word += letters[n % 26];
    surfaces.push(`kafka${word}`);
  }
  return { termIds: new Map(surfaces.map((word, id) => [word, id])), surfaces };
}

describe('the spelling tree built ahead', () => {
  it('finds the same close words as the tree built on first use, letting other work run between slices', async () => {
    const { termIds, surfaces } = vocabulary(60_000);
    const lazy = new Spelling(termIds, surfaces);
    const ahead = new Spelling(termIds, surfaces);
    let turns = 0;
    await ahead.prepare(async () => {
      turns += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }, 1);
    expect(turns).toBeGreaterThan(1);
    for (const word of ['kafkaabca', 'kafkzaaaa', 'kafkaqqqq'])
      expect(ahead.close(word, true)).toEqual(lazy.close(word, true));
    expect([...ahead.prefixed('kafkaab')]).toEqual([...lazy.prefixed('kafkaab')]);
  });
});
