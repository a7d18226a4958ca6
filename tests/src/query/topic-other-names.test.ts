import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * A topic asked for by another name the built-in list gives its word ("seguridad", "Sicherheit"
 * for Security): the topic's talks, as "security talks" gives them, not every talk that says it.
 */

const E = 'harbour-2025';
const bot = new Bot({
  events: [event(E, 'HarbourConf 2025', { topics: ['Security', 'Databases'] })],
  talks: [
    talk(E, 'vault', 'Secrets without Vault', 'rotation; leases', { topic: 'Security' }),
    talk(E, 'sbom', 'Reading an SBOM', 'dependencies; provenance', { topic: 'Security' }),
    talk(E, 'pg', 'Postgres upgrades', 'security patches; pg_upgrade', { topic: 'Databases' }),
  ],
});

const scopeOf = (asked: string) => {
  const answer = bot.ask(asked);
  return answer.kind === 'talks' ? answer.scope : undefined;
};

describe('a topic named in another language', () => {
  it.each([
    '¿hay charlas sobre seguridad?',
    'gibt es Vorträge über Sicherheit?',
    'talks on sicurezza',
    'security talks',
  ])('"%s" is the Security topic', (asked) => {
    expect(ids(bot.ask(asked)).sort()).toEqual(['sbom', 'vault']);
    expect(scopeOf(asked)).toMatchObject({ kind: 'topic', topic: 'Security' });
  });
});
