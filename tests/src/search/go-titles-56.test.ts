import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from '../query/library-fixture.ts';

/**
 * "go talks" missed the talk titled "Go tooling tour" (a title opened by "Go" was the verb) and
 * found "Go Big or Go Home" (the verb, mid-title) instead. Invented talks.
 */
const E = 'langconf-2033';
const bot = new Bot({
  events: [event(E, 'LangConf 2033')],
  talks: [
    talk(E, 'go-tour', 'Go tooling tour', 'vet; gopls; pin tools in the module file'),
    talk(E, 'go-big', 'Go Big or Go Home', 'ambition in platform teams; going all in'),
    talk(E, 'fridays', 'Go to production on Fridays', 'deploys; feature flags'),
    talk(E, 'rust', 'Rust for embedded', 'no_std; probes'),
  ],
});

describe('Go, the language, opening a title', () => {
  it.each(['go talks', 'anything on go?', 'talks in go', 'golang'])(
    '"%s" finds the talk titled "Go tooling tour", not the verb',
    (asked) => {
      expect(ids(bot.ask(asked))).toEqual(['go-tour']);
    },
  );

  it('"go big or go home" still finds the talk titled so', () => {
    expect(ids(bot.ask('go big or go home'))[0]).toBe('go-big');
  });
});
