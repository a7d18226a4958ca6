import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A generated index of a conference's talks: a heading per edition over a table whose header row
 * is empty (`| | | |`), each row the talk's linked title with its language, the speaker's linked
 * page and the slides. The bot read no talk from the tables and took each edition's heading for a
 * talk. Written with invented conferences, people and talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'index.md', 'index');

describe('a table of talks with an empty header', () => {
  it('reads a talk per row, its title and speaker from the rows', () => {
    const { talks } = read(
      '# Fjordscript',
      '',
      '## Fjordscript 2031 Bergen - 2031 May 4-5',
      '| | | |',
      '| --- | :---: | --- |',
      '| [Signals without a framework](https://videos.example/1) [en] |  [Ada Lund](speakers/Ada%20Lund.md)  | [:notebook:](https://slides.example/1.pdf) |',
      '| [Типы в двух словах](https://videos.example/2) [ru] |  [Ольга Смирнова](speakers/Ольга%20Смирнова.md)  |    |',
      '| Bundlers from the inside out [en] |  [Ola Brandt](speakers/Ola%20Brandt.md)  |    |',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Signals without a framework', ['Ada Lund']],
      ['Типы в двух словах', ['Ольга Смирнова']],
      ['Bundlers from the inside out', ['Ola Brandt']],
    ]);
  });

  it('leaves a table of other things as notes', () => {
    const { talks } = read(
      '# Fjordscript 2031',
      '',
      '## Queues all the way down - Ada Lund',
      '',
      'Numbers from the benchmark:',
      '',
      '| | |',
      '| --- | --- |',
      '| throughput | 40k msg/s |',
      '| latency | 3 ms at p99 |',
      '',
      '## Mesh radios - Ola Brandt',
      '',
      'Cheap radios.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Queues all the way down', 'Mesh radios']);
  });

  it('reads the fixture of a generated index, a talk per row under its edition', () => {
    const text = readFileSync(
      new URL('../../fixtures/shapes/unheaded-talk-table.md', import.meta.url),
      'utf8',
    );
    const { talks } = parseNotes(text, 'unheaded-talk-table.md', 'unheaded-talk-table');
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.topic])).toEqual([
      ['Signals without a framework', ['Ada Lund'], 'Fjordscript 2031 Bergen - 2031 May 4-5'],
      ['Типы в двух словах', ['Ольга Смирнова'], 'Fjordscript 2031 Bergen - 2031 May 4-5'],
      ['Bundlers from the inside out', ['Ola Brandt'], 'Fjordscript 2031 Bergen - 2031 May 4-5'],
      ['State beyond the store', ['Marc Dubois'], 'Fjordscript 2030 Tromsø - 2030 Nov 2-3'],
      ['Сервис-воркеры на практике', ['Иван Петров'], 'Fjordscript 2030 Tromsø - 2030 Nov 2-3'],
    ]);
  });
});
