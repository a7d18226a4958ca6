import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBot } from '../../../src/load-bot.ts';
import { isError } from '../../../src/model.ts';

const SHAPES = fileURLToPath(new URL('../../fixtures/shapes', import.meta.url));

describe('content with warnings only', () => {
  it('is served: the bot answers from every talk that was read, and the warnings are kept', async () => {
    const loaded = await loadBot(SHAPES);
    expect(loaded.problems.filter(isError)).toEqual([]);
    expect(loaded.problems.length).toBeGreaterThan(5);
    expect(loaded.bot).toBeDefined();
    const answer = loaded.bot?.ask('flags');
    expect(answer?.kind).toBe('talks');
  });
});
