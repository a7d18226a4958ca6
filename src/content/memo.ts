/**
 * A pure function of a string, remembered for the strings it was last given. A heading is read
 * by several shape readings of its post (the post's votes, the talk depth, the talk itself), each
 * asking the same question of the same text; the answer is made once. The table is emptied when
 * it holds `limit` strings, so memory stays bounded in a parse worker that reads many files.
 */
export function remembered<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  let known = new Map<string, T>();
  return (text) => {
    const seen = known.get(text);
    if (seen !== undefined || known.has(text)) return seen as T;
    const value = read(text);
    if (known.size >= limit) known = new Map();
    known.set(text, value);
    return value;
  };
}
