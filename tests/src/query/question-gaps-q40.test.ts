import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions real chats type, answered with why where nothing matches (round q40). */

const said = (answer: Answer) =>
  answer.kind === 'none' ? Object.values(noneTexts(answer)).join(' ') : answer.kind;

describe('a "did you mean" alone says too that no talk mentions the word', () => {
  const E = 'lagoon-2022';
  const bot = new Bot({
    events: [event(E, 'LagoonConf 2022 from Porto Velho to Quillsby')],
    talks: [
      talk(E, 'procs', 'Supervising worker processes', 'restarts; back-off; crash loops'),
      talk(E, 'ferry', 'Ferry schedules', 'timetables as data; river levels'),
    ],
  });
  it.each([
    ['ferry protesters', 'protesters'],
    ['porto-velho protesters', 'protesters'],
    ['porto velho protesters', 'protesters'],
  ])('"%s": the word offered is a guess; the word asked is said missing', (asked, word) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'none', unmatched: [word] });
  });
});

describe('a month or year no talk is of names the ones the notes have', () => {
  const E = 'brackish-2021';
  const F = 'brackish-2023';
  const bot = new Bot({
    events: [event(E, 'BrackishConf 2021'), event(F, 'BrackishConf 2023')],
    talks: [
      talk(E, 'a', 'Reef telemetry', 'buoys; lora', { date: '2021-05-11' }),
      talk(F, 'b', 'Kelp forest models', 'simulation; currents', { date: '2023-10-03' }),
    ],
  });
  it.each(['talks in february 2022', 'anything in august 2023?', 'talks in november'])(
    '"%s" is no match, offering the months the notes have',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
      if (answer.kind !== 'none') return;
      expect(answer.suggestions).toEqual(['talks in october 2023', 'talks in may 2021']);
      expect(said(answer)).toMatch(/No talk in the notes is of that month or year/);
    },
  );

  it('offers the years for a year', () => {
    const answer = bot.ask('talks from 2030');
    expect(answer).toMatchObject({ kind: 'none', unknown: 'periods' });
    expect(answer.kind === 'none' && answer.suggestions).toEqual([
      'talks from 2023',
      'talks from 2021',
    ]);
  });

  it('offers the years where the notes date no talk by its day', () => {
    const undated = new Bot({
      events: [event('tidal-2019', 'TidalConf 2019')],
      talks: [talk('tidal-2019', 't', 'Tide tables in SQL', 'window functions')],
    });
    const answer = undated.ask('talks in july 2024');
    // The notes give years only: said so (round q41), the years offered as before.
    expect(answer).toMatchObject({ kind: 'none', unknown: 'months' });
    expect(answer.kind === 'none' && answer.suggestions).toEqual(['talks from 2019']);
  });

  it('still lists the talks of a month the notes have', () => {
    expect(bot.ask('talks in may 2021')).toMatchObject({ kind: 'talks', total: 1 });
  });
});

describe('a question that is a whole title, or a phrase the notes quote, puts that talk first', () => {
  const E = 'pebble-2012';
  const bot = new Bot({
    events: [event(E, 'PebbleConf 2012')],
    talks: [
      talk(E, 'easy', 'Easy code change', 'make change easy; then make the easy change'),
      talk(
        E,
        'saga',
        'Orla Finch',
        'a tale of a flooded mill, to ask "What makes code easy to change?" then SOLID',
      ),
      talk(E, 'why', 'Why not?', 'saying no to features; the design of refusals'),
      talk(E, 'tests', 'Tests that lie', 'mocks that drift; why not to mock what you do not own'),
    ],
  });
  it.each([
    ['what makes code easy to change', 'saga'],
    ['What makes code easy to change?', 'saga'],
    ['why not?', 'why'],
    ['why not', 'why'],
  ])('"%s" opens with that talk', (asked, id) => {
    expect(ids(bot.ask(asked))[0]).toBe(id);
  });
});

describe('words the notes have in another form', () => {
  const E = 'marsh-2025';
  const bot = new Bot({
    events: [event(E, 'MarshConf 2025')],
    talks: [
      talk(E, 'rag', 'A retrieval pipeline for RAG that holds up', 'chunking; BM25 baselines'),
      talk(E, 'jr', 'Paid apprenticeships', 'a programme for jr. developers; pairing'),
      talk(E, 'vr', 'Casques et navigateurs', 'la réalité virtuelle dans le navigateur; WebXR'),
      talk(E, 'db', 'Sharding ledgers', 'hot partitions; rebalancing'),
    ],
  });
  it.each([
    ['anything on LLMs?', 'rag'],
    ['llm talks', 'rag'],
    ['junior devs', 'jr'],
    ['senior or junior developers', 'jr'],
    ['virtual reality', 'vr'],
    ['realidad virtual', 'vr'],
    ['VR talks', 'vr'],
  ])('"%s" finds the talk', (asked, id) => {
    expect(ids(bot.ask(asked))).toEqual([id]);
  });
});
