import { beforeAll, describe, expect, it } from 'vitest';
import { listTitle } from '../../../adapters/present/words.ts';
import type { Bot } from '../../../src/bot.ts';
import { growth } from '../../growth.ts';
import { shippedBot } from '../../helpers.ts';

/**
 * A question whose parts are read as questions of their own: what is left out ("except …"), the
 * talk a slot is after. Typed over and over ("talks except except … about microservices", a
 * paste gone wrong, a user testing the bot), each "except" read the rest of the question twice
 * again: twelve took seconds, thirty minutes, and the bot answered no one meanwhile.
 */
let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

const repeated = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

describe('a question with a part typed over and over', { timeout: 120_000 }, () => {
  it.each([
    ['except', (n: number) => `talks ${repeated('except', n)} about microservices`],
    ['except, asked who', (n: number) => `who spoke ${repeated('except', n)} about microservices?`],
    ['other than', (n: number) => `microservices ${repeated('other than', n)} netflix`],
    ['the talk after', (n: number) => `${repeated('the talk after', n)} the one on microservices`],
  ])('answers "%s" × n in time that grows with n, not with 2ⁿ', (_, make) => {
    const { ratio, large } = growth((n) => bot.ask(make(n)), 3);
    expect(ratio).toBeLessThan(9);
    expect(['talks', 'none']).toContain(large.kind);
  });

  it('leaves out no talk by words that only say "except" again', () => {
    const answer = bot.ask(`who spoke ${repeated('except', 12)} about microservices?`);
    if (answer.kind !== 'talks') throw new Error(answer.kind);
    // Not "talks except “except except … about microservices”": nothing was left out by them.
    expect(listTitle(answer)).not.toMatch(/except/i);
    // Who spoke: every talk of the notes, with its speakers.
    expect(answer.total).toBe(10);
  });
});
