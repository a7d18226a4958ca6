import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { said, unknownOf } from './library-fixture.ts';

/** Questions asked in sentences after a conference (round q52), over invented and shipped notes. */

let shipped: Bot;
beforeAll(async () => {
  shipped = await shippedBot();
});

describe('an award asked about', () => {
  it.each([
    'was there a best speaker award',
    'were there any awards?',
    'did anyone win a prize',
    'who won the best talk award',
    'any prizes handed out at qcon?',
  ])('"%s" says the notes rate nothing, never that no talk says "award"', (asked) => {
    expect(unknownOf(shipped, asked)).toBe('ratings');
    expect(said(shipped.ask(asked))).not.toContain('award');
  });
});

describe('"received" of what a talk is about', () => {
  it('"how was the netflix talk received" is still a talk\'s reception', () => {
    expect(unknownOf(shipped, 'how was the netflix talk received')).toBe('ratings');
  });

  it.each(['how are the events received?', 'how is the ec2 metadata received'])(
    '"%s" is a search, not a rating',
    (asked) => {
      expect(unknownOf(shipped, asked)).toBeUndefined();
    },
  );
});
