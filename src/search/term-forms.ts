/** Other words kept per term: enough for a word's forms, bounded for a term of many. */
const MOST_FORMS = 6;

/**
 * The other words each term was seen as, past its first (`surfaces`): "experience" beside
 * "experiments", both the stemmer's "experi". A few at most per term. Read from the builder's
 * table of the first `known` words seen and each one's term (-1: none).
 */
export function termForms(
  termCount: number,
  words: readonly string[],
  wordTerm: Int32Array,
  known: number,
  surfaces: readonly string[],
): string[][] {
  const forms: string[][] = Array.from({ length: termCount }, () => []);
  for (let id = 0; id < known; id++) {
    const term = wordTerm[id] as number;
    if (term < 0) continue;
    const word = words[id] as string;
    const list = forms[term] as string[];
    if (word !== surfaces[term] && list.length < MOST_FORMS) list.push(word);
  }
  return forms;
}
