import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';

/** Questions people ask, and the talk that must come first. */
const FIRST_HIT: [query: string, talkId: string][] = [
  ['microservices', 'the-deadly-sins-of-microservices'],
  ['microservice', 'the-deadly-sins-of-microservices'],
  ['MICROSERVICES!!!', 'the-deadly-sins-of-microservices'],
  ['cryptocurrency', 'cryptocurrency-key-storage'],
  ['cryptocurency', 'cryptocurrency-key-storage'],
  ['zipkin', 'think-before-you-tool'],
  ['prometheus', 'think-before-you-tool'],
  ['pgbouncer', 'what-they-do-not-tell-you-about-microservices'],
  ['netflix', 'container-mgmt-at-netflix'],
  ['netflx', 'container-mgmt-at-netflix'],
  ['containers netflix', 'container-mgmt-at-netflix'],
  ['Ryan Lane', 'security-in-cloud-environments'],
  ['lyft', 'security-in-cloud-environments'],
  ["Uber's", 'lessons-learned-on-ubers-journey-into-microservices'],
  ['uber', 'lessons-learned-on-ubers-journey-into-microservices'],
  ['Emily Reinhold', 'lessons-learned-on-ubers-journey-into-microservices'],
  ['hire attitude', 'how-to-optimize-your-culture-for-learning'],
  ['recurse', 'how-to-optimize-your-culture-for-learning'],
  ['buffer', 'learnings-from-a-culture-first-startup'],
  ['remote team', 'learnings-from-a-culture-first-startup'],
  ['shamir', 'cryptocurrency-key-storage'],
  ['coinbase', 'cryptocurrency-key-storage'],
  ['cold storage', 'cryptocurrency-key-storage'],
  ['terraform', 'implementing-infrastructure-as-code'],
  ['infrastructure as code', 'implementing-infrastructure-as-code'],
  ['infrastructure-as-code', 'implementing-infrastructure-as-code'],
  ['Kief Morris', 'implementing-infrastructure-as-code'],
  ['thoughtworks', 'implementing-infrastructure-as-code'],
  ['haproxy', 'what-they-do-not-tell-you-about-microservices'],
  ['mesos marathon', 'what-they-do-not-tell-you-about-microservices'],
  ['Yodle', 'what-they-do-not-tell-you-about-microservices'],
  ['spine model', 'the-deadly-sins-of-microservices'],
  ['OpenCredo', 'the-deadly-sins-of-microservices'],
  ['hoverfly', 'the-deadly-sins-of-microservices'],
  ['secret management', 'security-in-cloud-environments'],
  ['EC2 metadata', 'container-mgmt-at-netflix'],
  ['Spyker', 'container-mgmt-at-netflix'],
  ['cultre', 'how-to-optimize-your-culture-for-learning'],
];

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

describe('relevance on the shipped notes', () => {
  it.each(FIRST_HIT)('"%s" finds %s first', (query, talkId) => {
    const answer = bot.ask(query);
    expect(answer.kind).toBe('talks');
    if (answer.kind !== 'talks') return;
    expect(answer.hits[0]?.id).toBe(talkId);
  });

  it.each(['kubernetes', 'blockchain', 'asdfgh', 'the'])(
    '"%s" is answered with none, not junk',
    (query) => {
      expect(bot.ask(query).kind).toBe('none');
    },
  );

  it('corrects a typo to the talks titled with the word, not by a link’s address', () => {
    // Both talks say "microservices" in their title; only a deck's address said it once more.
    const answer = bot.ask('microsevices');
    expect(
      answer.kind === 'talks' &&
        answer.hits
          .slice(0, 2)
          .map((h) => h.id)
          .sort(),
    ).toEqual([
      'the-deadly-sins-of-microservices',
      'what-they-do-not-tell-you-about-microservices',
    ]);
  });

  it('prefers talks that have every word over talks with one of them', () => {
    const answer = bot.ask('culture buffer');
    expect(answer.kind === 'talks' && answer.hits.map((h) => h.id)).toEqual([
      'learnings-from-a-culture-first-startup',
    ]);
  });

  it('falls back to any word when no talk has them all', () => {
    const answer = bot.ask('netflix coinbase');
    expect(answer.kind === 'talks' && answer.hits.map((h) => h.id).sort()).toEqual([
      'container-mgmt-at-netflix',
      'cryptocurrency-key-storage',
    ]);
  });
});
