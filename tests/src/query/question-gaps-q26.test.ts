import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Questions read against notes in several languages (invented: a German and a Spanish post beside
 * an English one), as a team asks them in chat.
 */
const [DE, ES, EN] = ['entwicklertage-2024', 'jornadas-2023', 'harbourconf-2023'];

const bot = new Bot({
  events: [
    event(DE, 'Entwicklertage Kassel 2024'),
    event(ES, 'Jornadas Técnicas Cádiz 2023'),
    event(EN, 'HarbourConf 2023'),
  ],
  talks: [
    talk(DE, 'nebenlaeufig', 'Nebenläufigkeit in Go ohne Kopfschmerzen', 'Goroutinen statt Locks'),
    talk(DE, 'fuer-go', 'Fehlerbehandlung für Go-Dienste', 'Wrapping; Sentinel-Fehler'),
    talk(DE, 'google', 'Suche bei Google für Anfänger', 'Ranking; Gewichte'),
    talk(EN, 'kayak', 'Let it go: kayaking after work', 'Go outside; rivers'),
    talk(EN, 'client', 'Writing an API client in Go', 'Retries; backoff'),
  ],
});

describe('Go the language in notes written with accents', () => {
  it('finds the German talks whose sentences name Go, not the verb nor Google', () => {
    const found = ids(bot.ask('any go talks?'));
    expect(found).toEqual(expect.arrayContaining(['nebenlaeufig', 'fuer-go', 'client']));
    expect(found).not.toContain('google');
    expect(found).not.toContain('kayak');
    expect(ids(bot.ask('golang'))).toContain('nebenlaeufig');
  });
});
