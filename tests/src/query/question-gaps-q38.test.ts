import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNotes } from '../../../adapters/present/words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver, notesBot } from './notes-folder.ts';

/** Questions real chats type, over notes of several events (round q38). */

describe('follow-ups over an event whose id keeps its file name’s capitals', () => {
  const files = {
    'Recap_GlacierConf_2022.md': [
      '# GlacierConf 2022',
      '',
      '## Taming flaky snapshots by Oona Brask',
      '',
      'Snapshot tests that drift; pinning the clock. [Slides](https://example.org/brask.pdf)',
      '',
      '## Ice-cold caches by Pim Torvald',
      '',
      'Warming a CDN before a launch.',
      '',
    ].join('\n'),
    'other.md': '# FjordDev 2021\n\n## Sled dogs and schedulers by Ari Vang\n\nCron at the pole.\n',
  };
  let made: Awaited<ReturnType<typeof notesBot>>;
  beforeAll(async () => {
    made = await notesBot(files, 'q38-caps');
  });
  afterAll(() => made.remove());

  it('opens a talk of the list by its number, and answers "and the slides?" about it', async () => {
    const chat = liveOver(made.bot);
    const where = { surface: 'slack', place: 'C-caps', user: 'U-ines' };
    const list = await chat.ask('talks at glacierconf', where);
    expect(ids(list)).toHaveLength(2);
    const second = await chat.ask('2', where);
    expect(second).toMatchObject({ kind: 'talk', talk: { title: 'Ice-cold caches' } });
    await chat.ask('flaky snapshots', where);
    const slides = await chat.ask('and the slides?', where);
    expect(slides).toMatchObject({ kind: 'talk', talk: { title: 'Taming flaky snapshots' } });
    await chat.close();
  });

  it('opens the talk by its reference typed in lower case', () => {
    const list = made.bot.ask('ice-cold caches');
    const ref = list.kind === 'talks' ? list.hits[0]?.ref : undefined;
    expect(ref).toMatch(/[A-Z]/);
    const opened = made.bot.ask(`talk ${ref?.toLowerCase()}`);
    expect(opened).toMatchObject({ kind: 'talk', talk: { title: 'Ice-cold caches' } });
  });
});

describe('"anyone", "anything" as chats type them', () => {
  const E = 'tundra-2023';
  const bot = new Bot({
    events: [event(E, 'TundraConf 2023')],
    talks: [
      talk(E, 'zig', 'Zig for embedded sensors', 'comptime; allocators'),
      talk(E, 'ml', 'Forecasting ice melt with machine learning', 'gradient boosting; drift'),
    ],
  });
  it.each([
    ['anythin on machine learning', 'ml'],
    ['somethin about zig', 'zig'],
    ['hat jemand über Zig gesprochen?', 'zig'],
    ['¿alguien habló de machine learning?', 'ml'],
    ["quelqu'un a parlé de Zig ?", 'zig'],
    ['czy był jakiś talk o Zig?', 'zig'],
    ['qualcuno ha parlato di Zig?', 'zig'],
  ])('"%s" finds the talk, no word of the asking said to be missing', (asked, id) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual([id]);
    expect(answer.kind === 'talks' && listNotes(answer).join(' ')).not.toMatch(/No talk mentions/);
  });

  it('names the subject no talk has, never the slipped word of the asking', () => {
    const answer = bot.ask('anythin on graphql?');
    expect(answer).toMatchObject({ kind: 'none', unmatched: ['graphql'] });
  });
});

describe('a day asked of notes that date no talk', () => {
  const E = 'moraine-2019';
  const F = 'esker-2020';
  const undated = new Bot({
    events: [event(E, 'MoraineConf 2019')],
    talks: [
      talk(E, 'wasm', 'Wasm on the edge', 'cold starts; isolates'),
      talk(E, 'sql', 'SQL for sled teams', 'window functions'),
    ],
  });
  it.each(['talks on day 2', 'friday', 'what was on day 3?'])(
    '"%s" says the notes give no talk a day, not that none was on that day',
    (asked) => {
      expect(undated.ask(asked)).toMatchObject({ kind: 'none', unknown: 'dates' });
    },
  );

  it('still offers the days the notes have where some talk is dated', () => {
    const dated = new Bot({
      events: [event(E, 'MoraineConf 2019'), event(F, 'EskerConf 2020')],
      talks: [
        talk(E, 'wasm', 'Wasm on the edge', 'cold starts', { date: '2019-05-14' }),
        talk(F, 'sql', 'SQL for sled teams', 'window functions'),
      ],
    });
    expect(dated.ask('talks on day 2')).toMatchObject({ kind: 'none', unknown: 'days' });
  });
});

describe('the best talk of an event, where its writer praised some', () => {
  const bot = new Bot({
    events: [event('drumlin', 'DrumlinJS 2018'), event('cirque', 'CirqueData 2021')],
    talks: [
      talk('drumlin', 'midi', 'Synths in the browser', 'Web MIDI; I really enjoyed this talk!'),
      talk('drumlin', 'forms', 'Forms that forgive', 'validation; error messages'),
      talk('drumlin', 'ink', 'Ink for terminals', 'One of my favorites of the whole trip.'),
      talk('cirque', 'calib', 'Calibrating classifiers', 'reliability diagrams', {
        topic: 'My top-3 talks',
      }),
      talk('cirque', 'lake', 'Lakehouse table formats', 'iceberg; delta', {
        topic: 'My top-3 talks',
      }),
      talk('cirque', 'intro', 'Opening remarks', 'sponsors; wifi', { topic: 'Other sessions' }),
    ],
  });
  it.each([
    ['what was the best talk at drumlinjs?', ['ink', 'midi']],
    ['best talk at drumlinjs', ['ink', 'midi']],
    ['what was the best talk at cirquedata?', ['calib', 'lake']],
  ])('"%s" gives the talks its writer praised or filed as picks', (asked, praised) => {
    const answer = bot.ask(asked);
    expect(ids(answer).sort()).toEqual(praised);
    expect(answer).toMatchObject({ scope: { unknown: 'ratings', praised: true } });
  });

  it('still sums up the event asked about as a whole', () => {
    expect(ids(bot.ask('what was drumlinjs about'))).toHaveLength(3);
  });
});

describe('an everyday question whose words only a title has in passing', () => {
  const E = 'tarn-2017';
  const bot = new Bot({
    events: [event(E, 'TarnConf 2017')],
    talks: [
      talk(E, 'tiny', 'Tiny compilers', 'parsing; code generation'),
      talk(E, 'golden', 'Golden paths for platform teams', 'templates; scaffolding'),
      talk(E, 'ramen', 'Ramen and recursion', 'a globe of noodles as a call stack'),
      talk(E, 'gpu', 'Shaders for the rest of us', 'fragment shaders; the GPU pipeline'),
    ],
  });
  it('"who won the golden globe" is no match, never the talk titled with half of the name', () => {
    expect(bot.ask('who won the golden globe?')).toMatchObject({ kind: 'none' });
  });

  it('still finds the talk whose title has the words, beside a word no talk has', () => {
    expect(ids(bot.ask('was there a talk on tiny compilers in zorblax'))).toEqual(['tiny']);
  });
});

describe('a subject of two words whose first only begins a word of the notes', () => {
  const E = 'fell-2016';
  const bot = new Bot({
    events: [event(E, 'FellConf 2016')],
    talks: [
      talk(E, 'buoy', 'Oceanographic buoys', 'telemetry; batteries'),
      talk(E, 'culture', 'Engineering rituals', 'retros; demos'),
    ],
  });
  it.each(['ocean engineering talks', 'talks on ocean engineering'])(
    '"%s" says no talk mentions the words, not a bare "no match"',
    (asked) => {
      expect(bot.ask(asked)).toMatchObject({
        kind: 'none',
        unmatched: ['ocean', 'engineering'],
      });
    },
  );
});

describe('"which companies?" after a list of several talks', () => {
  const E = 'scree-2024';
  const bot = new Bot({
    events: [event(E, 'ScreeConf 2024')],
    talks: [
      talk(E, 'a', 'Queues at the edge', 'backpressure', {
        speakers: [{ name: 'Ida Lunde', company: 'Floecorp' }],
      }),
      talk(E, 'b', 'Queues for the rest of us', 'retries', {
        speakers: [{ name: 'Odd Rime', company: 'Moraine Labs' }],
      }),
    ],
  });
  it('is that list again, speakers and companies first, never the first talk alone', async () => {
    const chat = liveOver(bot);
    const where = { surface: 'discord', place: 'D-co', user: 'U-ola' };
    expect(ids(await chat.ask('queues', where))).toHaveLength(2);
    const answer = await chat.ask('which companies?', where);
    expect(answer).toMatchObject({ kind: 'talks', total: 2, focus: 'company' });
    await chat.close();
  });
});
