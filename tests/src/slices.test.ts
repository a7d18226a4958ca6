import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/slices.ts';

describe('work in slices', () => {
  it('visits every item in order and lets other work run between slices', async () => {
    const seen: number[] = [];
    let turns = 0;
    const items = Array.from({ length: 20_000 }, (_, i) => i);
    await inSlices(
      items,
      (item, index) => {
        expect(index).toBe(item);
        seen.push(item);
        // About 0.01 ms an item: 200 ms in all, so many slices of 1 ms.
        const until = performance.now() + 0.01;
        while (performance.now() < until);
      },
      async () => {
        turns += 1;
      },
      1,
    );
    expect(seen).toEqual(items);
    expect(turns).toBeGreaterThan(10);
  });
});
