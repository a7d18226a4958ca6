import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Talks that only a page's front matter lists (a conference site's schedule in YAML, a session
 * page's lightning talks in TOML), and a Hugo session page's facts as a site keeps them:
 * speakers named by their pages' slugs, `starts`/`ends`, `rooms`. Written in the shape of real
 * pages, with invented talks.
 */
const read = (file: string, ...lines: string[]) => parseNotes(lines.join('\n'), file, 'page');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', '), t.time ?? '', t.kind ?? '']);

describe('a schedule kept in YAML front matter, with an empty page under it', () => {
  it('gives each talk of each row, with its speakers, its row time and a keynote mark', () => {
    const { talks } = read(
      'content/evenementen/voorjaar-2031/_index.md',
      '---',
      'title: "Voorjaarsdag 2031"',
      'layout: schedule-event',
      'event_schedule:',
      '  title: Programma',
      '  rows:',
      '  - row:',
      '    columns:',
      '    - column:',
      '      time: 09:00',
      '    - column:',
      '      textfield:',
      '        text: Koffie en ontvangst',
      '  - row:',
      '    columns:',
      '    - column:',
      '      time: 09:30',
      '    - column:',
      '      talk:',
      '        speaker: Fenna Wiersma',
      '        title: "Tuinieren met Terraform: een jaar later"',
      '        keynote: true',
      '        link: talks/fenna-wiersma-tuinieren/',
      '  - row:',
      '    columns:',
      '    - column:',
      '      time: 11:00',
      '    - column:',
      '      talk:',
      '        speaker: Joost Brink / Sanne Akkerman',
      '        title: Logboeken die niemand leest',
      '    - column:',
      '      talk:',
      '        speaker: Pim de Graaf',
      '        title: Zelf een mailserver draaien in 2031',
      '---',
      '',
    );
    expect(brief(talks)).toEqual([
      ['Tuinieren met Terraform: een jaar later', 'Fenna Wiersma', '09:30', 'Keynote'],
      ['Logboeken die niemand leest', 'Joost Brink, Sanne Akkerman', '11:00', ''],
      ['Zelf een mailserver draaien in 2031', 'Pim de Graaf', '11:00', ''],
    ]);
    expect(talks[0]?.source.line).toBe(21);
  });
});

describe("a Hugo session page's TOML", () => {
  it('lists its lightning talks (`[[params.lightningTalks]]`), not the headings of its text', () => {
    const { talks } = read(
      'content/2031/sessions/lightning.md',
      '+++',
      'title = "[Lightning] Proposte del pubblico"',
      'date = 2031-09-01',
      '',
      '[params]',
      'rooms = ["aula magna"]',
      'speakers = []',
      '',
      '[[params.lightningTalks]]',
      'title = "Rust nel firmware della lavatrice"',
      'speaker = "Ottavia Serra"',
      'description = "Dieci minuti su un driver scritto in una notte."',
      '',
      '[[params.lightningTalks]]',
      'title = "Il mio primo compilatore"',
      'speaker = "Bruno Gatti"',
      '+++',
      '',
      'Sessioni da dieci minuti proposte da chi partecipa.',
      '',
      '### In programma',
      '',
      '{{< lightningTalks >}}',
      '',
      '### Come proporre un talk',
      '',
      'Scrivici su [Telegram](https://t.me/esempio) con titolo e nome.',
    );
    expect(brief(talks)).toEqual([
      ['Rust nel firmware della lavatrice', 'Ottavia Serra', '', ''],
      ['Il mio primo compilatore', 'Bruno Gatti', '', ''],
    ]);
    expect(talks[0]?.summary).toContain('driver scritto in una notte');
  });

  it("names speakers given by their pages' slugs, and dates the talk by `starts`, not the page", () => {
    const { talks } = read(
      'content/2031/sessions/osservabilita.md',
      '+++',
      'title = "Osservabilità senza budget"',
      'date = 2031-08-20',
      'draft = false',
      '',
      '[params]',
      'rooms = ["chiostro"]',
      'speakers = ["ludovica-de-santis","piet-van-der-berg"]',
      'starts = 2031-09-13T14:30:00',
      'ends = 2031-09-13T15:15:00',
      'slidesURL = ""',
      '+++',
      'Metriche, log e tracce con soli strumenti open source.',
    );
    expect(
      talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.date, t.time, t.room]),
    ).toEqual([
      [
        'Osservabilità senza budget',
        ['Ludovica De Santis', 'Piet van der Berg'],
        '2031-09-13',
        '14:30-15:15',
        'Room chiostro',
      ],
    ]);
  });
});
