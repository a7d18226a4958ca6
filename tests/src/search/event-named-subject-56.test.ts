import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, said } from '../query/library-fixture.ts';
import { talk } from './subject-fixture.ts';

/**
 * Notes of conferences named after their subject, whose talks never say it: a RustFest whose
 * notes say tokio and bindgen, a Kafka Summit whose notes say streams and brokers.
 */
const library: Library = {
  events: [
    event('rustfest-oslo', 'RustFest Oslo 2031'),
    event('kafka-summit', 'Kafka Summit London 2031'),
    event('all-day', 'All Day DevOps 2031'),
    event('tidewater', 'Tidewater Conf 2031'),
  ],
  talks: [
    talk('rustfest-oslo', 'async', 'Async without tears', ['Moving actix code to tokio']),
    talk('rustfest-oslo', 'ffi', 'Fearless FFI', ['bindgen, cxx and a shim compared']),
    talk('kafka-summit', 'brokers', 'Brokers without ZooKeeper', ['KRaft in production']),
    talk('all-day', 'pipelines', 'Pipelines that heal', ['Retries and rollbacks in CI']),
    talk('tidewater', 'trust', 'Zero trust for small teams', ['Identity-aware proxies']),
  ],
};
const bot = new Bot(library);

describe("a subject no talk says, that an event's name says", () => {
  it.each(['anything on rust?', 'rust talks', 'what did people say about rust'])(
    '"%s" lists the RustFest talks, not "no talk mentions rust"',
    (asked) => {
      expect(ids(bot.ask(asked)).sort()).toEqual(['async', 'ffi']);
    },
  );

  it('"kafka talks" lists the talks of the Kafka Summit', () => {
    expect(ids(bot.ask('kafka talks'))).toEqual(['brokers']);
  });

  it('"rust and tokio" keeps to the RustFest talk that says tokio', () => {
    expect(ids(bot.ask('rust and tokio'))).toEqual(['async']);
  });

  it('is never a near word of the notes: "rust" does not find the zero trust talk', () => {
    expect(ids(bot.ask('rust talks'))).not.toContain('trust');
  });

  it('a word of asking in a name ("All Day DevOps") names no subject', () => {
    const answer = bot.ask('all talks about quantum');
    expect(ids(answer)).not.toContain('pipelines');
  });

  it('a subject no name says is still said to be in no talk', () => {
    expect(said(bot.ask('anything on haskell?'))).toMatch(/no talk mentions “haskell”/i);
  });
});
