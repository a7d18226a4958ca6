import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { titled } from './real-13-fixture.ts';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R13c), written again with invented talks and people: a file of one
 * talk whose speaker heading stands over parts that link tools; headings that name two people or
 * more before or after a dash.
 */

describe('a file of one talk, its speaker’s heading over parts that link tools', () => {
  it('is that one talk, by that speaker', () => {
    const parsed = parseNotes(
      [
        '# Caching Patterns in Phoenix',
        '## Speaker: Rosa Kettle',
        '',
        '### What is a cache?',
        '* a place to keep things',
        '',
        '### [Example app](https://github.com/rosak/cache_demo)',
        '',
        '### [Nebulex](https://github.com/cabol/nebulex)',
        '',
        '### Eviction',
        '* LRU',
      ].join('\n'),
      '2026-05-02/3-caching-patterns.md',
      'notes',
    );
    expect(titled(parsed)).toEqual([['Caching Patterns in Phoenix', ['Rosa Kettle']]]);
  });
});

describe('headings that name two people or more beside a dash', () => {
  it('read the people before the dash where the title after it is in title case', () => {
    const parsed = post(
      '# Beamfest 2026',
      '',
      '## The talks',
      '',
      '### Nora Quist - Choosing a testing structure',
      'Nora gave a talk.',
      '',
      '### Piet Ruys and Alma Tek - Crafting Fully Custom Code Generators',
      'They cover generators.',
    );
    expect(titled(parsed)).toEqual([
      ['Choosing a testing structure', ['Nora Quist']],
      ['Crafting Fully Custom Code Generators', ['Piet Ruys', 'Alma Tek']],
    ]);
  });

  it('read the people after a hyphen typed against the title', () => {
    const parsed = post(
      '# Kubefest 2026',
      '',
      "### A Walker's Guide to the Landscape- Ada Lind, Bo Sten",
      '* history',
      '',
      '### Keynote 1 by Cy Park',
      '* attendees',
      '',
      '### State- and event-driven design',
      '* both',
    );
    expect(titled(parsed)).toEqual([
      ["A Walker's Guide to the Landscape", ['Ada Lind', 'Bo Sten']],
      ['Keynote 1', ['Cy Park']],
      ['State- and event-driven design', []],
    ]);
  });
});
