import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/** Notes in Spanish, Italian or German asked about in English: an "-tion" word by its stem. */
const bot = new Bot({
  events: [event('pylagos', 'PyLagos Cartagena 2023'), event('kaffee', 'Kaffeecode Graz 2022')],
  talks: [
    talk('pylagos', 'ines', 'Inés Salcedo', ['Documentar ahorra semanas', 'Guías vivas']),
    talk('pylagos', 'colas', 'Una solución para colas', ['Reintentos y mensajes']),
    talk('pylagos', 'valida', 'Esquemas validados en el borde', ['Pydantic en la API']),
    talk('pylagos', 'estar', 'Estar presente en la comunidad', ['Reuniones locales']),
    talk('kaffee', 'tests', 'Tests registrieren', ['Plugins und Hooks']),
    talk('kaffee', 'docs', 'APIs dokumentieren', ['OpenAPI aus dem Code']),
  ],
});

const found = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id).sort() : answer.kind;
};

describe('an English "-tion" word over notes that write its stem with their own ending', () => {
  it.each([
    ['documentation talks', ['docs', 'ines']],
    ['was there anything about documentation?', ['docs', 'ines']],
    ['any solutions?', ['colas']],
    ['validation talks', ['valida']],
    ['plugin registration', ['tests']],
  ])('"%s" finds the talks that say it in their language', (question, ids) => {
    expect(found(question)).toEqual(ids);
  });

  it.each(['station', 'stations', 'present'])(
    '"%s" is no word of theirs that only begins alike',
    (question) => {
      const answer = bot.ask(question);
      const ids = answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : [];
      expect(ids).not.toContain('estar');
      expect(ids).not.toContain('ines');
    },
  );
});
