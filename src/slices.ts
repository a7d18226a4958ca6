/**
 * Runs `each` over `items` in slices of about `sliceMs`, waiting for `turn()` between slices, so
 * work of a few hundred milliseconds (building a reloaded bot's lookup tables at 10,000 talks)
 * lets answers through instead of stalling them. The clock is read every 64 items.
 */
export async function inSlices<T>(
  items: Iterable<T>,
  each: (item: T, index: number) => void,
  turn: () => Promise<unknown>,
  sliceMs = 8,
): Promise<void> {
  let sliceStart = performance.now();
  let index = 0;
  for (const item of items) {
    each(item, index);
    index += 1;
    if ((index & 63) === 0 && performance.now() - sliceStart >= sliceMs) {
      await turn();
      sliceStart = performance.now();
    }
  }
}
