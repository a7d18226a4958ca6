import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/** French notes say "je n'ai pas", "il m'a", "je t'ai dit": the verb avoir, never "AI". */
const bot = new Bot({
  events: [event('devfest', 'DevFest 2024')],
  talks: [
    talk('devfest', 'logs', "N'ayez plus peur de vos fichiers de log", [
      "Je n'ai pas de recommandation particulière",
      'Je t’ai montré les niveaux de log, tu m’ai suivi',
    ]),
    talk('devfest', 'agents', 'Des agents IA en production', ['AI agents, évalués à chaque appel']),
  ],
});

const found = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};

describe("French notes' “n'ai”, “t'ai”, “m'ai” (have, after a pronoun)", () => {
  it('are no “AI”: an AI question finds the AI talk only', () => {
    expect(found('ai')).toEqual(['agents']);
    expect(found('intelligence artificielle')).toEqual(['agents']);
    // The notes' other words are still found.
    expect(found('niveaux de log')).toEqual(['logs']);
  });
});
