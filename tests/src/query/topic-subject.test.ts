import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/** Invented notes of a data conference, filed under two topics. */
const bot = new Bot({
  events: [event('lakeday', 'Lakeday 2025')],
  talks: [
    talk(
      'lakeday',
      'tables',
      'Open table formats',
      'iceberg manifests; good defaults for compaction',
      {
        topic: 'Data',
        speakers: [{ name: 'Ines Varga', company: 'Tidewell' }],
      },
    ),
    talk('lakeday', 'stream', 'Streams without tears', 'flink checkpoints; exactly once is a lie', {
      topic: 'Data',
      speakers: [{ name: 'Oskar Lind', company: 'Brookline' }],
    }),
    talk('lakeday', 'costs', 'Warehouse bills', 'duckdb on a laptop beats a cluster', {
      topic: 'Data',
      speakers: [{ name: 'Mara Quist', company: 'Fennworks' }],
    }),
    talk('lakeday', 'pii', 'Masking at ingest', 'tokenise before the lake; tidewell audit story', {
      topic: 'Privacy',
    }),
  ],
});

describe('words beside a topic that say which of its talks', () => {
  it("are a company's talk of that topic, not the topic's every talk", () => {
    for (const asked of [
      'tidewell data talk',
      'data talks from tidewell',
      'the tidewell data talk',
    ])
      expect(ids(bot.ask(asked)), asked).toEqual(['tables']);
    expect(scope(bot.ask('tidewell data talk'))).toMatchObject({
      kind: 'search',
      words: 'tidewell data talk',
    });
  });

  it('are a subject of its notes after "about"', () => {
    expect(ids(bot.ask('data talks about duckdb'))).toEqual(['costs']);
    expect(ids(bot.ask('any data talks about flink checkpoints?'))).toEqual(['stream']);
  });

  it('leave the topic whole where they only praise or say nothing of which', () => {
    for (const asked of ['good data talks', 'data talks', 'interesting data talks'])
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['costs', 'stream', 'tables']);
    expect(scope(bot.ask('good data talks'))).toMatchObject({ kind: 'topic', topic: 'Data' });
  });

  it('leave the topic whole where none of its talks has them', () => {
    const answer = bot.ask('data talks about zorblax');
    expect(ids(answer).sort()).toEqual(['costs', 'stream', 'tables']);
    expect(scope(answer)).toMatchObject({ kind: 'topic', unmatched: ['zorblax'] });
  });
});
