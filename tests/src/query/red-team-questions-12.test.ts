import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q7: a question asked in German (or another language the bot reads) about the
 * schedule, the speakers and companies as a whole, or without a subject, is the question asked in
 * English — not a search for its German words.
 */

const KAI = 'kaikonf-2024';
const at = (date: string, time: string, more = {}) => ({ date, time, ...more });
const bot = new Bot({
  events: [
    event(KAI, 'KaiKonf 2024', { place: 'Kiel, Deutschland', dates: '2024-11-07..2024-11-08' }),
  ],
  talks: [
    talk(KAI, 'queues', 'Warteschlangen ohne Broker', 'Outbox-Tabelle; SKIP LOCKED', {
      ...at('2024-11-07', '09:00-09:45'),
      speakers: [{ name: 'Ida Sommer', company: 'Fjordbank' }],
    }),
    talk(KAI, 'zig', 'Zig für C-Entwickler', 'Comptime; kein Präprozessor', {
      ...at('2024-11-07', '10:00-10:45'),
      speakers: [{ name: 'Pavel Horak', company: 'Nordwerk' }],
    }),
    talk(KAI, 'fuzz', 'Fuzzing im Alltag', 'Coverage-gesteuert; Korpus pflegen', {
      ...at('2024-11-07', '14:00-14:45'),
      speakers: [{ name: 'Ida Sommer', company: 'Fjordbank' }],
    }),
    talk(KAI, 'ki', 'KI-Agenten im Support', 'Agenten beantworten Tickets; Halluzinationen', {
      ...at('2024-11-08', '09:30-10:15'),
      speakers: [{ name: 'Mert Aksoy', company: 'Deichwerk' }],
    }),
    talk(KAI, 'mono', 'Monolith zuerst', 'Module statt Services', {
      ...at('2024-11-08', '15:00-15:45'),
      speakers: [{ name: 'Greta Lund', company: 'Nordwerk' }],
    }),
  ],
});

const day1 = ['queues', 'zig', 'fuzz'];
const day2 = ['ki', 'mono'];

describe('a German question about the schedule', () => {
  it('reads weekdays, dates, day numbers said as ordinals and parts of the day', () => {
    expect(ids(bot.ask('donnerstag'))).toEqual(day1);
    expect(ids(bot.ask('was lief am Freitag?'))).toEqual(day2);
    expect(ids(bot.ask('vorträge am 7. november'))).toEqual(day1);
    expect(ids(bot.ask('welche Vorträge gab es am zweiten Tag?'))).toEqual(day2);
    expect(ids(bot.ask('nachmittags'))).toEqual(['fuzz', 'mono']);
    expect(ids(bot.ask('freitag morgens'))).toEqual(['ki']);
  });

  it('reads first, last and after', () => {
    expect(ids(bot.ask('was war der erste Vortrag?'))).toEqual(['queues']);
    expect(ids(bot.ask('letzter Vortrag am Tag 1'))).toEqual(['fuzz']);
    expect(ids(bot.ask('welcher Vortrag kam nach dem Zig-Vortrag?'))).toEqual(['fuzz']);
  });

  it('answers when and where the event was', () => {
    for (const asked of ['wann war die KaiKonf?', 'wo war kaikonf']) {
      expect(bot.ask(asked).kind, asked).toBe('events');
    }
  });
});

describe('a German question about the speakers, companies or what to watch', () => {
  it('counts speakers and companies, and who spoke twice', () => {
    const speakers = bot.ask('wie viele Sprecher gab es?');
    expect(speakers.kind === 'talks' && speakers.scope.tally?.of).toBe('speakers');
    const firms = bot.ask('welche Firmen waren da?');
    expect(firms.kind === 'talks' && firms.scope.tally?.of).toBe('companies');
    const twice = bot.ask('wer hat zweimal gesprochen?');
    expect(twice.kind === 'talks' && twice.scope.tally?.names.map((e) => e.name)).toEqual([
      'Ida Sommer',
    ]);
  });

  it("finds a company's talks and says the notes rank none", () => {
    expect(ids(bot.ask('wer arbeitet bei Nordwerk?'))).toEqual(['zig', 'mono']);
    const best = 'welcher Vortrag war der beste?';
    // No ranking, said so, and a talk of each topic to start with, as below.
    expect(bot.ask(best), best).toMatchObject({
      kind: 'talks',
      scope: { unknown: 'ratings', sampled: true },
    });
    // "What should I watch?": a talk of each topic to start with, saying the notes rank none.
    expect(bot.ask('was soll ich mir anschauen?')).toMatchObject({
      kind: 'talks',
      scope: { unknown: 'ratings', sampled: true },
    });
  });

  it('leaves out what is refused', () => {
    expect(ids(bot.ask('vorträge nicht über Fuzzing'))).not.toContain('fuzz');
    expect(ids(bot.ask('alles außer KI'))).toEqual(['queues', 'zig', 'fuzz', 'mono']);
  });
});

describe('a German question about links, or pointing back', () => {
  it('reads no slides, without a video, and a follow-up after thanks', () => {
    const none = bot.ask('welche Vorträge hatten keine Folien?');
    expect(none.kind === 'talks' && none.scope.lacking).toBe('slides');
    const back = bot.ask('danke, und die Folien?');
    expect(back.kind === 'none' && back.reason).toBe('which-talk');
    expect(ids(bot.ask('was hat Greta Lund erzählt?'))).toEqual(['mono']);
  });

  it('asks the bot what it does', () => {
    for (const asked of ['wie funktioniert der Bot?', 'was kannst du?', 'wer bist du']) {
      expect(bot.ask(asked).kind, asked).toBe('help');
    }
  });
});

describe('days in the other languages questions are read in', () => {
  it('reads their weekdays and parts of the day', () => {
    expect(ids(bot.ask('¿qué charlas hubo el jueves por la tarde?'))).toEqual(['fuzz']);
    expect(ids(bot.ask('welke talks waren er op vrijdag?'))).toEqual(day2);
    expect(ids(bot.ask('quels talks vendredi ?'))).toEqual(day2);
  });
});
