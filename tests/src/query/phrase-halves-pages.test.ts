import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * A word some talks say only as half of one term ("container" of "container queries") is
 * ranked after the talks that say it alone on every page, not only the first: the reordering
 * reads talks only as far as a page needs, and the pages after it must still agree.
 */
const HARBOUR = 'harbour-2026';
const css = Array.from({ length: 9 }, (_, i) =>
  talk(
    HARBOUR,
    `css-${i}`,
    `Container queries in practice, part ${i + 1}`,
    'Container queries beside media queries; more container queries in the design system',
  ),
);
const docker = Array.from({ length: 9 }, (_, i) =>
  talk(HARBOUR, `docker-${i}`, `Shipping services, part ${i + 1}`, 'One container per service'),
);
const bot = new Bot({
  events: [event(HARBOUR, 'Harbour Dev 2026')],
  talks: [...css, ...docker],
});

describe('talks that say a word only as half of one term, over several pages', () => {
  it('come after every talk that says it alone, each talk once', () => {
    const seen: string[] = [];
    for (let page = 1; page <= 10; page++) {
      const answer = bot.answer({ kind: 'search', words: 'containers', page });
      if (answer.kind !== 'talks' || answer.hits.length === 0) break;
      seen.push(...ids(answer));
      if (answer.page >= answer.pageCount) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 9).every((id) => id.startsWith('docker'))).toBe(true);
    expect(seen.slice(9).every((id) => id.startsWith('css'))).toBe(true);
    expect(seen).toHaveLength(18);
  });

  it('still come first when the term itself is asked', () => {
    expect(ids(bot.ask('container queries'))[0]).toMatch(/^css/);
  });
});
