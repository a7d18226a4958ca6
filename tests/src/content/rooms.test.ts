import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Where a talk was given, as the notes say it: a field line, the heading, a schedule line or
 * table, the front matter of a one-talk file. Invented notes.
 */
const rooms = (lines: string[]) =>
  post(...lines).talks.map((talk) => [talk.title, talk.room ?? null]);

describe('the room of a talk', () => {
  it('is read from a labelled line, which is no note of the talk', () => {
    const { talks } = post(
      '# Quarry Conf 2025',
      '',
      '## Sharding without regret — Lena Brook (Tessel)',
      'Room: 3B',
      '',
      '- Pick the key before the data',
      '',
      '## Inbox zero for on-call — Mark Ode',
      '',
      '**Where:** Hall A',
      '',
      '- Pages need owners',
      '',
      '## Profiling in production — Ros Tell',
      '',
      '📍 Stage 2',
      '',
      '- Sampling at 1%',
      '',
      '## Flags at scale — Ivo Park',
      '',
      '- Hall: C',
      '- Kill switches first',
    );
    expect(talks.map((t) => [t.title, t.room])).toEqual([
      ['Sharding without regret', 'Room 3B'],
      ['Inbox zero for on-call', 'Hall A'],
      ['Profiling in production', 'Stage 2'],
      ['Flags at scale', 'Hall C'],
    ]);
    expect(talks.map((t) => t.summary)).toEqual([
      'Pick the key before the data.',
      'Pages need owners.',
      'Sampling at 1%.',
      'Kill switches first.',
    ]);
  });

  it('is read from the heading, before or after the title', () => {
    expect(
      rooms([
        '# Quarry Conf 2025',
        '',
        '## Sharding without regret (Room 101) — Lena Brook',
        '- Keys',
        '',
        '## Room 4B · Queues in Postgres — Dag Lund',
        '- SKIP LOCKED',
        '',
        '## Main hall | Platform maps — Ada Fenn',
        '- Golden paths',
      ]),
    ).toEqual([
      ['Sharding without regret', 'Room 101'],
      ['Queues in Postgres', 'Room 4B'],
      ['Platform maps', 'Main hall'],
    ]);
  });

  it('is read from a schedule line and a schedule table', () => {
    expect(
      rooms([
        '# Quarry Conf 2025',
        '',
        '## Schedule',
        '',
        '- 09:30 · Hall B · Opening keynote — Ada Fenn (Tessel)',
        '- 10:30 · Room 2 · Budgets for logs — Nia Prot (Quill)',
        '',
        '## Day 2',
        '',
        '| Time | Title | Speaker | Room |',
        '|---|---|---|---|',
        '| 10:00 | Wasm on the server | Gil Tam | Hall C |',
        '| 11:00 | Secrets rotation | Hal Ive | 4 |',
      ]),
    ).toEqual([
      ['Opening keynote', 'Hall B'],
      ['Budgets for logs', 'Room 2'],
      ['Wasm on the server', 'Hall C'],
      ['Secrets rotation', 'Room 4'],
    ]);
  });

  it('is the column of a schedule grid headed by rooms, and no track; a track column is no room', () => {
    const { talks } = post(
      '# Quarry Conf 2025',
      '',
      '| Time | Hall A | Data track |',
      '|---|---|---|',
      '| 14:00 | Zero trust — Ivy Lo | Lakehouses — Jo Pel |',
      '| 15:00 | eBPF tracing — Kai Ru | Streaming joins — Lu Mai |',
    );
    expect(talks.map((t) => [t.title, t.room ?? null, t.track ?? null])).toEqual([
      ['Zero trust', 'Hall A', null],
      ['Lakehouses', null, 'Data track'],
      ['eBPF tracing', 'Hall A', null],
      ['Streaming joins', null, 'Data track'],
    ]);
  });

  it('is read from the front matter of a one-talk file', () => {
    const { talks } = post(
      '---',
      'title: Serverless cold starts',
      'speaker: Quin Ash',
      'conference: Quarry Conf 2025',
      'room: Hall C',
      '---',
      '',
      '- Snapshots cut cold starts',
    );
    expect(talks.map((t) => [t.title, t.room])).toEqual([['Serverless cold starts', 'Hall C']]);
  });

  it('is never a city, nor a title that starts with a word for a room', () => {
    const { talks } = post(
      '# Quarry Conf 2025',
      '',
      '## Hall of mirrors: testing in prod — Pia Kern',
      'Where: Berlin',
      '',
      '- Breathe',
      '',
      '## The engine room: how builds run — Oli Barr',
      '',
      '📍 Lisbon',
      '',
      '- Caches',
    );
    expect(talks.map((t) => [t.title, t.room ?? null])).toEqual([
      ['Hall of mirrors: testing in prod', null],
      ['The engine room: how builds run', null],
    ]);
  });
});
