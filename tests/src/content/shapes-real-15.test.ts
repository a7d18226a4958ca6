import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R15), written again with invented talks and people: speakers named
 * only in the notes' prose or glued to the title, and headings that are no talk.
 */

describe('a speaker named only in the prose of the notes', () => {
  const parsed = post(
    '# Fjordconf 2026 - Day 2',
    '',
    '## Queues, keynote',
    '',
    'I went to _Queues from the Internet of Screens to the Internet of Things_, done by Ada Lind from [Intel](https://intel.example/). Basic gist: queues are everywhere.',
    '',
    '## Testing services',
    '',
    'To end the day, more services!',
    '',
    '[Bo Sten](https://social.example/bo) from [IBM](https://ibm.example/) took us through unit, contract and end-to-end tests.',
    '',
    '## Caches',
    '',
    'Caches were discussed at length by the panel. Nobody from the audience asked a question.',
  );

  it('reads "done by X from Company" and "X from Company took us through" as the speaker', () => {
    expect(parsed.talks.map(who)).toEqual([['Ada Lind @ Intel'], ['Bo Sten @ IBM'], []]);
  });

  it('keeps those sentences as notes', () => {
    expect(parsed.talks[1]?.summary).toContain('took us through');
  });
});

describe('a speaker glued to the title before the dash that parts the company', () => {
  const parsed = post(
    '# Fjordconf 2026',
    '',
    '## Queues at scale – Bo Sten, Acme',
    'Partitions.',
    '',
    '## Tracing written in Go Anna Lind – Director of Engineering, Nordbank',
    'Spans.',
    '',
    '## Talking to Grace Hopper – A History',
    'Compilers.',
    '',
    '## Caches that forget – Ola Nord, Fjordpay',
    'Eviction.',
  );

  it('parts the name from the title, and reads the company after the dash', () => {
    expect(parsed.talks[1]?.title).toBe('Tracing written in Go');
    expect(who(parsed.talks[1])).toEqual(['Anna Lind @ Nordbank']);
  });

  it('leaves a subtitle after a name in the title alone', () => {
    expect(parsed.talks[2]?.title).toBe('Talking to Grace Hopper – A History');
  });
});

describe("a company written in lower case in a recap's prose", () => {
  const parsed = post(
    '# Fjordconf 2026 report',
    '',
    '## FP day',
    '',
    'I particularly liked *Types all the way down* by Ola Nord (data61) and *Haskell in anger* by Bo Sten (Acme).',
  );

  it('keeps "(data61)" as the company, as it keeps "(Acme)"', () => {
    expect(parsed.talks.map(who)).toEqual([['Ola Nord @ data61'], ['Bo Sten @ Acme']]);
  });
});

describe('a heading of emoji only', () => {
  const parsed = post(
    '# Fjordconf 2026',
    '',
    '## 🚀 Launch day for queues – Ola Nord',
    'Queues launched.',
    '',
    '## 🎉🎉',
    'What a party.',
    '',
    '## Caches that forget – Bo Sten',
    'Eviction.',
  );

  it('is no talk; a title led by an emoji keeps its words', () => {
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Launch day for queues',
      'Caches that forget',
    ]);
  });
});

describe('a heading with words struck out', () => {
  const parsed = post(
    '# Fjordconf 2026',
    '',
    '## We built ~~30~~ 300 queues',
    'Speaker: Ola Nord',
    '',
    'Many.',
  );

  it('leaves the struck words out of the title', () => {
    expect(parsed.talks[0]?.title).toBe('We built 300 queues');
  });
});

describe('a file of one talk with no heading', () => {
  it('titles the talk by its file name, each word as the notes write it', () => {
    const parsed = parseNotes(
      'Ola Nord explained how Acme moved from one big Postgres to many partitions.\n\n- partitioning by tenant\n- replicas for reports\n',
      'notes/scaling-postgres-at-acme.md',
      'scaling-postgres-at-acme',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Scaling Postgres at Acme']);
  });

  it('reads no talk from a name of a page about many talks or a day', () => {
    const parsed = parseNotes(
      'Lots of talks today.\n\nGreat coffee.\n',
      'notes/fjordconf-day-one.md',
      'x',
    );
    expect(parsed.talks).toEqual([]);
  });

  it('reads "Title by [Name](…)" on its first line as the talk and its speaker', () => {
    const parsed = parseNotes(
      'Building a modem in JavaScript by [Ada Lind](https://social.example/ada)\n\n- sound is vibration\n- data is bits\n',
      'notes/12-modem.md',
      'x',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Building a modem in JavaScript', ['Ada Lind']],
    ]);
  });

  it("reads a file whose one heading is its name's words as that talk", () => {
    const parsed = parseNotes(
      '# Debugging Queues\n\nWhat happens when things stall.\n\nUse the profiler.\n',
      'notes/queues_debugging.md',
      'queues_debugging',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Debugging Queues']);
  });
});

describe("a post's own closing section after its days of talks", () => {
  const parsed = post(
    '## Day 1',
    '',
    '### Queues at scale - Ola Nord',
    'Partitions.',
    '',
    '---',
    '',
    '## Day 2',
    '',
    '### Caches that forget - Bo Sten',
    'Eviction.',
    '',
    '### Streams - Ada Lind',
    'Flows.',
    '',
    '---',
    '',
    '## The Future',
    '',
    'I will be back next year: watch the [recordings](https://www.youtube.com/@fjordconf).',
  );

  it('is no talk', () => {
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Queues at scale',
      'Caches that forget',
      'Streams',
    ]);
  });
});

describe("headings copied from a schedule: 'Title. Name – Company. 2:30 pm, Day 1'", () => {
  const parsed = post(
    '# Notes from Fjordconf 2026',
    '',
    '## Queues at Scale: a retrospective. Ola Nord – Fjordpay. 9:30 am, Day 1',
    '- partitions',
    '',
    '## Why caches forget? Bo Sten – Acme. 2:30 pm, Day 2',
    '- eviction',
    '',
    '## Live Coding Music. Ada Lind. 4 pm, Day 2',
  );

  it('reads the title, the speaker and company, the time and the day', () => {
    expect(parsed.talks.map((t) => [t.title, who(t), t.time, t.day])).toEqual([
      ['Queues at Scale: a retrospective', ['Ola Nord @ Fjordpay'], '9:30 am', 'Day 1'],
      ['Why caches forget?', ['Bo Sten @ Acme'], '2:30 pm', 'Day 2'],
      ['Live Coding Music', ['Ada Lind'], '4 pm', 'Day 2'],
    ]);
  });
});
