import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q8: notes that give each talk a track (`Track: Platform` under it) but no topic
 * group their talks all the same: "what tracks were there" lists the tracks, not "no topics yet".
 */

const FERN = 'fernconf-2024';
const REED = 'reedsummit-2024';
const bot = new Bot({
  events: [event(FERN, 'FernConf 2024'), event(REED, 'ReedSummit 2024')],
  talks: [
    talk(FERN, 'evals', 'Evals first', 'Golden sets', { track: 'AI' }),
    talk(FERN, 'agents', 'Agents that ship', 'Tool calls', { track: 'AI' }),
    talk(FERN, 'grid', 'Grid layouts', 'Subgrid', { track: 'Web' }),
    talk(REED, 'cache', 'Remote caching', 'Bazel', { topic: 'Builds' }),
  ],
});

describe('the tracks of notes without topics', () => {
  it('are listed as the groups of the talks, beside the topics of other notes', () => {
    for (const asked of ['what tracks were there', 'what topics were covered', 'topics']) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('topics');
      if (answer.kind !== 'topics') continue;
      expect(answer.topics.map((t) => [t.name, t.count])).toEqual([
        ['AI', 2],
        ['Web', 1],
        ['Builds', 1],
      ]);
    }
  });

  it('each lists its talks when asked for by name', () => {
    expect(ids(bot.ask('topic ai'))).toEqual(['evals', 'agents']);
    expect(ids(bot.ask('topic builds'))).toEqual(['cache']);
  });
});
