import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/** French notes asked about in English: the subject their titles name in French. */
const bot = new Bot({
  events: [event('devfest', 'DevFest Beaune 2024')],
  talks: [
    talk('devfest', 'simple', 'Faire simple, la clé de la durabilité ?', ['Des solutions en prod']),
    talk('devfest', 'logs', 'Vos fichiers de logs sans peur', ['Niveaux et conservation']),
    talk('devfest', 'quiz', 'Un quiz en direct', ['Des questions au public']),
  ],
});

const found = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};

describe('English subjects over French notes', () => {
  it.each([
    ['sustainability', 'simple'],
    ['is there a talk on sustainability?', 'simple'],
    ['log files', 'logs'],
  ])('"%s" finds the French talk on it', (question, id) => {
    expect(found(question)).toEqual([id]);
  });
});
