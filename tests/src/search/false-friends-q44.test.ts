import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/**
 * Notes in Spanish or Italian asked about in English: an adjective of theirs whose "-al" the
 * English stemmer takes off ("documental", a documentary; "ambiental", environmental) is no form
 * of the English word of its stem ("documents", "ambient").
 */
const bot = new Bot({
  events: [event('tapas', 'TapasConf Sevilla 2024'), event('lago', 'LagoDev Como 2023')],
  talks: [
    talk('tapas', 'cine', 'El documental de la comunidad Python', ['Entrevistas a fundadores']),
    talk('tapas', 'docs', 'Documentar APIs con OpenAPI', ['El contrato primero']),
    talk('tapas', 'green', 'Impacto ambiental del cómputo', ['Huella de carbono']),
    talk('lago', 'archivio', 'Un archivio documentale in Postgres', ['Ricerca full-text']),
  ],
});

const found = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id).sort() : answer.kind;
};

describe('a Romance adjective in "-al" is no form of the English word of its stem', () => {
  it.each([
    ['documentation', ['docs']],
    ['documenting', ['docs']],
    ['documents?', ['docs']],
    ['any talks on documentation?', ['docs']],
  ])('"%s" finds the talks that say the word, not the adjective', (question, ids) => {
    expect(found(question)).toEqual(ids);
  });

  it('finds no environmental talk for "ambient?"', () => {
    expect(found('ambient?')).toBe('none');
  });

  it('finds the adjective typed as the notes write it', () => {
    expect(found('documental')).toEqual(['cine']);
    expect(found('ambiental')).toEqual(['green']);
  });
});
