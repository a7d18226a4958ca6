import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { shippedBot } from '../../helpers.ts';

const topics = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.topic) : answer.kind;

describe('a question that is only the name of a topic', () => {
  it("lists the topic's talks first, then the others that mention the word", async () => {
    const bot = await shippedBot();
    // The shipped notes link a deck whose address has "devops" in an Architecture talk: the
    // address alone does not make that talk one about devops.
    for (const question of ['devops', "what's new in devops?"]) {
      const answer = bot.ask(question);
      expect(topics(answer)).toEqual(['Devops', 'Devops', 'Devops', 'Architecture']);
      expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.id)).not.toContain(
        'what-they-do-not-tell-you-about-microservices',
      );
    }
  });

  it('is not applied when other words are asked too', async () => {
    const bot = await shippedBot();
    const answer = bot.ask('devops netflix');
    expect(answer.kind === 'talks' && answer.hits[0]?.title).toBe('Container mgmt at Netflix');
  });
});
