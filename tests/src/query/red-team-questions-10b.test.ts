import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Red-team round V, continued (see red-team-questions-10.test.ts): comparisons typed without
 * "talks", one side of which the notes never name.
 */

const PORTO = 'harbourdev-porto-2025';
const streams = new Bot({
  events: [event(PORTO, 'HarbourDev Porto 2025')],
  talks: [
    talk(PORTO, 'lag', 'Kafka consumer lag', 'Autoscaling on lag'),
    talk(PORTO, 'eos', 'Exactly once is a lie', 'Kafka transactions; idempotent consumers'),
    talk(PORTO, 'rabbit', 'RabbitMQ at scale', 'Quorum queues'),
  ],
});

describe('a comparison one side of which no talk names', () => {
  it("lists the other side's talks, saying none mentions it", () => {
    for (const asked of ['kafka or pulsar?', 'kafka vs pulsar', 'pulsar or kafka']) {
      const answer = streams.ask(asked);
      expect(ids(answer).sort(), asked).toEqual(['eos', 'lag']);
      expect(scope(answer)?.unmatched, asked).toEqual(['pulsar']);
    }
  });

  it('says nothing is missing where both sides have talks', () => {
    const answer = streams.ask('kafka or rabbitmq?');
    expect(ids(answer).sort()).toEqual(['eos', 'lag', 'rabbit']);
    expect(scope(answer)?.unmatched).toBeUndefined();
  });
});

describe('words of asking beside a subject', () => {
  it('are no word the notes lack, said so ("conclude", "tomorrow")', () => {
    for (const asked of [
      'what did they conclude about kafka lag',
      'need something on kafka lag by tomorrow',
    ]) {
      const answer = streams.ask(asked);
      expect(ids(answer)[0], asked).toBe('lag');
      expect(scope(answer)?.unmatched, asked).toBeUndefined();
    }
  });
});
