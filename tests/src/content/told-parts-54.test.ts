import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post about one talk, titled by it in its front matter, whose headings are the talk's parts
 * ("Im ersten Teil …", "Im zweiten Teil des Vortrags …"), listed a talk per part and per
 * sub-heading. Written in my own words, about invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe("a post whose headings say they are one talk's parts", () => {
  it('is that one talk, titled by the post', () => {
    const { talks } = read(
      '---',
      'title: Backups für alle',
      '---',
      '',
      'Heute Abend war der erste Vortrag einer Reihe des Vereins.',
      '',
      '## Was sichern?',
      '',
      'Im ersten Teil ging es darum, welche Daten man überhaupt sichern sollte.',
      '',
      '### Die 3-2-1-Regel',
      '',
      'Drei Kopien, zwei Medien, eine außer Haus.',
      '',
      '## Werkzeuge',
      '',
      'Im zweiten Teil des Vortrags wurden Restic und Borg gezeigt.',
      '',
      '## Fazit',
      '',
      'Ein guter Abend.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([['Backups für alle', []]]);
    expect(JSON.stringify(talks[0]?.notes)).toContain('Die 3-2-1-Regel');
  });

  it('reads the same in English', () => {
    const { talks } = read(
      '---',
      'title: Shipping a tiny compiler',
      '---',
      '',
      '## Parsing',
      '',
      'In the first part of the talk we wrote a parser by hand.',
      '',
      '## Codegen',
      '',
      'In the second part she emitted WebAssembly.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Shipping a tiny compiler']);
  });

  it('leaves a recap of several talks, each with its speaker', () => {
    const { talks } = read(
      '---',
      'title: Nordconf 2031 recap',
      '---',
      '',
      '## Parsing by hand - Ada Lund',
      '',
      'In the first part of the talk Ada wrote a parser.',
      '',
      '## Emitting Wasm - Ola Brandt',
      '',
      'In the second part Ola showed the output.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Parsing by hand', 'Emitting Wasm']);
  });

  it('leaves a recap titled by its event whose headings name no speaker', () => {
    const { talks } = read(
      '---',
      'title: Nordconf 2031 recap',
      '---',
      '',
      '## Parsing by hand',
      '',
      'In the first part of the day Ada Lund wrote a parser on stage.',
      '',
      '## Emitting Wasm',
      '',
      'In the second part of the day Ola Brandt showed the output.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Parsing by hand', 'Emitting Wasm']);
  });
});
