import { describe, expect, it } from 'vitest';
import { listNotes, listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, video } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/**
 * Questions real notes showed misread, against invented notes: a German conference whose notes
 * link no slides and no video, and an English one whose talks have videos but no slides.
 */
const [DE, EN] = ['werkstatt-2019', 'fjordjs-2018'];

const bare = new Bot({
  events: [event(DE, 'Werkstatt 2019')],
  talks: [
    talk(DE, 'tests', 'Testen ohne Angst', 'Mutationstests; schnelle Rückmeldung'),
    talk(DE, 'kafka', 'Ereignisse mit Kafka', 'Partitionen; Verbraucher'),
    talk(DE, 'teams', 'Teams und Architektur', 'Conway; Schnitte'),
  ],
});

const filmed = new Bot({
  events: [event(EN, 'FjordJS 2018')],
  talks: [
    talk(EN, 'wasm', 'Shipping WebAssembly', 'Toolchains; size', {
      links: [video('https://example.org/v/wasm')],
    }),
    talk(EN, 'forms', 'Forms that work', 'Validation; labels', {
      links: [video('https://example.org/v/forms')],
    }),
  ],
});

const notes = (answer: Answer) =>
  answer.kind === 'talks' ? listNotes({ ...answer, page: 1, pageCount: 1 }).join(' ') : '';

describe('which talks have a link when no talk has one', () => {
  it('says none has it, never lists every talk', () => {
    for (const [bot, asked, said] of [
      [bare, 'which talks had slides?', /None of the talks .*has slides/],
      [bare, 'any talks with videos?', /None of the talks .*has a video/],
      [bare, 'welche Vorträge hatten Folien?', /None of the talks .*has slides/],
      [filmed, 'which talks have slides', /None of the talks .*has slides/],
    ] as const) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', total: 0 });
      // Why none is the answer's title, never "0 talks for …".
      expect(answer.kind === 'talks' && listTitle(answer), asked).toMatch(said);
    }
  });

  it('still lists the talks that have it, and a talk asked by name with its missing link', () => {
    expect(ids(filmed.ask('which talks had videos?')).sort()).toEqual(['forms', 'wasm']);
    expect(ids(bare.ask('slides for the kafka talk'))).toEqual(['kafka']);
  });
});

describe('a talk of the list just shown, asked about by its place', () => {
  it('opens that talk, with the fact asked first', async () => {
    const asked: [string, string, string?][] = [
      ['what was the second one about?', 'Ereignisse mit Kafka'],
      ["what's the 3rd one about", 'Teams und Architektur'],
      ['what did the 2nd talk cover?', 'Ereignisse mit Kafka'],
      ['summarize the third one', 'Teams und Architektur'],
      ['when was the second one?', 'Ereignisse mit Kafka', 'time'],
      ['where was the first talk', 'Testen ohne Angst', 'room'],
    ];
    for (const [i, [question, title, focus]] of asked.entries()) {
      const chat = liveOver(bare);
      const where = { surface: 'slack', place: `C${i}`, user: 'U-jonas' };
      expect(ids(await chat.ask('all talks', where))).toEqual(['tests', 'kafka', 'teams']);
      const answer = await chat.ask(question, where);
      expect(answer.kind === 'talk' && answer.talk.title, question).toBe(title);
      if (focus) expect(answer, question).toMatchObject({ focus });
      await chat.close();
    }
  });
});

describe('which day had the most talks', () => {
  const days = new Bot({
    events: [event(EN, 'FjordJS 2018')],
    talks: [
      talk(EN, 'a', 'Shipping WebAssembly', 'Toolchains', { date: '2018-05-03' }),
      talk(EN, 'b', 'Forms that work', 'Validation', { date: '2018-05-04' }),
      talk(EN, 'c', 'Bundlers compared', 'Build', { date: '2018-05-04' }),
    ],
  });

  it('counts the talks of each day, the busiest first', () => {
    for (const asked of ['which day had the most talks', 'how many talks per day?', 'busiest day'])
      expect(notes(days.ask(asked)), asked).toMatch(
        /Fri 4 May 2018 \(2 talks\), Thu 3 May 2018 \(1 talk\)/,
      );
  });

  it('says the notes give no days, listing no talk, where they give none', () => {
    const answer = bare.ask('which day had the most talks?');
    expect(answer).toMatchObject({ kind: 'talks', total: 0 });
    // The answer's title, never "0 talks for …".
    expect(answer.kind === 'talks' && listTitle(answer)).toMatch(/do not say on which day/);
  });
});

describe('"which day" asked in other languages', () => {
  it('asks when the talk was, never searching for "jour", "día" or "giorno"', () => {
    for (const asked of [
      'quel jour était le talk sur kafka ?',
      '¿qué día fue la charla de kafka?',
      'in che giorno era il talk su kafka?',
      'em que dia foi a palestra sobre kafka?',
      'an welchem Tag war der Vortrag über Kafka?',
    ]) {
      const answer = bare.ask(asked);
      expect(ids(answer), asked).toEqual(['kafka']);
      expect(answer, asked).toMatchObject({ focus: 'time' });
      expect(notes(answer), asked).not.toMatch(/No talk mentions/);
    }
  });
});
