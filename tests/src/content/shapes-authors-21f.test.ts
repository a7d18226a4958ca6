import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21f): a thread with its counter at the end. */

describe('a pasted thread whose posts end with their counter', () => {
  it('reads each post as the next one, without the counter, and keeps each link with its talk', () => {
    const { talks } = post(
      '# My ElixirConf Lite Prague 2025 thread',
      '',
      'Posting my notes as a thread, as promised. 🧵 (1/7)',
      '',
      '"LiveView at the edge" by @petra@hachyderm.io (Apiary). Latency under 40 ms from three regions. (2/7)',
      '',
      'Coffee queue was 20 minutes. Worth it. (3/7)',
      '',
      'Then Tomáš Dvořák from Rohlik on "Ecto without regrets": preload everything you render. (4/7)',
      '',
      'My favourite: "Nx in production" by Jana Malá: a model served by the BEAM, no Python sidecar. Slides: https://speakerdeck.com/janamala/nx-in-production (5/7)',
      '',
      'Lunch was great. (6/7)',
      '',
      'That is all, see you next year! (7/7)',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['LiveView at the edge', ['@petra@hachyderm.io @ Apiary'], []],
      ['Ecto without regrets', ['Tomáš Dvořák @ Rohlik'], []],
      ['Nx in production', ['Jana Malá'], ['slides']],
    ]);
    expect(talks[0]?.summary).not.toContain('(2/7)');
    expect(talks[0]?.summary).not.toContain('Coffee queue');
    expect(talks[2]?.summary).not.toContain('Lunch');
  });

  it('leaves a note ending in 24/7 as it is', () => {
    const { talks } = post(
      '# SREday Brno 2025',
      '',
      '## On-call for humans — Pavel Novák (Kiwi.com)',
      '',
      'Nobody should be paged 24/7.',
      '',
      'Rotations of six work 9/10 times.',
    );
    expect(talks[0]?.summary).toBe(
      'Nobody should be paged 24/7. Rotations of six work 9/10 times.',
    );
  });
});
