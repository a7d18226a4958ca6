import { describe, expect, it } from 'vitest';
import { listNotes, noneTexts } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions asked the way people ask them (round q43). */

/** What an answer says besides its cards: a list's notes, or why there is none. */
const said = (answer: Answer) =>
  answer.kind === 'talks'
    ? listNotes(answer).join(' ')
    : answer.kind === 'none'
      ? Object.values(noneTexts(answer)).join(' ')
      : answer.kind;

describe('subjects offered as a choice ("hiring or careers?")', () => {
  const E = 'harbourdev-2021';
  const bot = new Bot({
    events: [event(E, 'HarbourDev 2021')],
    talks: [
      talk(E, 'hire', 'Hiring without whiteboards', 'take-home tasks; paid trials'),
      talk(E, 'sec', 'Threat modelling for small teams', 'security reviews; STRIDE'),
      talk(E, 'mesh', 'Service mesh in anger', 'sidecars; retries; security by mTLS'),
      talk(E, 'ml', 'Machine learning on a budget', 'feature stores; batch scoring'),
    ],
  });

  it.each([
    ['hiring or careers?', ['hire'], ['careers']],
    ['kafka or graphql or security?', ['sec', 'mesh'], ['kafka', 'graphql']],
    ['talks on hiring, onboarding or security', ['hire', 'sec', 'mesh'], ['onboarding']],
    ['quantum computing or machine learning', ['ml'], ['quantum computing']],
  ])('"%s" answers the subjects found and names each one missing', (asked, found, missing) => {
    const answer = bot.ask(asked);
    expect([...ids(answer)].sort()).toEqual([...found].sort());
    for (const word of missing) expect(said(answer)).toContain(`“${word}”`);
    expect(said(answer)).toMatch(/No talk mentions/);
  });

  it('names every subject where none is found', () => {
    const answer = bot.ask('recruiting or careers?');
    expect(answer.kind).toBe('none');
    expect(said(answer)).toMatch(/no talk mentions “recruiting” or “careers”/);
  });

  it('leaves a choice of subjects both found as it was', () => {
    expect([...ids(bot.ask('hiring or security'))].sort()).toEqual(['hire', 'mesh', 'sec']);
    expect(said(bot.ask('hiring or security'))).not.toMatch(/No talk mentions/);
  });
});
