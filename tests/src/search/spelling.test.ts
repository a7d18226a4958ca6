import { describe, expect, it } from 'vitest';
import { Spelling } from '../../../src/search/spelling.ts';
import { countingTurns } from '../../helpers.ts';

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
    const { turn, turns } = countingTurns();
    await ahead.prepare(turn, 1);
    expect(turns()).toBeGreaterThan(1);
    for (const word of ['kafkaabca', 'kafkzaaaa', 'kafkaqqqq'])
      expect(ahead.close(word, true)).toEqual(lazy.close(word, true));
    expect([...ahead.prefixed('kafkaab')]).toEqual([...lazy.prefixed('kafkaab')]);
  });
});

describe('mistyped words', () => {
  const words = ['kubernetes', 'observability', 'testing', 'postgres', 'netflix', 'terraform'];
  const spelling = new Spelling(new Map(words.map((word, id) => [word, id])), words);
  const close = (typed: string) => spelling.close(typed).map(([id]) => words[id]);

  it('finds a word two slips away, past its first letter', () => {
    expect(close('kubernetse')).toEqual(['kubernetes']);
    expect(close('obsevabilty')).toEqual(['observability']);
    expect(close('terrafrm')).toEqual(['terraform']);
  });

  it('finds a slip of the first letter alone, and the first two letters swapped', () => {
    expect(close('lubernetes')).toEqual(['kubernetes']);
    expect(close('ubernetes')).toEqual(['kubernetes']);
    expect(close('tseting')).toEqual(['testing']);
    expect(close('oostgres')).toEqual(['postgres']);
  });

  it('takes the first letter as typed where a second slip comes with it', () => {
    expect(close('xubernetxs')).toEqual([]);
    expect(close('bservabiliy')).toEqual([]);
  });
});
