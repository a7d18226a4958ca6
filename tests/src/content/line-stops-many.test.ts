import { describe, expect, it } from 'vitest';
import { withLineStops } from '../../../src/content/line-stops.ts';

/**
 * A hostile paragraph of a million short lines (2 MB, within the 4 MiB a file may have): its lines
 * are read one by one, never spread as arguments (a call of a million arguments overflows the
 * stack, and the file was an error).
 */
describe('a paragraph of a million lines', () => {
  it('is read for its sentence stops without overflowing the stack', () => {
    const value = Array.from({ length: 1_000_000 }, (_, i) =>
      i % 2 ? 'Queues back up' : 'Caches lie',
    ).join('\n');
    const read = withLineStops({
      type: 'paragraph',
      line: 1,
      children: [{ type: 'text', line: 1, children: [], value }],
    });
    const text = read.children.map((node) => node.value ?? '').join('');
    expect(text.split('\n')).toHaveLength(1_000_000);
    expect(text.slice(0, 30)).toBe('Caches lie.\nQueues back up.\nCa');
  });
});
