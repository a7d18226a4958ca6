import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { isPick } from '../../../src/query/list-picks.ts';
import { event, ids, talk } from './library-fixture.ts';

/** One invented event's notes: its talks as [id, title, notes]. */
const notesOf = (id: string, name: string, talks: [string, string, string][]) =>
  new Bot({
    events: [event(id, name)],
    talks: talks.map(([talkId, title, notes]) => talk(id, talkId, title, notes)),
  });

/** Invented notes of a design day: figures in the notes, a short form written with dots. */
const bot = notesOf('tilecamp', 'Tilecamp 2025', [
  ['leads', 'Growing into design leads', '87% of leads changed tools; a survey of 140 designers'],
  ['chairs', 'The creaking stool', 'furniture as a metaphor for teams'],
  ['ai', 'Designing for AI', 'patterns for model output'],
  ['budget', 'Pricing research', 'a study that cost €40 per interview'],
]);

describe('a figure with its unit', () => {
  it('is searched as the notes write it, never read as the place of a talk in a list', () => {
    expect(ids(bot.ask('87%'))).toEqual(['leads']);
    expect(ids(bot.ask('87 %'))).toEqual(['leads']);
    expect(ids(bot.ask('€40'))).toEqual(['budget']);
    expect(isPick('87%')).toBe(false);
    // A bare number is still a pick.
    expect(isPick('3')).toBe(true);
    expect(isPick('#3')).toBe(true);
  });
});

describe('a short form typed with a full stop after each capital', () => {
  it('is the short form the notes write, never single letters no search keeps', () => {
    for (const asked of ['A.I. talks', 'designing for A.I.', 'anything on A.I?'])
      expect(ids(bot.ask(asked))[0], asked).toBe('ai');
    expect(ids(bot.ask('A.I. talks'))).toEqual(['ai']);
  });

  it('stays initials before a name', () => {
    expect(bot.ask('talks by J.R. Quill')).toMatchObject({ query: 'talks by J.R. Quill' });
  });
});

describe("a year typed in two figures after an event's name", () => {
  const events = new Bot({
    events: [event('vaultcon', "Vaultconf '17 Experience"), event('moor', 'Devmoor 2018')],
    talks: [
      talk('vaultcon', 'modules', 'Reusable Terraform modules', 'module registries'),
      talk('moor', 'grid', 'Grids in practice', 'subgrid'),
    ],
  });

  it("is that event's year, never a word no talk mentions", () => {
    expect(ids(events.ask('vaultconf 17'))).toEqual(['modules']);
    expect(ids(events.ask('talks at devmoor 18'))).toEqual(['grid']);
    expect(events.ask('when was devmoor 18')).toMatchObject({ kind: 'events' });
  });

  it('is a number where no event of that name is of that year', () => {
    expect(events.ask('devmoor 17')).toMatchObject({ kind: 'none' });
  });
});

describe('an English word over German notes that write its hard "c" as "k"', () => {
  const german = notesOf('elbtag', 'Elbtag 2019', [
    ['reden', 'Reden ist Gold', 'Kommunikation im Team; Missverständnisse im Projekt'],
    ['lambda', 'Hallo Lambda', 'funktionale Programmierung für Einsteiger'],
    ['cache', 'Schneller laden', 'Zwischenspeicher im Browser'],
  ]);

  it('is the German word', () => {
    expect(ids(german.ask('communication'))).toEqual(['reden']);
    expect(ids(german.ask('who talked about communication?'))).toEqual(['reden']);
    expect(ids(german.ask('functional programming'))).toEqual(['lambda']);
  });
});

describe('a short form of data science or design the notes write out', () => {
  const data = notesOf('pyfjord', 'Pyfjord 2023', [
    ['text', 'Tagging support tickets', 'natural language processing with spaCy'],
    ['okrs', 'Goals that stick', 'objectives and key results for a data team'],
    ['plots', 'Better charts', 'matplotlib styles'],
  ]);

  it('finds the talk that writes it out', () => {
    expect(ids(data.ask('nlp'))).toEqual(['text']);
    expect(ids(data.ask('any NLP talks?'))).toEqual(['text']);
    expect(ids(data.ask('okrs'))).toEqual(['okrs']);
  });
});

describe('a question with a word no talk has, beside a word the notes only begin', () => {
  const design = notesOf('tilecamp', 'Tilecamp 2025', [
    ['up', 'Stepping into leadership', 'paths of designers into management'],
    ['chairs', 'The creaking stool', 'furniture as a metaphor for teams'],
  ]);

  it('says the word no talk has, not a bare "no match"', () => {
    for (const asked of ['become a design lead', 'how do I become a design lead'])
      expect(design.ask(asked), asked).toMatchObject({ kind: 'none', unmatched: ['become'] });
  });
});

describe('an event typed in two words, whose first word alone names it too', () => {
  const days = new Bot({
    events: [event('codeday-2019', 'Der Code Day Leipzig'), event('harbor', 'Harbor Summit 2020')],
    talks: [
      talk('codeday-2019', 'elixir', 'Hallo Elixir', 'funktionale Programmierung'),
      talk('harbor', 'ports', 'Ports and adapters', 'hexagonal architecture'),
    ],
  });

  it('is the event, not a search for its second word', () => {
    for (const asked of ['when was the code day', 'wann war der Code Day?'])
      expect(days.ask(asked), asked).toMatchObject({ kind: 'events' });
    expect(ids(days.ask('code day talks'))).toEqual(['elixir']);
  });
});

describe("a subject's troubles named as such", () => {
  const troubles = notesOf('elbtag', 'Elbtag 2019', [
    ['reden', 'Reden ist Gold', 'Kommunikationsprobleme im Projekt'],
    ['scale', 'Scaling the queue', 'sharding the broker; challenges of ordering'],
    ['lambda', 'Hallo Lambda', 'funktionale Programmierung'],
  ]);

  it('are the subject, saying the word left out, where no talk of it says the word', () => {
    const answer = troubles.ask('communication problems');
    expect(ids(answer)).toEqual(['reden']);
    expect(answer).toMatchObject({ scope: { dropped: 'problems' } });
  });
});
