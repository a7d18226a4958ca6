import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Red-team round Q8: a question told as a story, its one subject word buried among words no talk
 * has, is a question about that subject — not "no match" because the story's words are missing.
 */

const GULL = 'gullconf-2025';
const bot = new Bot({
  events: [event(GULL, 'GullConf 2025')],
  talks: [
    talk(GULL, 'sbom', 'Shipping with receipts', 'An SBOM for every build; scan it with Grype'),
    talk(GULL, 'tail', 'Cheaper telemetry', 'Tail sampling keeps traces affordable'),
    talk(GULL, 'orch', 'Leaving cron behind', 'Dagster assets replace scripts; the team agreed'),
    talk(GULL, 'pizza', 'Small teams', 'Two-pizza teams own their services; making decisions fast'),
    talk(GULL, 'wasm', 'Plugins in WebAssembly', 'WASI components; the team sandbox'),
  ],
});

describe('a story with its subject buried in it', () => {
  it('is answered by the talk about the one word of it the notes have', () => {
    const sbom = bot.ask('my manager keeps nagging about SBOMs and honestly I am lost, anything?');
    expect(ids(sbom)).toEqual(['sbom']);
    // Titled by the word searched, so it is plain what the answer is about.
    expect(scope(sbom)).toMatchObject({ kind: 'search', words: 'sboms' });
    expect(ids(bot.ask('our traces bill doubled overnight lol, any tips from the talks?'))).toEqual(
      ['tail'],
    );
    expect(
      ids(bot.ask('we are stuck babysitting cron boxes at work, did anyone talk about dagster?')),
    ).toEqual(['orch']);
  });

  it('is the word a title has before a word of the story that a talk says in passing', () => {
    const asked = 'drowning in yaml at work lol, did anyone talk about making WebAssembly plugins?';
    expect(ids(bot.ask(asked))).toEqual(['wasm']);
  });

  it('is no answer to a message that asks nothing of the talks', () => {
    expect(ids(bot.ask('reminder: the retro moved to friday, bring pizza and good vibes'))).toEqual(
      ['none'],
    );
    expect(ids(bot.ask('looking for a recipe for pizza dough my kids would eat'))).toEqual([
      'none',
    ]);
  });
});
