import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';

/** Two conferences, one of seven talks (two pages of five), one of three. */
const A = 'ferrisfest-2023';
const B = 'opsnorth-2022';
const bot = new Bot({
  events: [event(A, 'FerrisFest 2023'), event(B, 'OpsNorth 2022')],
  talks: [
    ...['async', 'embedded', 'macros', 'unsafe', 'wasm', 'fuzzing', 'types'].map((id) =>
      talk(A, id, `Rust ${id} in practice`, `${id}; crates`),
    ),
    ...['oncall', 'drift', 'incidents'].map((id) => talk(B, id, `Ops ${id}`, `${id}; pages`)),
  ],
});

describe('"what else did ferrisfest have" after its talks were shown', () => {
  it.each([
    ['ferrisfest talks', 'what else did ferrisfest have'],
    ['what did ferrisfest have?', 'what else was there at ferrisfest?'],
    ['ferrisfest talks', 'what else?'],
    ['ferrisfest talks', 'anything else?'],
  ])('after "%s", "%s" lists the ones not shown yet', async (first, then) => {
    const chat = chatIn(bot, `C-${first}-${then}`);
    const shown = await chat.ask(first);
    expect(shown).toMatchObject({ kind: 'talks', total: 7, page: 1 });
    const rest = await chat.ask(then);
    expect(rest).toMatchObject({ kind: 'talks', page: 2 });
    expect(ids(rest)).toHaveLength(2);
    expect(ids(rest).some((id) => ids(shown).includes(id))).toBe(false);
    await chat.close();
  });

  it('says every talk was shown, never the same list again', async () => {
    const chat = chatIn(bot, 'C-ops');
    await chat.ask('opsnorth talks');
    for (const asked of ['what else did opsnorth have', 'what else?']) {
      const answer = await chat.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'none', reason: 'none-else' });
      // Talks were asked for, not people: nothing else, not "no one else".
      expect(noneTexts(answer as Extract<Answer, { kind: 'none' }>).title, asked).toMatch(
        /^Nothing else: all 3 talks for “opsnorth talks” were in your last answer$/,
      );
    }
    await chat.close();
  });

  it('after the last page was shown, says nothing else is left', async () => {
    const chat = chatIn(bot, 'C-paged');
    await chat.ask('ferrisfest talks');
    expect(await chat.ask('more')).toMatchObject({ kind: 'talks', page: 2 });
    const answer = await chat.ask('what else did ferrisfest have');
    expect(answer).toMatchObject({ kind: 'none', reason: 'none-else' });
    await chat.close();
  });

  it('answers another conference asked about as a question of its own', async () => {
    const chat = chatIn(bot, 'C-both');
    await chat.ask('opsnorth talks');
    const answer = await chat.ask('what else did ferrisfest have');
    expect(answer).toMatchObject({ kind: 'talks', total: 7, page: 1 });
    await chat.close();
  });
});
