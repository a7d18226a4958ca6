import { describe, expect, it } from 'vitest';
import { questionOf } from '../../../adapters/discord/carried-questions.ts';
import { parseCustomId } from '../../../adapters/discord/custom-id.ts';
import { type DiscordMessage, renderMessage } from '../../../adapters/discord/render-embeds.ts';
import type { TalkCard, TalkDetail } from '../../../src/answer.ts';
import { answerVariants } from '../answer-variants.ts';
import { expectWithinLimits } from './limits-check.ts';

/**
 * Every button must be answerable from the message it is on: a question too long for its
 * custom_id is shown in the footer, which the fitting never cuts, however full the answer.
 */
const heavy = 'w'.repeat(1000);

function card(i: number): TalkCard {
  return {
    ref: `ev/t${i}`,
    id: `t${i}`,
    event: 'ev',
    eventName: heavy,
    title: heavy,
    speakers: [{ name: heavy, company: heavy }],
    summary: heavy,
    links: { description: `https://example.com/${i}` },
  };
}

const talk: TalkDetail = {
  ...card(9),
  notes: Array.from({ length: 60 }, () => ({ text: heavy, children: [] })),
  allLinks: Array.from({ length: 40 }, (_, i) => ({
    kind: 'see-also' as const,
    url: `https://example.com/${i}`,
    text: heavy,
  })),
};

/** The question each of the message's buttons would ask, found as a click finds it. */
function questionsAsked(message: DiscordMessage): (string | undefined)[] {
  return message.components.flatMap((row) =>
    row.components.flatMap((c) => {
      const action = 'custom_id' in c ? parseCustomId(c.custom_id) : undefined;
      const carried = action?.kind === 'open' ? action.from : action;
      return carried ? [questionOf(carried, message)?.query] : [];
    }),
  );
}

describe('questions carried by key', () => {
  const cases = [
    // 500 characters (the most the bot reads), with marks Discord's Markdown would read.
    `${'**bold** _it_ <@&123> @everyone ||x|| '.repeat(13)}`.slice(0, 500),
    // Right-to-left, emoji and a letter under combining marks: shown and hashed as they are.
    `שלום مرحبا 👩🏽‍💻 e\u0301 ${'kubernetes '.repeat(50)}`.slice(0, 500),
  ];
  for (const question of cases) {
    it(`answers every button from the message alone (${question.slice(0, 12)}…)`, () => {
      const hits = [0, 1, 2, 3, 4].map(card);
      for (const answer of answerVariants(question, talk, hits)) {
        const options = {
          share: { query: question, page: 3 },
          from: { query: `${question} again`.slice(-500), page: 2 },
        };
        const message = renderMessage(answer, options);
        expectWithinLimits(message);
        for (const asked of questionsAsked(message)) expect(asked).toBeDefined();
      }
    });
  }

  it('shows the question in the footer exactly, on the last card of a list', () => {
    const question = `${'cloud '.repeat(30)}but not netflix`;
    const message = renderMessage({
      kind: 'talks',
      query: question,
      scope: { kind: 'search', words: question },
      hits: [0, 1, 2, 3, 4].map(card),
      total: 40,
      page: 2,
      pageCount: 8,
      first: 6,
    });
    expect(message.embeds).toHaveLength(5);
    expect(message.embeds.at(-1)?.footer?.text).toBe(`Asked: ${question}`);
    expect(message.embeds.slice(0, -1).every((e) => e.footer === undefined)).toBe(true);
    expect(questionsAsked(message)).toEqual([question, question, question]);
  });

  it('shows nothing when every question fits its custom_id', () => {
    const message = renderMessage(
      { kind: 'talk', talk, related: [] },
      { from: { query: 'kubernetes', page: 2 }, share: { query: 'talk ev/t9', page: 1 } },
    );
    expect(message.embeds.some((e) => e.footer)).toBe(false);
  });
});
