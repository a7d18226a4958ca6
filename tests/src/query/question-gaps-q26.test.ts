import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

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
    talk(
      DE,
      'synth',
      'Klangsynthese im Browser mit WebAudio',
      'Oszillatoren, ganz ohne Plugins; Latenz unter 10 ms',
    ),
    talk(EN, 'plugins', 'Writing editor plugins', 'Extension points; sandboxing'),
    talk(DE, 'container', 'Containerisierung einer Altanwendung', 'Schritt für Schritt'),
    talk(DE, 'stabil', 'Stabilität im Betrieb', 'Rufbereitschaft; Runbooks'),
    talk(EN, 'mainframe', 'Modernisation of a mainframe', 'COBOL; batch jobs'),
    talk(EN, 'kayak', 'Let it go: kayaking after work', 'Go outside; rivers'),
    talk(EN, 'client', 'Writing an API client in Go', 'Retries; backoff', {
      links: [slides('https://harbour.example/client.pdf'), video('https://v.example/client')],
    }),
    talk(EN, 'lighthouse', 'Lighthouse keeping for SREs', 'Alerts; night shifts', {
      links: [slides('https://harbour.example/lighthouse.pdf')],
    }),
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

describe('a follow-up in another language for the link of the talk before', () => {
  const live = () =>
    new LiveBot(bot, {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
  const opened = (answer: Answer) =>
    answer.kind === 'talk' ? `${answer.talk.id} ${answer.focus ?? ''}`.trim() : answer.kind;
  const asked: [string, string][] = [
    ['enlace a esa', 'links'],
    ['las diapositivas de esa', 'slides'],
    ['le lien de celle-là ?', 'links'],
    ['les slides de celui-ci ?', 'slides'],
    ['il link di quello?', 'links'],
    ['le slide di quello?', 'slides'],
    ['o link dessa?', 'links'],
    ['os slides dessa palestra?', 'slides'],
    ['Link zu dem da?', 'links'],
    ['das Video davon?', 'video'],
  ];

  it.each(asked)('"%s" after a list is that link of its first talk', async (question, focus) => {
    const chat = live();
    const where = { surface: 'slack', place: 'C1', user: 'U-ana' };
    expect(ids(await chat.ask('lighthouse keeping', where))).toEqual(['lighthouse']);
    expect(opened(await chat.ask(question, where))).toBe(`lighthouse ${focus}`);
    await chat.close();
  });

  it('after a list of several is about its first talk', async () => {
    const chat = live();
    const where = { surface: 'discord', place: 'G1', user: 'U-bo' };
    const first = ids(await chat.ask('any go talks?', where))[0];
    expect(opened(await chat.ask('o link dessa?', where))).toBe(`${first} links`);
    await chat.close();
  });

  it('is still a search where the notes have the words and no talk was answered before', () => {
    expect(ids(bot.ask('¿hay charlas sobre Go? las diapositivas'))).toContain('client');
  });
});

describe('who organised an event, asked in other languages', () => {
  it('says the notes do not tell, never a search for the verb', () => {
    for (const asked of [
      'wer hat die Entwicklertage organisiert?',
      'wer sind die Veranstalter der Entwicklertage?',
      'qui a organisé HarbourConf ?',
      'qui sont les organisateurs de HarbourConf ?',
      '¿quién organizó las Jornadas?',
      '¿quiénes son los organizadores?',
      'chi ha organizzato HarbourConf?',
      'quem organizou a HarbourConf?',
    ]) {
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'none', unknown: 'organisers' });
    }
  });

  it('leaves organising as a subject of talks alone', () => {
    expect(bot.ask('how to organize night shifts')).not.toMatchObject({ unknown: 'organisers' });
  });
});

describe('a word in -ization as German notes and British spelling write it', () => {
  it('finds "-isierung", "-isation", "-ität" and "-enz" for the English word, and back', () => {
    expect(ids(bot.ask('containerization'))).toEqual(['container']);
    expect(ids(bot.ask('any talks on containerisation?'))).toEqual(['container']);
    expect(ids(bot.ask('modernization'))).toEqual(['mainframe']);
    expect(ids(bot.ask('stability'))).toEqual(['stabil']);
    expect(ids(bot.ask('Modernisierung'))).toEqual(['mainframe']);
    expect(ids(bot.ask('latency'))).toEqual(['synth']);
  });
});

describe('which talk was best, however it is put', () => {
  it('says the notes rate no talk, never a search for "overall" or "stato"', () => {
    for (const asked of [
      'best talk overall',
      'what was the best talk of all time?',
      'which talk was the best in your opinion?',
      'qual è stato il miglior talk?',
      'il talk migliore?',
      'welcher Vortrag war insgesamt der beste?',
      'Empfehlungen?',
    ]) {
      // No ranking, said so, and a talk of each topic as a way in.
      expect(bot.ask(asked), asked).toMatchObject({
        kind: 'talks',
        scope: { unknown: 'ratings', sampled: true },
      });
    }
  });

  it('lists the talks of a subject asked with it, saying so', () => {
    const answer = bot.ask('best go talk overall');
    expect(answer).toMatchObject({ kind: 'talks', scope: { unknown: 'ratings' } });
    expect(ids(answer)).toContain('client');
  });
});

describe('who the speakers were, with no talk asked about before', () => {
  it('is every talk with its speakers, not "which talk?"', () => {
    for (const asked of [
      'who are the speakers?',
      'who were the speakers',
      'wer waren die Sprecher?',
      '¿quiénes son los ponentes?',
      'qui sont les intervenants ?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', focus: 'speakers' });
      expect(ids(answer), asked).toEqual(ids(bot.ask('list all speakers')));
    }
  });

  it('still asks which talk for "who gave it?"', () => {
    expect(bot.ask('who gave it?')).toMatchObject({ kind: 'none', reason: 'which-talk' });
  });
});

describe('"tell me about" and "speakers" in Italian, Spanish and German', () => {
  it('carry no weight of their own: the subject is what is searched', () => {
    for (const asked of [
      'parlami dei talk su Go',
      'háblame de Go',
      'erzähl mir was über Go',
      "c'è qualche talk su Go?",
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind === 'talks' && answer.scope, asked).not.toHaveProperty('unmatched');
      expect(ids(answer), asked).toContain('client');
    }
  });

  it('reads "relatori" as the speakers', () => {
    expect(bot.ask('chi sono i relatori?')).toMatchObject({ kind: 'talks', focus: 'speakers' });
  });
});

describe('"X without Y" where a talk in another language says it', () => {
  it('is that talk, not the talks of X less those that say Y', () => {
    expect(ids(bot.ask('webaudio without plugins'))).toEqual(['synth']);
    expect(ids(bot.ask('web audio without plugins'))).toEqual(['synth']);
    expect(ids(bot.ask('go without locks'))).toEqual(['nebenlaeufig']);
  });

  it('still leaves out what no talk says it does without', () => {
    expect(ids(bot.ask('go without backoff'))).not.toContain('client');
  });
});

describe('an English plural German notes write as theirs', () => {
  it('finds "Goroutinen" for goroutines, where no talk writes the English', () => {
    expect(ids(bot.ask('goroutines'))).toEqual(['nebenlaeufig']);
  });
});
