import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A table of the evening's talks headed "| Thema | Vortragender |" (or "| Tema | Ponente |"):
 * the subject column names each talk, and the bot read no talk from it (a "| Titel | Sprecher |"
 * table was read). Where a table has a title column beside a subject one, the subject stays
 * aside. Written in those shapes with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'abend.md', 'abend');
const titles = (lines: string[]) =>
  read(...lines).talks.map((t) => [t.title, t.speakers.map((s) => s.name)]);

describe('a table of talks whose first column is the subject', () => {
  it('reads a German table', () => {
    expect(
      titles([
        '# Sensor-Stammtisch 2031',
        '',
        '| Thema | Vortragender |',
        '|---|---|',
        '| Mesh-Netze für wenig Geld | Ola Brandt |',
        '| Sharding ohne Tränen | Pia Lund |',
      ]),
    ).toEqual([
      ['Mesh-Netze für wenig Geld', ['Ola Brandt']],
      ['Sharding ohne Tränen', ['Pia Lund']],
    ]);
  });

  it('reads a Spanish table', () => {
    expect(
      titles([
        '# Noche de sensores 2031',
        '',
        '| Tema | Ponente |',
        '|---|---|',
        '| Redes en malla con poco dinero | Ola Brandt |',
        '| Colas por todas partes | Marc Dubois |',
      ]),
    ).toEqual([
      ['Redes en malla con poco dinero', ['Ola Brandt']],
      ['Colas por todas partes', ['Marc Dubois']],
    ]);
  });

  it('keeps the title column where a table has one', () => {
    expect(
      titles([
        '# Sensor-Stammtisch 2031',
        '',
        '| Thema | Titel | Sprecher |',
        '|---|---|---|',
        '| Netze | Mesh-Netze für wenig Geld | Ola Brandt |',
        '| Daten | Sharding ohne Tränen | Pia Lund |',
      ]),
    ).toEqual([
      ['Mesh-Netze für wenig Geld', ['Ola Brandt']],
      ['Sharding ohne Tränen', ['Pia Lund']],
    ]);
  });

  it('reads no talk from a table of topics and notes', () => {
    expect(
      titles([
        '# Sensor-Stammtisch 2031',
        '',
        '| Thema | Notizen |',
        '|---|---|',
        '| Kosten | Funkmodule sind billig geworden |',
        '| Reichweite | Im Wald nur 200 Meter |',
      ]),
    ).toEqual([]);
  });
});
