import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A German retrospective that names its talks in prose, each title quoted inside its link
 * (`["Titel"](…) von Jana Roth`, `Jana Roth erklärte in ["Titel"](…)`, `sprach Jana Roth über
 * ["Titel"](…)`), titles wrapped over lines as an editor breaks them. Invented talks.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), '_posts/2031-04-02-konf-retro.md', 'page');

describe('a German recap citing quoted, linked titles', () => {
  it('reads each talk with the people named around it', () => {
    const { talks } = read(
      '---',
      'title: "KONF 2031 – Rückblick"',
      '---',
      '',
      'Den Auftakt machte die Keynote ["Typen für alle"](https://konf.example/2031/roth.html)',
      'von Jana Roth. Danach erklärten Lea Brandt und Tomasz Wójcik in ["Verteilte Systeme',
      'ohne Tränen"](https://konf.example/2031/brandt.html), wie man Ausfälle übt.',
      '',
      'Im letzten Block sprach Henrik Aalto über ["Parser, die man',
      'lesen kann"](https://konf.example/2031/aalto.html), während im Nebenraum Mirela Dobre einen',
      'Einblick in ["Datenbanken als Warteschlangen"](https://konf.example/2031/dobre.html) gab.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Typen für alle', ['Jana Roth']],
      ['Verteilte Systeme ohne Tränen', ['Lea Brandt', 'Tomasz Wójcik']],
      ['Parser, die man lesen kann', ['Henrik Aalto']],
      ['Datenbanken als Warteschlangen', ['Mirela Dobre']],
    ]);
  });
});
