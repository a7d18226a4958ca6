import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * One post files its keynotes under "## Keynotes" (their topic), another marks each talk
 * "Keynote: …" (its kind). `keynotes` over both listed the topic's talks alone, and only of one
 * event where two posts had such a topic. Invented events and talks.
 */
const FJORD = 'fjordconf-2030';
const MOOR = 'moordev-2031';
const HEATH = 'heathday-2031';
const bot = new Bot({
  events: [event(FJORD, 'FjordConf 2030'), event(MOOR, 'MoorDev 2031'), event(HEATH, 'HeathDay')],
  talks: [
    talk(FJORD, 'tides', 'Tides of tooling', 'Editors; linters', { topic: 'Keynotes' }),
    talk(FJORD, 'mesh', 'Mesh without sidecars', 'eBPF; ambient', { topic: 'Networking' }),
    talk(MOOR, 'peat', 'Peat and platforms', 'Teams; paved roads', { topic: 'Keynote (Day 2)' }),
    talk(MOOR, 'lt', 'Five minutes of regex', 'Backtracking', { topic: 'Lightning talks' }),
    talk(HEATH, 'heather', 'Heather and heaps', 'Garbage collection', { kind: 'Keynote' }),
    talk(HEATH, 'gorse', 'Gorse in the pipeline', 'CI caching; keynote recap'),
  ],
});

describe('a kind of session filed as a topic by one post and marked on each talk by another', () => {
  it('lists the keynotes of every post, however each one says so', () => {
    expect(ids(bot.ask('keynotes')).sort()).toEqual(['heather', 'peat', 'tides']);
    expect(ids(bot.ask('what were the keynotes?')).sort()).toEqual(['heather', 'peat', 'tides']);
  });

  it('keeps to an event when one is named, and to a kind filed as a topic', () => {
    expect(ids(bot.ask('keynotes at moordev'))).toEqual(['peat']);
    expect(ids(bot.ask('lightning talks'))).toEqual(['lt']);
  });

  it('leaves a topic of a subject as it was', () => {
    expect(ids(bot.ask('networking talks'))).toEqual(['mesh']);
  });
});
