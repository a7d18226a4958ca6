import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';
import { chatIn, notesBot } from './notes-folder.ts';

/** Questions asked the way people ask them (round q48). */

const A = 'quayside-2025';
const B = 'fjordcamp-2024';
const by = (name: string, company?: string) => ({
  speakers: [{ name, ...(company ? { company } : {}) }],
});
const at = (date: string, time: string) => ({ date, time });
const library = {
  events: [
    event(A, 'Quayside 2025', { dates: '2025-04-07..2025-04-08' }),
    event(B, 'FjordCamp 2024', { dates: '2024-09-02..2024-09-03' }),
  ],
  talks: [
    talk(A, 'streams', 'Kafka Streams in anger', 'state stores; exactly-once', {
      ...by('Ada Brandt', 'Confluent'),
      ...at('2025-04-08', '09:00'),
    }),
    talk(A, 'incidents', 'Incident command for small teams', 'one commander; status pages', {
      kind: 'Workshop',
      ...by('Eva Lunde'),
    }),
    talk(A, 'queues', 'Lock-free queues', 'compare-and-swap; hazard pointers', {
      ...by('Mia Holm'),
      ...at('2025-04-08', '11:00'),
    }),
    talk(A, 'culture', 'Blameless culture', 'postmortems need safety', by('Tom Becker')),
    talk(B, 'flags', 'Feature flags that expire', 'owners; expiry dates', by('Tom Becker')),
    talk(A, 'gc', 'Garbage collection pauses', 'optimize heap sizing; visualize pause times'),
    talk(A, 'jvm', 'JVM garbage collection tuning', 'heap sizing; G1 versus ZGC'),
    talk(B, 'dashboards', 'Dashboards people read', 'visualize trends; optimize for the reader'),
    talk(B, 'postgres', 'Postgres partitioning', 'pgbouncer; vacuum tuning', {
      ...by('Ines Duarte'),
      ...at('2024-09-03', '10:00'),
    }),
    talk(B, 'css', 'CSS container queries', 'components that fit their box', {
      ...at('2024-09-03', '14:00'),
    }),
    talk(B, 'wasm', 'WebAssembly outside the browser', 'WASI; plugins as modules', {
      kind: 'Workshop',
      ...by('Nadia Petrova'),
    }),
    talk(B, 'palettes', 'Colour palettes that work', 'contrast first; the behaviour of dark mode'),
    talk(A, 'tuning', 'How to optimize a query planner', 'statistics; plans that age'),
    talk(B, 'budgets', 'Error budgets for product teams', 'SLOs the business reads'),
  ],
};
const bot = new Bot(library);

const corrected = (asked: string) => {
  const answer = bot.ask(asked);
  return answer.kind === 'talks' && answer.scope.kind === 'search'
    ? answer.scope.correctedFrom
    : undefined;
};

describe('an English word the notes lack', () => {
  it.each(['stories', 'horror stories', 'any war stories?', 'incident stories'])(
    '"%s" is never read as another English word the notes have',
    (asked) => {
      const answer = bot.ask(asked);
      expect(corrected(asked), asked).toBeUndefined();
      // Not the state stores talk, found by a word nobody asked about.
      expect(ids(answer), asked).not.toContain('streams');
      expect(answer.kind, asked).toBe('none');
      expect(said(answer), asked).toMatch(/no talk mentions/i);
    },
  );

  it('offers the word of the notes it is near, as a guess', () => {
    const answer = bot.ask('stories');
    expect(answer.kind === 'none' && answer.suggestions).toContain('stores');
  });

  it('still corrects a slip that is no English word', () => {
    expect(corrected('kafka stremas')).toBe('kafka stremas');
    expect(ids(bot.ask('kafka stremas'))).toEqual(['streams']);
    expect(ids(bot.ask('postgress'))).toEqual(['postgres']);
  });
});

describe('talks like one', () => {
  it('are not those that share only everyday verbs, in either spelling', () => {
    const found = ids(bot.ask('more like the garbage collection pauses talk'));
    expect(found).toContain('jvm');
    // "optimize" and "visualize" are everyday verbs, no shared subject.
    expect(found).not.toContain('dashboards');
  });
});

describe('"more from her" after a question that named someone', () => {
  it('is about the speaker the question named, not the one whose talk was found instead', async () => {
    const chat = chatIn(bot, 'C-q48-named');
    // Tom Becker gave no talk on lock-free queues: Mia Holm's is the answer.
    expect(ids(await chat.ask('did Tom Becker talk about lock-free queues?'))).toEqual(['queues']);
    const answer = await chat.ask('what else did he talk about?');
    expect(ids(answer).sort()).toEqual(['culture', 'flags']);
    expect(answer.kind === 'talks' && answer.followUp).toMatchObject({ name: 'Tom Becker' });
    await chat.close();
  });

  it('says the person named is nobody of the notes, rather than taking an older list', async () => {
    const chat = chatIn(bot, 'C-q48-unknown');
    expect(ids(await chat.ask('kafka streams'))).toEqual(['streams']);
    expect(said(await chat.ask('did Zed Quill talk about postgres?'))).toContain('Zed Quill');
    for (const asked of ['more from him', 'what else did he say?']) {
      const answer = await chat.ask(asked);
      expect(ids(answer), asked).toEqual(['none']);
      expect(said(answer), asked).toContain('No speaker or company named “Zed Quill”');
      expect(said(answer), asked).not.toContain('Ada Brandt');
    }
    // A new list is what the next "her" is read against.
    expect(ids(await chat.ask('kafka streams'))).toEqual(['streams']);
    expect(said(await chat.ask('more from her'))).toContain('Ada Brandt');
    await chat.close();
  });

  it('is still the speaker of the one talk listed where the question named nobody', async () => {
    const chat = chatIn(bot, 'C-q48-listed');
    expect(ids(await chat.ask('hazard pointers'))).toEqual(['queues']);
    expect(said(await chat.ask('more from her'))).toContain('Mia Holm');
    await chat.close();
  });
});

describe('"the first talk on day 2" over the notes of several events, none named', () => {
  it('asks which event, offering the question asked of each', () => {
    for (const asked of ['the first talk on day 2', 'what was the last talk on day 2?']) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'none', reason: 'which-event' });
      expect(said(answer), asked).toMatch(/^Which event\?/);
      if (answer.kind !== 'none') continue;
      // Each offered question is that event's one talk.
      const offered = answer.suggestions.map((question) => ids(bot.ask(question)));
      const first = asked.includes('first');
      expect(offered.sort(), asked).toEqual(
        first ? [['postgres'], ['streams']] : [['css'], ['queues']],
      );
    }
  });

  it('answers for the event named, or for each event where every one was asked for', () => {
    expect(ids(bot.ask('the first talk on day 2 at quayside'))).toEqual(['streams']);
    expect(ids(bot.ask('first talks on day 2 of each event')).sort()).toEqual([
      'postgres',
      'streams',
    ]);
  });

  it('is of the event the conversation is about', async () => {
    const chat = chatIn(bot, 'C-q48-event');
    expect(ids(await chat.ask('talks at fjordcamp'))).toContain('postgres');
    const answer = await chat.ask('the first talk on day 2');
    expect(ids(answer)).toEqual(['postgres']);
    expect(answer.kind === 'talks' && answer.followUp).toMatchObject({ name: 'FjordCamp 2024' });
    await chat.close();
  });
});

describe('a long message that tells a story around its question', () => {
  it('lets go of a year the story names that no talk is of', async () => {
    const shipped = new URL('../../../content/qcon-ny-2016.md', import.meta.url);
    const { bot: notes, remove } = await notesBot(
      {
        'qcon-ny-2016.md': await readFile(shipped, 'utf8'),
        'harbour-2024.md': [
          '---\nevent:\n  name: Harbour Summit 2024\n  dates: 2024-05-06..2024-05-07\n---',
          '## Day 1',
          '### Kafka Streams without the pain\nSpeaker: Ada Brandt (Confluent)\n* State stores',
          '### Event sourcing with Kafka\nSpeaker: Luis Ortega\n* Kafka as the log of record',
        ].join('\n\n'),
      },
      'q48-story',
    );
    try {
      for (const when of ['back in 2019', 'in 2019']) {
        const asked = `hey, so I was at the conference ${when} but missed a bunch of stuff because I was at the booth all day, and my team is now thinking about moving to event sourcing and kafka, any talks on that?`;
        expect(ids(notes.ask(asked))[0], asked).toBe('event-sourcing-with-kafka');
      }
    } finally {
      await remove();
    }
  });
});

describe('"anything I should watch first?"', () => {
  it('asks where to start, never for talks that say "first"', () => {
    for (const asked of ['is there anything I should watch first?', 'anything we should see?']) {
      const answer = bot.ask(asked);
      expect(answer.kind === 'talks' && answer.scope, asked).toMatchObject({
        unknown: 'ratings',
        sampled: true,
      });
    }
  });
});

describe('a word as another English spelling writes it', () => {
  it.each([
    ['color palettes', 'palettes'],
    ['dark mode behavior', 'palettes'],
    ['any talks about optimising query planners?', 'tuning'],
  ])('"%s" finds the talk the notes spell the other way', (asked, id) => {
    const answer = bot.ask(asked);
    expect(ids(answer)[0], asked).toBe(id);
    expect(said(answer), asked).not.toMatch(/no talk mentions/i);
  });
});

describe('letters swapped in the words every question has', () => {
  it.each([
    ['wat was teh best tlak', 'what was the best talk'],
    ['hwo gave teh kafka streams tlak?', 'who gave the kafka streams talk?'],
    ['any talks on postgres adn wasm', 'any talks on postgres and wasm'],
    ['is taht lock-free tlak recorded?', 'is that lock-free talk recorded?'],
    ['cna yuo find postgres talks', 'can you find postgres talks'],
  ])('"%s" is answered as "%s"', (typed, meant) => {
    const answer = bot.ask(typed);
    const plain = bot.ask(meant);
    expect(ids(answer), typed).toEqual(ids(plain));
    expect(ids(answer), typed).not.toEqual(['none']);
    expect(answer.kind === 'talks' && answer.focus, typed).toEqual(
      plain.kind === 'talks' && plain.focus,
    );
  });
});

describe('a three-letter word of the asking typed with two letters swapped', () => {
  it('is no word to say missing', () => {
    const answer = bot.ask('cna i get the postgres slides');
    expect(ids(answer)).toEqual(['postgres']);
    expect(said(answer)).not.toContain('cna');
  });
});

describe('"who gave the workshop?" after a list that shows one workshop', () => {
  it('is about that one, not every workshop of the notes', async () => {
    expect(ids(bot.ask('who gave the workshop?')).length).toBe(2);
    const chat = chatIn(bot, 'C-q48-listed-kind');
    expect(ids(await chat.ask('postgres or webassembly')).sort()).toEqual(['postgres', 'wasm']);
    const answer = await chat.ask('who gave the workshop?');
    expect(ids(answer)).toEqual(['wasm']);
    expect(answer.kind === 'talk' && answer.focus).toBe('speakers');
    await chat.close();
  });
});

describe('"any talk by a speaker from X?", "is anyone from X speaking?"', () => {
  it('are the talks of the company named', () => {
    for (const asked of [
      'any talk by a speaker from Confluent?',
      'is anyone from confluent speaking?',
      'is someone from Confluent talking?',
    ]) {
      const answer = bot.ask(asked);
      expect(ids(answer), asked).toEqual(['streams']);
      expect(answer.kind === 'talks' && answer.scope, asked).toMatchObject({ kind: 'company' });
    }
  });

  it('say no speaker is from a company nobody is from, never that no event has its name', () => {
    for (const asked of [
      'any talk by a speaker from Google?',
      'is anyone from microsoft speaking?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'none', reason: 'unknown-speaker' });
      expect(said(answer), asked).toMatch(/No speaker or company named “(?:Google|microsoft)”/);
    }
  });
});
