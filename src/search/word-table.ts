import { wordHash } from './analyze.ts';

/**
 * The words an index build has seen, each with a number, looked up straight from the text they
 * are in: at 10,000 talks the notes are ~1.6 million words (~24,000 distinct in the synthetic
 * corpus), and a string and a Map look-up for each was a third of the build. Open addressing over hashes of the
 * lower-cased letters; a word's string is made only the first time it is seen.
 */
export class WordTable {
  readonly words: string[] = [];
  private hashes = new Int32Array(1 << 12);
  /** 1 + word id, 0 when empty. */
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;

  /** The id of `text.slice(from, to)` lower-cased, whose `wordHash` is `hash`; added when new. */
  spanId(text: string, from: number, to: number, wordHash: number): number {
    const hash = mix(wordHash);
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) break;
      const id = slot - 1;
      if (this.hashes[id] === hash && sameSpan(this.words[id] as string, text, from, to)) return id;
    }
    return this.add(text.slice(from, to).toLowerCase(), hash);
  }

  /** The id of `word` (lower case already), added when new. */
  wordId(word: string): number {
    const hash = mix(wordHash(word));
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) break;
      const id = slot - 1;
      if (this.hashes[id] === hash && this.words[id] === word) return id;
    }
    return this.add(word, hash);
  }

  private add(word: string, hash: number): number {
    const id = this.words.push(word) - 1;
    if (id === this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    let at = (this.hashes[id] as number) & this.mask;
    while (this.slots[at] !== 0) at = (at + 1) & this.mask;
    this.slots[at] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** FNV-1a's low bits, which pick the slot, depend on the low bits of the letters only. */
function mix(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return mixed ^ (mixed >>> 13);
}

/** ASCII lower case of a character code. */
function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function sameSpan(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) !== lower(text.charCodeAt(from + i))) return false;
  return true;
}
