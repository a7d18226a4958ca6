import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** An event named with its year written short ("'17"), beside one of another year. */
const bot = new Bot({
  events: [event('vaultcon', "Vaultconf '17 Experience"), event('later', 'Devmoor 2018')],
  talks: [
    talk('vaultcon', 'modules', 'Reusable Terraform modules', 'module registries'),
    talk('vaultcon', 'raft', 'Consensus with Raft', 'leader election'),
    talk('later', 'grid', 'Grids in practice', 'subgrid'),
  ],
});

describe("an event's year written short in its name", () => {
  it('is the year in full: the event of that year, never left out of the question', () => {
    for (const asked of ['vaultconf 2017', 'talks at vaultconf 2017', 'talks from 2017']) {
      const answer = bot.ask(asked);
      expect(ids(answer).sort(), asked).toEqual(['modules', 'raft']);
      expect(answer, asked).not.toMatchObject({ scope: { dropped: expect.anything() } });
    }
    expect(ids(bot.ask('talks from 2018'))).toEqual(['grid']);
  });
});
