import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round Q10: English questions over Spanish and French notes, and the reverse. A subject
 * of the field is found however the notes' language names it ("remote work" → "Teletrabajo",
 * "cloud" → "la nube", "event-driven" → "orientada a eventos"), and what a Spanish, French or
 * Portuguese question asks besides a subject — the best talk, what tickets cost, how many came —
 * is told as the English question is.
 */

const SOL = 'sol-dev-2024';
const LUM = 'lumiere-tech-2025';
const bot = new Bot({
  events: [event(SOL, 'Sol Dev 2024'), event(LUM, 'Lumière Tech 2025')],
  talks: [
    talk(
      SOL,
      'remoto',
      'Teletrabajo sin drama',
      'Equipos en cinco husos horarios; decisiones por escrito',
    ),
    talk(SOL, 'nube', 'Llevar el ERP a la nube', 'Fases de migración; presupuesto por equipo'),
    talk(
      SOL,
      'eventos',
      'Arquitectura orientada a eventos en logística',
      'Colas y reintentos; esquemas versionados',
    ),
    talk(SOL, 'claves', 'Contraseñas que nadie recuerda', 'Gestores de claves; doble factor'),
    talk(
      SOL,
      'cadena',
      'La cadena de suministro de tu software',
      'Firmas de artefactos; dependencias fijadas',
    ),
    talk(SOL, 'vivo', 'Tableros en tiempo real', 'Sockets; agregaciones por minuto'),
    talk(SOL, 'carga', 'Pruebas de carga antes del lanzamiento', 'Escenarios realistas; umbrales'),
    talk(
      LUM,
      'teletravail',
      'Le télétravail en équipe produit',
      'Rituels asynchrones; un séminaire par trimestre',
    ),
    talk(LUM, 'api', 'Sécurité des API publiques', 'Jetons courts; quotas'),
    talk(LUM, 'jardin', 'Jardinage et compost', 'Le potager de l’équipe'),
  ],
});

describe('an English question over Spanish and French notes', () => {
  it('finds remote work where the notes say trabajo remoto or télétravail', () => {
    expect(ids(bot.ask('remote work')).sort()).toEqual(['remoto', 'teletravail']);
    expect(ids(bot.ask('any talks on working remotely?')).sort()).toEqual([
      'remoto',
      'teletravail',
    ]);
    expect(ids(bot.ask('teleworking')).sort()).toEqual(['remoto', 'teletravail']);
  });

  it('reads "working from home" as the subject, not a company called Home', () => {
    expect(ids(bot.ask('working from home')).sort()).toEqual(['remoto', 'teletravail']);
    expect(ids(bot.ask('wfh')).sort()).toEqual(['remoto', 'teletravail']);
  });

  it('finds the subjects of the field in the notes’ language', () => {
    expect(ids(bot.ask('cloud'))).toEqual(['nube']);
    expect(ids(bot.ask('event driven architecture'))).toEqual(['eventos']);
    expect(ids(bot.ask('passwords'))).toEqual(['claves']);
    expect(ids(bot.ask('software supply chain'))).toEqual(['cadena']);
    expect(ids(bot.ask('real-time dashboards'))).toEqual(['vivo']);
    expect(ids(bot.ask('load testing'))).toEqual(['carga']);
  });

  it('finds French security notes for an English or Spanish question', () => {
    expect(ids(bot.ask('security'))).toEqual(['api']);
    expect(ids(bot.ask('seguridad'))).toEqual(['api']);
    // A French word, no slip of "security": not said to be a correction.
    const french = bot.ask('la sécurité');
    expect(french.kind === 'talks' && french.scope.kind === 'search').toBe(true);
    expect(french.kind === 'talks' && 'correctedFrom' in french.scope).toBe(false);
    expect(ids(french)).toEqual(['api']);
  });

  it('finds the other language’s notes for a Spanish or French word', () => {
    expect(ids(bot.ask('teletrabajo')).sort()).toEqual(['remoto', 'teletravail']);
    expect(ids(bot.ask('télétravail')).sort()).toEqual(['remoto', 'teletravail']);
  });
});

describe('a Spanish, French or Portuguese question about what the notes never record', () => {
  it('says the notes rank no talk for "the best"', () => {
    expect(unknownOf(bot, '¿cuál fue la mejor charla?')).toBe('ratings');
    expect(unknownOf(bot, 'quel était le meilleur talk ?')).toBe('ratings');
    expect(unknownOf(bot, 'qual foi a melhor palestra?')).toBe('ratings');
    expect(unknownOf(bot, '¿vale la pena la charla de la nube?')).toBe('ratings');
  });

  it('says the notes give no prices or attendance', () => {
    expect(unknownOf(bot, '¿cuánto costaban las entradas?')).toBe('prices');
    expect(unknownOf(bot, 'combien coûtaient les billets ?')).toBe('prices');
    expect(unknownOf(bot, '¿cuánta gente fue a sol dev?')).toBe('attendance');
    expect(unknownOf(bot, 'combien de personnes sont venues ?')).toBe('attendance');
  });

  it('reads "quiero ver algo de …" as asking for the subject', () => {
    expect(ids(bot.ask('quiero ver algo de contraseñas 🙏'))).toEqual(['claves']);
  });
});

describe('the cloud emoji', () => {
  it('stands for the cloud, as the crab does for Rust', () => {
    expect(ids(bot.ask('☁️ talks'))).toEqual(['nube']);
    expect(ids(bot.ask(':cloud: talks'))).toEqual(['nube']);
  });
});

describe('a short form inside a word of another language', () => {
  it('does not read the "vid" of the French "vidéo" as a short "video"', () => {
    const answer = bot.ask('où est la vidéo du talk sur la sécurité des API ?');
    expect(answer.kind === 'talks' ? answer.scope.unmatched : undefined).toBeUndefined();
    expect(ids(answer)).toEqual(['api']);
  });
});
