import { describe, expect, it } from 'vitest';
import { followUpLine } from '../../../adapters/present/follow-up.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { chatIn } from './notes-folder.ts';

/** Two conferences: one of six talks over two days (a keynote, a workshop), one of two. */
const A = 'ferrumconf-2024';
const B = 'opsnorth-2022';
const person = (name: string) => ({ speakers: [{ name }] });
const bot = new Bot({
  events: [event(A, 'FerrumConf 2024'), event(B, 'OpsNorth 2022')],
  talks: [
    talk(A, 'editions', 'Ten years of editions', 'editions; stability', {
      kind: 'Keynote',
      day: 'Day 1',
      date: '2024-09-10',
      ...person('Oskar Lind'),
    }),
    talk(A, 'cancel', 'Async cancellation', 'futures; select', {
      day: 'Day 1',
      date: '2024-09-10',
      ...person('Jo Park'),
    }),
    talk(A, 'embedded', 'Embedded on a budget', 'no_std; probes', {
      day: 'Day 1',
      date: '2024-09-10',
      ...person('Mara Jensen'),
    }),
    talk(A, 'runtime', 'A runtime from scratch', 'wakers; executors', {
      kind: 'Workshop',
      day: 'Day 2',
      date: '2024-09-11',
      ...person('Lena Ortega'),
    }),
    talk(A, 'typestate', 'Typestate APIs', 'builders; phantom types', {
      day: 'Day 2',
      date: '2024-09-11',
      ...person('Ravi Anand'),
    }),
    talk(A, 'fuzzing', 'Fuzzing with cargo', 'panics; corpus', {
      day: 'Day 2',
      date: '2024-09-11',
      ...person('Jo Park'),
    }),
    talk(B, 'oncall', 'Ops on call', 'pages; rota'),
    talk(B, 'drift', 'Ops drift', 'terraform; drift'),
  ],
});

describe('"what else did ferrumconf have" after another list of its talks', () => {
  it.each([
    ['ferrumconf keynotes', 'what else did ferrumconf have', 1],
    ['talks by jo park at ferrumconf', 'what else was there at ferrumconf?', 2],
    ['ferrumconf workshops', 'anything else at ferrumconf', 1],
    ['ferrumconf talks on day 1', 'what other talks were there at ferrumconf', 3],
  ])('after "%s", "%s" leaves out the talks shown', async (first, then, left) => {
    const chat = chatIn(bot, `C-${first}`);
    const shown = await chat.ask(first);
    expect(shown).toMatchObject({ kind: 'talks', total: left });
    const rest = await chat.ask(then);
    expect(rest).toMatchObject({ kind: 'talks', total: 6 - left });
    const all = [...ids(rest)];
    if (rest.kind === 'talks' && rest.pageCount > 1) {
      const next = await chat.ask('more');
      all.push(...ids(next));
    }
    expect(all).toHaveLength(6 - left);
    expect(all.some((id) => ids(shown).includes(id))).toBe(false);
    // The answer says what it left out, as asked before.
    const line = rest.kind === 'talks' ? followUpLine(rest.followUp) : undefined;
    expect(line).toBe(
      `Leaving out the ${left} ${left === 1 ? 'talk' : 'talks'} of your last question, “${first}”`,
    );
    await chat.close();
  });

  it('answers another conference asked about whole, and a list not within it as before', async () => {
    const chat = chatIn(bot, 'C-other');
    await chat.ask('ferrumconf keynotes');
    const other = await chat.ask('what else did opsnorth have');
    expect(other).toMatchObject({ kind: 'talks', total: 2 });
    expect(other.kind === 'talks' && other.followUp).toBeFalsy();
    await chat.close();
  });
});
