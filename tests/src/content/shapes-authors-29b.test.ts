import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (29b): recaps by theme, each invented for these tests. */

const talks = (parsed: ReturnType<typeof post>) =>
  parsed.talks.map((t) => [t.title, who(t)?.join('; '), t.topic ?? '', t.kind ?? '']);

describe('a recap by theme naming its talks in prose', () => {
  it('reads the talks each theme names around their titles, the themes as topics', () => {
    const parsed = post(
      '# What our team took home from StackConf Leeds 2025',
      '',
      'Four of us went; we split up to cover more.',
      '',
      '## On testing',
      '',
      'In **"Fakes over mocks"**, Rhiannon Pryce (Moneybox) showed fakes that run in CI. Later, Tariq Aziz from Sage gave *Contract tests that pay off*, more honest about the failures.',
      '',
      '## On cost',
      '',
      'Bea Lund (Skyscanner) — *Every query is a design review* — argued the point. Pair it with "Budgets for data teams" by Colm Reilly (Kainos).',
      '',
      '## On hiring',
      '',
      'Nothing new: a panel on hiring went nowhere.',
    );
    expect(talks(parsed)).toEqual([
      ['Fakes over mocks', 'Rhiannon Pryce @ Moneybox', 'On testing', ''],
      ['Contract tests that pay off', 'Tariq Aziz @ Sage', 'On testing', ''],
      ['Every query is a design review', 'Bea Lund @ Skyscanner', 'On cost', ''],
      ['Budgets for data teams', 'Colm Reilly @ Kainos', 'On cost', ''],
    ]);
    // The theme that names no talk is the post's, not a talk of no speaker.
    expect(parsed.event.topics).toEqual(['On testing', 'On cost']);
  });

  it('reads a keynote named by its speaker and subject alone', () => {
    const parsed = post(
      '# FrontendFest Ghent 2025',
      '',
      "The day opened with Marit Jansen's keynote on design systems that outlive their teams. She was funny.",
      '',
      '## CSS layers in anger — Kees Bakker (Coolblue)',
      '',
      '- cascade layers',
    );
    expect(talks(parsed)).toEqual([
      ['Design systems that outlive their teams', 'Marit Jansen', '', 'Keynote'],
      ['CSS layers in anger', 'Kees Bakker @ Coolblue', '', ''],
    ]);
  });

  it('leaves a book named in passing, and a live blog’s timed line keeps its time', () => {
    const book = post(
      '# DevOpsDays Oulu 2025',
      '',
      '## Flow metrics — Sini Laine (Oura)',
      '',
      'She recommended *Team Topologies* by Matthew Skelton, again.',
    );
    expect(talks(book)).toEqual([['Flow metrics', 'Sini Laine @ Oura', '', '']]);
    const live = post(
      '# Live: InfraDay 2025',
      '',
      '**09:30** — opening keynote: "Roads, not cages" by Ada Brun (Fjell Bank). Great start.',
      '',
      '**10:15** — "Quotas that scale" by Ole Dahl (Nordkapp). Solid.',
    );
    expect(live.talks.map((t) => [t.title, t.time, t.kind])).toEqual([
      ['Roads, not cages', '09:30', 'Keynote'],
      ['Quotas that scale', '10:15', undefined],
    ]);
  });
});
