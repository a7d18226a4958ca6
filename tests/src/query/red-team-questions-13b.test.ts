import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round Q8: "what should a beginner watch", "good intro talk for juniors", "a good talk
 * for my manager" ask whom a talk is for, which the notes never say: the answer says so, rather
 * than "no match" as if the words were a search.
 */

const OWL = 'owlfest-2024';
const bot = new Bot({
  events: [event(OWL, 'OwlFest 2024')],
  talks: [
    talk(
      OWL,
      'queues',
      'Queues for the rest of us',
      'SQS dead-letter queues; idempotent consumers',
    ),
    talk(OWL, 'css', 'Layout with grid', 'Subgrid; container units'),
    talk(OWL, 'lead', 'From engineer to lead', 'Delegation; one-on-ones'),
  ],
});

describe('whom a talk is for, asked of a beginner, a junior or a manager', () => {
  it('says the notes do not tell, whatever the phrasing', () => {
    for (const asked of [
      'what should a beginner watch',
      'which talks should a new developer see first',
      'good intro talk for juniors?',
      "what's a good talk for my manager",
      'any beginner friendly talks?',
    ])
      expect(unknownOf(bot, asked), asked).toBe('audience');
  });

  it('still lists the talks of a subject named beside it', () => {
    const answer = bot.ask('which grid talk should my frontend team watch first');
    expect(ids(answer)).toEqual(['css']);
    expect(ids(bot.ask('beginner friendly queues talks'))).toEqual(['queues']);
    expect(unknownOf(bot, 'beginner friendly queues talks')).toBe('audience');
  });
});
