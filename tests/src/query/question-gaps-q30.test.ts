import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/**
 * Questions as a team types them in chat that real notes showed misread, against invented notes:
 * a French conference whose notes give no dates nor speakers, and an English one.
 */
const [FR, EN] = ['journees-lille-2021', 'harbourjs-2022'];

const bot = new Bot({
  events: [event(FR, 'Journées Lille 2021'), event(EN, 'HarbourJS 2022')],
  talks: [
    talk(FR, 'equipes', 'Le bien-être des équipes d’astreinte', 'Keynote; alertes et fatigue'),
    talk(FR, 'graphe', 'Passer nos APIs à GraphQL', 'Un schéma simple; moins de dépendances'),
    talk(EN, 'signals', 'Signals in the browser', 'Reactivity without a framework', {
      date: '2022-09-14',
      day: 'Day 1',
    }),
  ],
});

const titleOf = (answer: Answer) => (answer.kind === 'talk' ? answer.talk.title : answer.kind);

describe('asking what the talk just answered was about', () => {
  it('opens that talk, never a search for "about" or "summary"', async () => {
    const asked = [
      'what was it about?',
      "what's it about",
      'tell me more',
      'more details',
      'summary?',
      'and what were the key points?',
      'de quoi ça parlait ?',
    ];
    for (const [i, question] of asked.entries()) {
      const chat = liveOver(bot);
      const where = { surface: 'slack', place: `C${i}`, user: 'U-ines' };
      expect(ids(await chat.ask('graphql', where))).toEqual(['graphe']);
      expect(titleOf(await chat.ask(question, where)), question).toBe('Passer nos APIs à GraphQL');
      await chat.close();
    }
  });
});

describe('the day of a talk asked with "which day"', () => {
  it('says the notes give no date for a talk that has none', () => {
    for (const asked of ['which day was the graphql talk', 'what day was the graphql talk?'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'talks', focus: 'time' });
  });

  it('leads with the day of a talk that has one', () => {
    expect(bot.ask('which day was the signals talk')).toMatchObject({
      focus: 'time',
      hits: [{ id: 'signals' }],
    });
  });
});

describe('"talk" typed with two letters swapped', () => {
  it('is the word "talk", not a word no talk has', () => {
    for (const asked of ['graphql tlak', 'the graphql takl', 'waht was the graphql talk'])
      expect(ids(bot.ask(asked)), asked).toEqual(['graphe']);
  });
});

describe('which conference or year the notes are of', () => {
  it('gives the events', () => {
    for (const asked of [
      'what conference is this',
      'what year is this?',
      'which event are these notes from',
      'when were these talks',
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
  });
});

describe('an English word typed that French notes do not say', () => {
  const french = new Bot({
    events: [event(FR, 'Journées Lille 2021')],
    talks: [
      talk(FR, 'carriere', 'Changer de métier', 'Créer son équipe; quitter le code'),
      talk(FR, 'tests', 'Des tests qui durent', 'Inventer des jeux de données'),
    ],
  });

  it('is no slip of a French word one letter away: said so, never corrected', () => {
    for (const asked of ['career', 'any talks on career?', 'inventor'])
      expect(french.ask(asked), asked).toMatchObject({ kind: 'none' });
    expect(JSON.stringify(french.ask('career'))).not.toContain('creer');
  });

  it('still corrects a slip that is no English word', () => {
    expect(ids(french.ask('creeer'))).toEqual(['carriere']);
    expect(ids(french.ask('inventre'))).toEqual(['tests']);
  });
});

describe('an English word the French notes write in French, beginning the same', () => {
  const french = new Bot({
    events: [event(FR, 'Journées Lille 2021')],
    talks: [
      talk(FR, 'boucle', 'La boucle d’événements', 'Le code asynchrone en JavaScript'),
      talk(FR, 'jvm', 'Sous le capot de la JVM', 'Les méthodes intrinsèques; le bytecode'),
      talk(FR, 'ia', 'Une IA générative en production', 'Des modèles génératifs'),
    ],
  });

  it('finds the talk that says it', () => {
    for (const asked of ['async javascript', 'asynchronous code', 'any talk on async?'])
      expect(ids(french.ask(asked)), asked).toEqual(['boucle']);
    for (const asked of ['intrinsic methods', 'intrinsic'])
      expect(ids(french.ask(asked)), asked).toEqual(['jvm']);
  });
});

describe('an English word two letters off a word of the notes', () => {
  const english = new Bot({
    events: [event(EN, 'HarbourJS 2022')],
    talks: [
      talk(
        EN,
        'components',
        'Custom elements, ten years on',
        'The inventor of the spec; observability',
      ),
    ],
  });

  it('is the word typed, never corrected into that word', () => {
    const answer = english.ask('who invented custom elements');
    expect(ids(answer)).toEqual(['components']);
    expect(answer).not.toMatchObject({ scope: { correctedFrom: expect.anything() } });
    // Two slips in a word that is no English word are still corrected.
    expect(ids(english.ask('obervabilty'))).toEqual(['components']);
  });
});
