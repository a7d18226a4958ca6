import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/**
 * Related talks in an archive of several conferences, where titles are written in title case:
 * every word of "The Power of CSS" is capitalised, so none of them is a name as "Kafka" is
 * inside a sentence. A talk opened in full listed unrelated talks that shared one everyday word
 * of their titles ("Power", "Real", "Easy").
 */
const FJORD = 'fjordconf-2024';
const DUNE = 'duneday-2023';
const bot = new Bot({
  events: [event(FJORD, 'FjordConf 2024'), event(DUNE, 'DuneDay 2023')],
  talks: [
    talk(FJORD, 'models', 'Power of models', 'Mental models of a tester; heuristics first'),
    talk(FJORD, 'story', 'The Power of Storytelling', 'Narrative arcs in product demos'),
    talk(DUNE, 'css', 'The Power of CSS', 'Grid and subgrid; container queries'),
    talk(DUNE, 'realtime', 'Enabling Real-Time Media at the Edge', 'WebRTC; jitter buffers'),
    talk(FJORD, 'values', 'The real value of pair programming', 'Two people, one keyboard'),
    talk(DUNE, 'serverless', 'Stateful Serverless Applications', 'Durable functions; actors'),
    talk(FJORD, 'deno', 'Deno: The JavaScript Runtime for the Serverless Era', 'Edge deploys'),
    talk(DUNE, 'kafka', 'Kafka in production', 'Consumer lag; rebalancing storms'),
    talk(FJORD, 'batch', 'Moving the nightly batch', 'We moved it to Kafka and Flink'),
    talk(DUNE, 'mind', "Beginner's Mind", 'Asking naive questions'),
  ],
});

function related(id: string): string[] {
  const answer: Answer = bot.ask(`talk ${id}`);
  if (answer.kind !== 'talk') throw new Error(`talk ${id}: ${answer.kind}`);
  return answer.related.map((one) => one.id);
}

describe('talks related to one opened in full, over several conferences', () => {
  it('are not those that share only an everyday word capitalised in a title-case title', () => {
    expect(related('models')).not.toContain('story');
    expect(related('models')).not.toContain('css');
    expect(related('values')).not.toContain('realtime');
  });

  it('still include those whose titles share a name, in title case or in a sentence', () => {
    expect(related('serverless')).toContain('deno');
    expect(related('kafka')).toContain('batch');
  });
});
