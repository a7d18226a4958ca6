import type { QueryTerm } from './postings.ts';

/**
 * Names of the field written as one word of a word and a short part: "PyTorch", "PySpark",
 * "JavaEE", "NetworkX", "NodeJS", "GraphQL". Asked for by the word ("torch", "spark", "java",
 * "networkx" as "network"), the notes' compound is found too, as a related word: "is java
 * mentioned" finds the talk that says JavaEE, "torch inference" the PyTorch talk. The part is at
 * most two letters (exactly two before a word of five letters or more: "during" is no name of
 * "ring"), so "java" never finds JavaScript; a part that only makes another form of an English
 * word ("tests", "tester", "retest", "untested") is no name.
 */

/** Longest part joined to a word in such a name. */
const PART = 2;
/** Shortest word a name is found by: "go" of "gopher" is none. */
const SHORTEST = 3;
/**
 * Shortest word found after a part: shorter ones end too many words ("ring" of "during",
 * "boring"; "rust" of "thrust"), where "torch", "spark" and "arrow" end names.
 */
const AFTER_PART = 5;
/** Consonant endings that make another form of a word: "tests", "tested", "tester", "latest". */
const ENDINGS = new Set(['s', 'st', 'th', 'd', 'r', 'n']);
/** Beginnings that make another word of a word: "reshape" is no name of "shape". */
const BEGINNINGS = new Set([
  're',
  'un',
  'de',
  'in',
  'im',
  'co',
  'ex',
  'bi',
  'up',
  'on',
  'di',
  'mi',
  'pr',
]);

/**
 * A part after a word that reads as a name's tag: no vowel ("x", "js", "ql", "db") or one letter
 * twice ("ee"). A vowel makes words and names of the word instead: "Ruston" is no "rust", "data"
 * no "dat".
 */
function isTag(part: string): boolean {
  return !/[aeiouy]/.test(part) || (part.length === 2 && part[0] === part[1]);
}

/** The compounds of the notes' words, by the word they are made of (built once per index). */
export function compoundsByWord(surfaces: readonly string[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  for (let id = 0; id < surfaces.length; id++) addCompounds(byWord, surfaces[id] as string, id);
  return byWord;
}

/** The words the notes' word `surface` (term `id`) is a compound of, added to `byWord`. */
export function addCompounds(byWord: Map<string, number[]>, surface: string, id: number): void {
  const add = (word: string) => {
    const ids = byWord.get(word);
    if (ids) ids.push(id);
    else byWord.set(word, [id]);
  };
  const word = surface.toLowerCase();
  if (!/^[a-z]+$/.test(word)) return;
  for (let part = 1; part <= PART; part++) {
    const rest = word.length - part;
    const end = word.slice(rest);
    if (rest >= SHORTEST && !ENDINGS.has(end) && isTag(end)) add(word.slice(0, rest));
    // One letter before a word makes other words too often ("trust", "scale"): two, as "Py".
    if (part === PART && rest >= AFTER_PART && !BEGINNINGS.has(word.slice(0, part)))
      add(word.slice(part));
  }
}

/** The notes' compounds of `word` as related terms at `weight`, but those of `exact`. */
export function compoundTerms(
  byWord: ReadonlyMap<string, number[]>,
  word: string,
  exact: ReadonlySet<number>,
  weight: number,
): QueryTerm {
  return (byWord.get(word) ?? [])
    .filter((id) => !exact.has(id))
    .map((id): [number, number] => [id, weight]);
}
