import SearchableMap from 'minisearch/SearchableMap';
import { editDistance } from '../edit-distance.ts';
import { inSlices } from '../slices.ts';
import { termOf } from './analyze.ts';
import { plausibleTypo, wildLetter } from './typos.ts';

/** Words shorter than this are too many letters off from anything when one is wrong. */
export const MIN_TYPO_LENGTH = 5;

/**
 * The words of an index as a person may mistype them: every term and the word it was first seen
 * as ("postgres" for the stem "postgr"), in a radix tree for prefix and typo look-ups. Built on
 * first use: a question of known words (most of them) never needs it.
 */
export class Spelling {
  private termTree?: SearchableMap<number>;
  private readonly nearCache = new Map<string, Map<string, [number, number]>>();

  constructor(
    private readonly termIds: Map<string, number>,
    private readonly surfaces: string[],
  ) {}

  /** Terms that start with `word`: [the word, term id]. */
  prefixed(word: string): Iterable<[string, number]> {
    return this.tree().atPrefix(word);
  }

  /**
   * Index words a typo away from `word`, nearest first: [term id, distance]. Up to seven letters,
   * one slip of the keyboard (a letter missing, extra, swapped with the next, or a neighbouring
   * key); from eight letters, two edits; with `loose` (for "did you mean"), three from ten.
   */
  close(word: string, loose = false): [number, number][] {
    if (word.length === MIN_TYPO_LENGTH - 1) return this.closeShort(word);
    if (word.length < MIN_TYPO_LENGTH) return [];
    const byId = new Map<number, number>();
    // The word and its stem: the tree has one written form per stem ("microservice"), so
    // "microservcies" is near the stem "microservic" rather than that form. Each probe by the
    // rules of its own length.
    const stem = termOf(word);
    for (const probe of stem && stem !== word ? [word, stem] : [word]) {
      if (probe.length < MIN_TYPO_LENGTH) continue;
      const short = probe.length < 8;
      const allowed = short ? 2 : loose && probe.length >= 10 ? 3 : 2;
      for (const [key, [id, d]] of this.near(probe, allowed)) {
        if (key.length < MIN_TYPO_LENGTH) continue;
        // Short words: one slip only ("kafak" → kafka), never another word two letters away.
        if (short && !plausibleTypo(probe, key)) continue;
        // Longer words: two edits, but each letter for another a slip ("internet" ≠ "interrat").
        if (!short && wildLetter(probe, key)) continue;
        // The stem is near, and so must the word be: "computing" is not "compatible" though
        // "comput" is a vowel from "compat". The word of the notes as written (its first form)
        // within the edits the typed word's length allows, plus one for a different ending.
        if (probe !== word && !this.nearAsWritten(word, id, short ? 1 : allowed)) continue;
        const distance = short ? 1 : d;
        byId.set(id, Math.min(byId.get(id) ?? distance, distance));
      }
    }
    return [...byId.entries()].sort((a, b) => a[1] - b[1]);
  }

  /**
   * Four letters: a letter left out or two swapped ("tets" → tests), never one letter for
   * another, which makes another word of most four-letter words ("java" → lava). The first letter
   * as typed.
   */
  private closeShort(word: string): [number, number][] {
    // The ~130 words those slips make, looked up one by one: a fuzzy walk of the whole tree cost
    // a four-letter question ~1 ms at 10,000 talks.
    const tree = this.tree();
    const found = new Map<number, number>();
    const look = (candidate: string) => {
      const id = tree.get(candidate);
      if (id !== undefined) found.set(id, 1);
    };
    for (let at = 1; at <= word.length; at++)
      for (const letter of LETTERS) look(word.slice(0, at) + letter + word.slice(at));
    for (let at = 1; at + 1 < word.length; at++)
      look(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
    return [...found.entries()];
  }

  /** Whether the first form the notes have of term `id` is within `allowed` + 1 edits of `word`. */
  private nearAsWritten(word: string, id: number, allowed: number): boolean {
    const surface = this.surfaces[id]?.toLowerCase() ?? '';
    return editDistance(word, surface, allowed + 1) <= allowed + 1;
  }

  /**
   * Terms and surface words within `distance` edits of `word`, with their distance. The first
   * letter is taken as typed, as people rarely mistype it: two edits are looked for among the
   * words that begin with it, and elsewhere only one edit or the first two letters swapped
   * ("tset" → test). A fuzzy walk of the whole vocabulary at distance 2 cost a mistyped word
   * ~0.35 ms at 28,000 words, most of a slow question's time; this is about a third of that.
   * Three edits are looked for only among words with the same first letter too. The last few
   * lookups are kept: a question that finds nothing looks its words up again.
   */
  private near(word: string, distance: number): Map<string, [number, number]> {
    const key = `${distance}:${word}`;
    let found = this.nearCache.get(key);
    if (found) return found;
    const tree = this.tree();
    const first = word.slice(0, 1);
    found = new Map();
    for (const [rest, match] of tree.atPrefix(first).fuzzyGet(word.slice(1), distance))
      found.set(first + rest, match);
    for (const [other, match] of tree.fuzzyGet(word, 1))
      if (!found.has(other)) found.set(other, match);
    const swapped = word.charAt(1) + first + word.slice(2);
    const id = tree.get(swapped);
    if (id !== undefined && !found.has(swapped)) found.set(swapped, [id, 2]);
    if (this.nearCache.size >= 32) this.nearCache.clear();
    this.nearCache.set(key, found);
    return found;
  }

  /**
   * Builds the tree ahead of use in slices of about `sliceMs`, waiting for `turn()` between them:
   * at 10,000 talks it is ~200 ms of work, which in one piece would stall every answer while a
   * reloaded bot is prepared.
   */
  async prepare(turn: () => Promise<unknown>, sliceMs = 8): Promise<void> {
    if (this.termTree) return;
    const tree = new SearchableMap<number>();
    await inSlices(this.termIds, ([term, id]) => tree.set(term, id), turn, sliceMs);
    await inSlices(
      this.surfaces,
      (surface, id) => {
        if (!tree.has(surface)) tree.set(surface, id);
      },
      turn,
      sliceMs,
    );
    this.termTree ??= tree;
  }

  /** Every term and the word it was first seen as ("postgres" for the stem "postgr"). */
  private tree(): SearchableMap<number> {
    if (!this.termTree) {
      const tree = new SearchableMap<number>();
      this.termIds.forEach((id, term) => {
        tree.set(term, id);
      });
      this.surfaces.forEach((surface, id) => {
        if (!tree.has(surface)) tree.set(surface, id);
      });
      this.termTree = tree;
    }
    return this.termTree;
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
