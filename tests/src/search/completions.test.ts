import { describe, expect, it } from 'vitest';
import type { Talk } from '../../../src/model.ts';
import { Completions, prepareCompletions } from '../../../src/search/completions.ts';

function talk(i: number, title: string, speaker: string, topic?: string): Talk {
  return {
    id: `t${i}`,
    event: 'e',
    title,
    speakers: [{ name: speaker }],
    ...(topic ? { topic } : {}),
  } as unknown as Talk;
}

const TYPED = ['', 'mic', 'sec', 'net', 'ana', 'who spoke about netf', 'data pip', 'zz', 'a'];

describe('autocomplete list built in slices', () => {
  const talks = Array.from({ length: 3000 }, (_, i) =>
    talk(
      i,
      `${['Microservices', 'Security', 'Netflix', 'Data pipelines'][i % 4]} at scale ${i}`,
      `${['Ana', 'Ben', 'Chen'][i % 3]} Speaker${i % 97}`,
      i % 5 === 0 ? `Topic ${i % 7}` : undefined,
    ),
  );

  it('completes exactly as a list built in one piece', async () => {
    const whole = new Completions({ talks });
    let pauses = 0;
    const copy = [...talks];
    // A slice of 0 ms: every check yields, so the build is split into many pieces.
    await prepareCompletions(copy, async () => void pauses++, 0);
    const sliced = new Completions({ talks: copy });
    expect(pauses).toBeGreaterThan(10);
    for (const typed of TYPED)
      expect(sliced.complete(typed, 40)).toEqual(whole.complete(typed, 40));
  });

  it('gives each pause back to the event loop between slices', async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await prepareCompletions([...talks], () => new Promise((r) => setTimeout(r, 1)), 0);
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(5);
  });
});
