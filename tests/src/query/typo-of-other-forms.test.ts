import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * A slip in a form the notes write a word in, other than the form they wrote first: the title
 * says "Secret", the notes "secrets"; "secrts" is a letter short of the second.
 */
describe('a typo of a word as the notes write it the second time', () => {
  const VAULT = 'vaultcamp-2025';
  const bot = new Bot({
    events: [event(VAULT, 'Vaultcamp 2025')],
    talks: [
      talk(VAULT, 'rotation', 'Secret rotation without downtime', 'Rotating secrets every hour'),
      talk(VAULT, 'sealed', 'Sealed boxes', 'Where the secrets of a cluster live'),
      talk(VAULT, 'audit', 'Audit trails', 'Who read what, and when'),
    ],
  });

  it('is corrected to that word, and finds the talks that say it', () => {
    const answer = bot.ask('secrts');
    expect(answer.kind === 'talks' && answer.scope.kind === 'search' && answer.scope.words).toBe(
      'secret',
    );
    expect(ids(answer).sort()).toEqual(['rotation', 'sealed']);
  });

  it('answers it beside other words as typed right', () => {
    expect(ids(bot.ask('secrts rotation'))).toEqual(ids(bot.ask('secrets rotation')));
    expect(ids(bot.ask('secrts rotation'))).toContain('rotation');
  });
});
