/**
 * Edits from `a` to `b` (a letter inserted, deleted or changed, or two neighbours swapped), or
 * `most + 1` as soon as it is past `most`. It imports nothing, so the notes' parse worker and the
 * question side share it without loading each other's modules.
 */
export function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
      if (d < least) least = d;
    }
    if (least > most) return most + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}
