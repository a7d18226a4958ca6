import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/**
 * "Zusammenfassung der Konferenz", "qu'est-ce que j'ai raté ?", "¿qué me perdí?": the overview
 * of the conference asked in the languages questions are read in, as "summary of the
 * conference" and "what did I miss" are; a word English shares ("resume") stays a word.
 */
const EV = 'fjordconf-2025';
const bot = new Bot({
  events: [event(EV, 'FjordConf 2025')],
  talks: [
    talk(EV, 'mesh', 'Service mesh in anger', 'sidecars; mTLS', { topic: 'Platform' }),
    talk(EV, 'ledger', 'An event-sourced ledger', 'projections; snapshots', { topic: 'Data' }),
    talk(EV, 'cv', 'Writing a resume engineers read', 'resume tips; hiring', { topic: 'Culture' }),
  ],
});

const overview = { kind: 'talks', scope: { kind: 'list', event: EV, overview: expect.any(Array) } };

describe('an overview asked in another language', () => {
  it('is the event’s talks, a talk of each topic first', () => {
    for (const asked of [
      'Zusammenfassung bitte',
      'Zusammenfassung der Konferenz',
      'was habe ich verpasst?',
      'Höhepunkte der Konferenz',
      'résumé de la conférence',
      'un résumé svp',
      "qu'est-ce que j'ai raté ?",
      'resumen de la conferencia',
      '¿qué me perdí?',
      'lo más destacado',
      'riassunto della conferenza',
      'cosa mi sono perso?',
      'resumo da conferência',
      'o que eu perdi?',
      'samenvatting van de conferentie',
      'wat heb ik gemist?',
      'hoogtepunten',
    ])
      expect(bot.ask(asked), asked).toMatchObject(overview);
  });

  it('leaves an English question with one of those words a search', () => {
    const answer = bot.ask('resume tips');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.id)).toEqual(['cv']);
  });
});

describe('talks for beginners asked in another language', () => {
  it('says the notes do not say whom a talk is for, as in English', () => {
    for (const asked of [
      'un talk pour débutant ?',
      '¿alguna charla para principiantes?',
      'Vorträge für Anfänger?',
      'talk per principianti?',
      'palestras para iniciantes',
    ])
      expect(bot.ask(asked), asked).toMatchObject({
        kind: 'talks',
        scope: { unknown: 'audience' },
      });
  });
});
