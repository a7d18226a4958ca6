/**
 * A pure function of a string, remembered for the strings of the post being read. A heading is
 * read by several shape readings of its post (the post's votes, the talk depth, the talk itself),
 * each asking the same question of the same text; the answer is made once. `forgetPost` empties
 * every table when a post is read: the texts are slices of a file's source, which a table kept
 * across files would keep alive in a parse worker that reads hundreds of them.
 */
export function remembered<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  tables.push(known);
  return (text) => {
    const seen = known.get(text);
    if (seen !== undefined || known.has(text)) return seen as T;
    const value = read(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

const tables: Map<string, unknown>[] = [];

/** Empties every table: called as a post is read (see `parseNotes`). */
export function forgetPost(): void {
  for (const table of tables) table.clear();
}
