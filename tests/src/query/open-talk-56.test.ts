import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, talk } from './library-fixture.ts';

/** One conference's talks: one on podman, two on kafka, one open-source talk. */
const library: Library = {
  events: [event('brno-2031', 'DevConf Brno 2031')],
  talks: [
    talk('brno-2031', 'podman', 'Podman in production', 'rootless containers in CI', {
      speakers: [{ name: 'Jana Nováková' }],
    }),
    talk('brno-2031', 'kafka-ops', 'Running Kafka on a budget', 'kafka brokers and tiered storage'),
    talk('brno-2031', 'kafka-streams', 'Kafka Streams in anger', 'kafka streams joins'),
    talk('brno-2031', 'oss', 'Open source maintainers are tired', 'funding open source'),
  ],
};
const bot = new Bot(library);

describe('one talk asked for in full', () => {
  it.each([
    'open the podman talk',
    'tell me about the podman talk',
    'show me the podman talk',
    'hey bot, tell me more about the podman talk please',
    'can you open the talk by jana?',
    'details on that podman session',
  ])('"%s" opens that talk, with its notes and related talks', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind).toBe('talk');
    expect(ids(answer)).toEqual(['podman']);
  });

  it('where the words find several talks, lists them to choose from', () => {
    const answer = bot.ask('tell me about the kafka talk');
    expect(answer.kind).toBe('talks');
    expect(ids(answer).sort()).toEqual(['kafka-ops', 'kafka-streams']);
  });

  it('a list asked for stays a list, and "open source" is a subject', () => {
    expect(bot.ask('show me the kafka talks').kind).toBe('talks');
    expect(bot.ask('tell me about podman').kind).toBe('talks');
    expect(ids(bot.ask('open source talks'))).toEqual(['oss']);
  });
});
