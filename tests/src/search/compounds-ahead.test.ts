import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../src/search/vocabulary.ts';
import { countingTurns } from '../../helpers.ts';

/** Many notes' words, some of them names joined to a short tag: "Kafkaaaajs", "Pyaaabtorch". */
function vocabulary(size: number): Vocabulary {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const surfaces: string[] = [];
  for (let i = 0; i < size; i++) {
    let word = '';
    for (let n = i; word.length < 4; n = Math.floor(n / 26)) word += letters[n % 26];
    surfaces.push(i % 3 === 0 ? `Kafka${word}JS` : i % 3 === 1 ? `Py${word}torch` : `plain${word}`);
  }
  const termIds = new Map(surfaces.map((surface, id) => [surface.toLowerCase(), id]));
  const postings = {} as ConstructorParameters<typeof Vocabulary>[0];
  return new Vocabulary(postings, surfaces, termIds);
}

describe('names joined to a tag, read ahead of the first question', () => {
  it('finds the same names as on first use, letting answers run between slices', async () => {
    const lazy = vocabulary(30_000);
    const ahead = vocabulary(30_000);
    const { turn, turns } = countingTurns();
    await ahead.prepare(turn, 1);
    expect(turns()).toBeGreaterThan(1);
    for (const word of ['kafkaaaaa', 'abaatorch', 'kafkabcaa', 'plainaaaa']) {
      const found = ahead.compoundTerms(word, new Set());
      expect(found, word).toEqual(lazy.compoundTerms(word, new Set()));
    }
    // "kafkaaaaa" is a name in "KafkaaaaaJS": found, as on first use.
    expect(ahead.compoundTerms('kafkaaaaa', new Set()).length).toBe(1);
  });
});
