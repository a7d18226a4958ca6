import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { said } from './library-fixture.ts';

/**
 * "Best talks", "worst talk", "was the kafka talk any good" over notes whose author rated each
 * talk (Harbourlight, tests/fixtures/ratings) beside notes that rate none (Tidewater); invented.
 */
let bot: Bot;
beforeAll(async () => {
  bot = new Bot((await loadContent(join(import.meta.dirname, '../../fixtures/ratings'))).library);
});

const titles = (answer: Answer) => (answer.kind === 'talks' ? answer.hits.map((h) => h.title) : []);

describe("the author's own ratings answer which talk was best", () => {
  it.each([
    'best talks',
    'which talk was the best?',
    'which talk did the author like most',
    'which talks did the author rate highest',
    'talks rated highly',
    'best talk at harbourlight',
  ])('"%s" lists the rated talks, the highest rated first, saying whose rating it is', (asked) => {
    const answer = bot.ask(asked);
    expect(titles(answer)).toEqual([
      'Postgres at the edge',
      'Kafka without the pain',
      'Kubernetes cost tricks',
      'Kubernetes operators in anger',
    ]);
    expect(said(answer)).toContain("Rated by the notes' author themselves, ordered best first");
    expect(said(answer)).not.toContain('do not rate');
    expect(renderText(answer)).toContain(
      'Lena Sato (Tidebase) · Harbourlight Conf 2025 · rated 9/10 in the notes',
    );
  });

  it.each([
    'worst talk?',
    'which talk did the author like least',
    'which talk did you rate lowest',
  ])('"%s" lists them the lowest rated first', (asked) => {
    const answer = bot.ask(asked);
    expect(titles(answer)[0]).toBe('Kubernetes operators in anger');
    expect(titles(answer).at(-1)).toBe('Postgres at the edge');
    expect(said(answer)).toContain('ordered lowest rated first');
  });

  it('"top rated talks about kubernetes" ranks only the kubernetes talks, saying one has no rating', () => {
    const answer = bot.ask('top rated talks about kubernetes');
    expect(titles(answer)).toEqual(['Kubernetes cost tricks', 'Kubernetes operators in anger']);
    expect(said(answer)).toContain('1 other talk asked about has no rating in the notes');
  });

  it('is titled by the question as asked, not by what is left of it without "the best"', () => {
    for (const asked of [
      'which kubernetes talk was the best',
      'what was the most interesting talk about kubernetes',
    ]) {
      const answer = bot.ask(asked);
      expect(titles(answer)).toEqual(['Kubernetes cost tricks', 'Kubernetes operators in anger']);
      expect(renderText(answer).split('\n')[0]).toBe(`2 talks for “${asked}”`);
    }
  });

  it('"was the kafka talk any good" answers with the rated kafka talk and its rating', () => {
    const answer = bot.ask('was the kafka talk any good');
    expect(titles(answer)).toEqual(['Kafka without the pain']);
    expect(renderText(answer)).toContain('rated 4/5 in the notes');
  });

  it.each([
    'what is the rating of the postgres talk',
    'how would you rate the postgres talk',
    'is the postgres talk worth watching',
  ])('"%s" answers with that talk and its rating', (asked) => {
    const answer = bot.ask(asked);
    expect(titles(answer)).toEqual(['Postgres at the edge']);
    expect(renderText(answer)).toContain('rated 9/10 in the notes');
  });

  it.each([
    'best talks at tidewater',
    'how did the author rate the team habits talk',
    'was the kafka streams talk any good',
  ])('"%s", of talks none rated, says the author rated none of them', (asked) => {
    const answer = bot.ask(asked);
    expect(titles(answer).length).toBeGreaterThan(0);
    expect(said(answer)).toContain("The notes' author rated none of the talks asked about");
    expect(said(answer)).not.toContain('The notes do not rate');
    expect(renderText(answer)).not.toContain('in the notes ·');
  });

  it('"what should I watch first" is still a talk of each topic, not the ratings', () => {
    expect(said(bot.ask('what should I watch first'))).toContain('a talk of each topic');
  });

  it("a talk opened in full says the author's rating", () => {
    const answer = bot.ask('talk harbourlight-2025/postgres-at-the-edge');
    expect(answer.kind).toBe('talk');
    expect(renderText(answer)).toContain('rated 9/10 in the notes');
  });
});
