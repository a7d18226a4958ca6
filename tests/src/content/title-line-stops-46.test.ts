import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A blog post exported without headings, each talk's title alone on a line over its notes (the
 * shape of a real GOTO Aarhus day-one post), one title with a "!" or "?" inside it. Invented
 * talks.
 */
const day = (...lines: string[]) =>
  post(
    'What Happened: Harbourconf Oslo – Day One',
    '',
    'Sitting in the bloggers lounge, I will make a brief resume of the talks I attended.',
    '',
    'Scaling a Ferry Schedule',
    '',
    'Keep it simple, log everything, and use mature technologies only.',
    '',
    ...lines,
    '',
    'The Last Ferry Home',
    '',
    'How the harbour crew plans for storms.',
  );

describe('a title line with a "!" or "?" inside it', () => {
  it('is one title, not a sentence and the next', () => {
    const parsed = day(
      'Look, no Cranes! Functional Docking with OCaml',
      '',
      'The speaker showed how concise test-first docking code can be.',
      '',
      'Why? Because Boats Can Float',
      '',
      'Buoyancy explained with live demos.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Scaling a Ferry Schedule',
      'Look, no Cranes! Functional Docking with OCaml',
      'Why? Because Boats Can Float',
      'The Last Ferry Home',
    ]);
  });

  it('is no title where a sentence follows the stop', () => {
    const parsed = day(
      'Great talk! Highly recommended to anyone',
      '',
      'The queue for coffee was long.',
    );
    expect(parsed.talks.map((t) => t.title)).not.toContain(
      'Great talk! Highly recommended to anyone',
    );
  });
});
