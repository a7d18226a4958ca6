import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q8: an English question over French notes. "Generative AI" is "L'IA
 * générative" (the "ai" of a phrase the notes never write keeps its own other names), and an
 * English word the notes never write is found in its French form: "signing" → signer,
 * "migrating" → migrer, "scalability" → scalabilité.
 */

const MIS = 'mistral-dev-2025';
const bot = new Bot({
  events: [event(MIS, 'Mistral Dev 2025')],
  talks: [
    talk(MIS, 'ia', "L'IA générative en équipe", 'Assistants de code; revue humaine'),
    talk(MIS, 'sign', 'Chaîne logicielle de confiance', 'Signer les images; attestations'),
    talk(MIS, 'grid', 'Mises en page CSS', 'Requêtes de conteneur; container queries en pratique'),
    talk(MIS, 'pg', 'Migrer vers Postgres', 'Scalabilité des lectures; réplicas'),
  ],
});

describe('an English question over French notes', () => {
  it('finds "generative AI" where the notes write "IA générative"', () => {
    expect(ids(bot.ask('generative ai'))).toEqual(['ia']);
    expect(ids(bot.ask('any generative ai talks?'))).toEqual(['ia']);
  });

  it('finds an English word the notes write in its French form first', () => {
    expect(ids(bot.ask('signing container images'))[0]).toBe('sign');
    expect(ids(bot.ask('migrating to postgres'))).toEqual(['pg']);
    expect(ids(bot.ask('read scalability'))).toEqual(['pg']);
  });
});
