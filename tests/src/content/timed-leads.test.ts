import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** Talks set apart by a bold lead or a bold list item that opens with its time slot. Invented. */
const talksOf = (...lines: string[]) =>
  parseNotes(
    ['# Tideline 2025 notes', '', ...lines].join('\n'),
    'tideline.md',
    'tideline-2025',
  ).talks.map((t) => ({
    id: t.id,
    title: t.title,
    speakers: t.speakers.map((s) => s.name),
    time: t.time,
  }));

describe('a bold title that opens with its time slot', () => {
  it("keeps the slot as the talk's time, not as the start of its title", () => {
    expect(
      talksOf(
        '## Day 2',
        '',
        '**10:00 – Boring databases win** (Ruth Okafor, Sandpiper)',
        'Postgres does almost everything; partition before you shard.',
        '',
        '**11:30 Designing for offline fleets** (Mateo Ruiz)',
        'Devices go dark for weeks; the sync protocol assumes it.',
      ),
    ).toEqual([
      {
        id: 'boring-databases-win',
        title: 'Boring databases win',
        speakers: ['Ruth Okafor'],
        time: '10:00',
      },
      {
        id: 'designing-for-offline-fleets',
        title: 'Designing for offline fleets',
        speakers: ['Mateo Ruiz'],
        time: '11:30',
      },
    ]);
  });

  it('does so in a list of talks too', () => {
    expect(
      talksOf(
        '## Talks',
        '',
        '- **14:00 – Kind code reviews** — Sana Iqbal: ask questions, do not issue verdicts.',
        '- **9.30am: Testing in production** (Ola Berg): dark launches and shadow traffic.',
      ),
    ).toEqual([
      {
        id: 'kind-code-reviews',
        title: 'Kind code reviews',
        speakers: ['Sana Iqbal'],
        time: '14:00',
      },
      {
        id: 'testing-in-production',
        title: 'Testing in production',
        speakers: ['Ola Berg'],
        time: '9.30am',
      },
    ]);
  });
});
