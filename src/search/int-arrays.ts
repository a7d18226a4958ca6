/**
 * Growing and packing the typed arrays the postings are counted in: counting 2.5 million words
 * in arrays, not Maps, needs them grown by doubling and kept small once counted.
 */

/** The numbers in two bytes each when they fit (they do but in very long notes): parts are kept. */
export function narrow(array: Int32Array): Uint16Array | Int32Array {
  let most = 0;
  for (const value of array) if (value > most) most = value;
  return most <= 0xffff ? Uint16Array.from(array) : array.slice();
}

/** The array twice as long, its new half filled with `fill`. */
export function grow(array: Int32Array<ArrayBuffer>, fill = 0): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}
