import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round 18: questions as a team types them in chat, on invented notes of two events —
 * "what year was X", German "KI", "list everything", "more from her" after a talk of two
 * speakers, an overview of notes without topics, and a part of a day asked with its first talk.
 */
const LAKE = 'lakeconf-2024';
const DUNE = 'dunesummit-2022';

function library(): Library {
  return {
    events: [
      event(LAKE, 'LakeConf 2024', { dates: '2024-09-03..2024-09-04' }),
      event(DUNE, 'DuneSummit 2022', { dates: '2022-04-20' }),
    ],
    talks: [
      talk(LAKE, 'agents-in-prod', 'Agents in production', 'AI agents; evals first', {
        date: '2024-09-03',
        time: '09:30',
        topic: 'AI',
        speakers: [{ name: 'Mira Holt' }, { name: 'Jon Sand' }],
      }),
      talk(LAKE, 'vector-search', 'Vector search without tears', 'embeddings; AI retrieval', {
        date: '2024-09-03',
        time: '11:00',
        topic: 'AI',
        speakers: [{ name: 'Jon Sand' }],
      }),
      talk(LAKE, 'lakehouse', 'Lakehouse formats', 'iceberg; delta', {
        date: '2024-09-03',
        time: '14:00',
        topic: 'Data',
        speakers: [{ name: 'Aida Berg' }],
      }),
      talk(LAKE, 'cdc', 'Change data capture', 'debezium; outbox', {
        date: '2024-09-04',
        time: '15:00',
        topic: 'Data',
        speakers: [{ name: 'Aida Berg' }],
      }),
      talk(DUNE, 'sand-tables', 'Sand tables for planning', 'wargaming; roadmaps', {
        speakers: [{ name: 'Tove Lind' }],
      }),
      talk(DUNE, 'desert-ops', 'Ops in the desert', 'heat; uptime', {
        speakers: [{ name: 'Rami Aziz' }],
      }),
    ],
  };
}

const bot = new Bot(library());
const live = () =>
  new LiveBot(new Bot(library()), {
    contentDir: '/nonexistent',
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
const alice = { surface: 'discord', place: 'D1', user: 'alice' };

describe('"what year was X" asks when the event was', () => {
  it('answers with the event, as "when was X" does', () => {
    for (const asked of ['what year was dunesummit', 'which year was lakeconf?'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
  });
});

describe('German "KI" is AI', () => {
  it('finds the AI talks for "gibt es was zu KI?"', () => {
    expect(ids(bot.ask('gibt es was zu KI?')).sort()).toEqual(['agents-in-prod', 'vector-search']);
  });
});

describe('"list everything" is the whole list', () => {
  it('lists every talk for "everything", "show me all", "list everything"', () => {
    for (const asked of ['list everything', 'show me all', 'everything pls'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'talks', scope: { kind: 'list' } });
  });
});

describe('"more from her" after a talk of two speakers asks which', () => {
  it('offers each speaker’s talks', async () => {
    const chat = live();
    await chat.ask('talk agents in production', alice);
    const which = await chat.ask('more from her', alice);
    expect(which).toMatchObject({ kind: 'none', reason: 'which-speaker' });
    expect(which.kind === 'none' && which.suggestions).toEqual([
      'talks by Mira Holt',
      'talks by Jon Sand',
    ]);
    await chat.close();
  });

  it('lists one speaker’s talks when every talk listed is theirs', async () => {
    const chat = live();
    await chat.ask('lakehouse formats', alice);
    const more = await chat.ask('anything else from her?', alice);
    expect(more).toMatchObject({ kind: 'talks', scope: { kind: 'speaker', name: 'Aida Berg' } });
    // Every talk of hers was in that answer: nothing more by her, never the same list again.
    const again = await chat.ask('anything else from her?', alice);
    expect(again).toMatchObject({ kind: 'none', reason: 'none-more', name: 'Aida Berg' });
    await chat.close();
  });
});

describe('an overview', () => {
  it('takes a talk of each topic first', () => {
    const answer = bot.ask('tl;dr of lakeconf');
    expect(ids(answer)).toEqual(['agents-in-prod', 'lakehouse', 'vector-search', 'cdc']);
    expect(answer).toMatchObject({
      scope: {
        overview: [
          { topic: 'AI', count: 2 },
          { topic: 'Data', count: 2 },
        ],
      },
    });
  });

  it('is asked having missed the conference, in any of the ways an overview is asked', () => {
    for (const asked of [
      'i missed the conference, what are the highlights?',
      "I couldn't make it, so what were the key takeaways?",
      'i missed it. summary please',
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
    expect(ids(bot.ask('I missed lakeconf, what were the highlights?'))).toEqual(
      ids(bot.ask('tl;dr of lakeconf')),
    );
  });

  it('keeps the notes’ order where they give no topics', () => {
    const answer = bot.ask('I missed dunesummit, what should I catch up on?');
    expect(ids(answer)).toEqual(['sand-tables', 'desert-ops']);
    expect(answer.kind === 'talks' && answer.scope.overview).toBeUndefined();
  });
});

describe('the first talk of a part of the day', () => {
  it('is the first of each day’s afternoon', () => {
    expect(ids(bot.ask('first afternoon talk at lakeconf'))).toEqual(['lakehouse', 'cdc']);
    expect(ids(bot.ask('the last talk in the morning on day 1'))).toEqual(['vector-search']);
  });
});
