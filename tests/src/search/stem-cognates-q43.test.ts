import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/** Notes in Spanish, Italian or German asked about in English: an "-ing" word by its stem. */
const bot = new Bot({
  events: [event('devsur', 'DevSur Valparaíso 2022'), event('kaffee', 'Kaffeecode Linz 2021')],
  talks: [
    talk('devsur', 'guia', 'Cómo crecer en equipo', ['Mentorías para perfiles juniors', 'Pares']),
    talk('devsur', 'cine', 'Un documental sobre software libre', ['Historia de Debian']),
    talk('devsur', 'docs', 'Documentar APIs', ['OpenAPI primero']),
    talk('devsur', 'obs', 'Monitoreo con Prometheus', ['Alertas y paneles']),
    talk('kaffee', 'bench', 'Benchmarking in Rust', ['Criterion und Flamegraphs']),
  ],
});

const found = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id).sort() : answer.kind;
};

describe('an English "-ing" word over notes that write its stem with their own ending', () => {
  it.each([
    ['mentoring juniors', ['guia']],
    ['any talks on mentoring?', ['guia']],
    ['documenting apis', ['docs']],
  ])('"%s" finds the talks that say it in their language', (question, ids) => {
    expect(found(question)).toEqual(ids);
  });

  it('"documentary" is not the Spanish verb "documentar" (to document)', () => {
    expect(found('documentary')).not.toContain('docs');
  });
});
