import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A schedule kept as an HTML table (a Hugo site's `schedule/_index.ru.md`): a time column, a
 * column per room, "speaker — title" in each cell. Written in that shape with invented talks.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'content/schedule/_index.ru.md', 'page');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', '), t.time, t.room]);

describe('an HTML schedule table', () => {
  it('ends a cell its author left unclosed where the next cell starts, as a browser does', () => {
    const { talks } = read(
      '<table>',
      '<tr><th>Время</th><th>Зал 1</th><th>Зал 2</th></tr>',
      '<tr>',
      '  <td>13:00</td>',
      '  <td>',
      '    <a href="/speakers/oleg_sokolov">Олег Соколов</a> —',
      '    <a href="/sessions/regex">Регулярные выражения без боли</a>',
      '  <td>',
      '    <a href="/speakers/irina_lebedeva">Ирина Лебедева</a> —',
      '    <a href="/sessions/css">Вёрстка без фреймворков</a>',
      '  </td>',
      '</tr>',
      '</table>',
    );
    expect(brief(talks)).toEqual([
      ['Регулярные выражения без боли', 'Олег Соколов', '13:00', 'Зал 1'],
      ['Вёрстка без фреймворков', 'Ирина Лебедева', '13:00', 'Зал 2'],
    ]);
  });

  it('reads a Dutch schedule: its "Tijd" column the time, its "Zaal" columns the rooms', () => {
    const { talks } = read(
      '<table>',
      '<tr><th>Tijd</th><th>Zaal A</th><th>Zaal B</th></tr>',
      '<tr><td>11:00</td>',
      '<td><a href="/s/noor">Noor Bakker</a> — <a href="/t/1">Back-ups die werken</a></td>',
      '<td><a href="/s/daan">Daan Smit</a> — <a href="/t/2">Netwerken voor thuis</a></td></tr>',
      '</table>',
    );
    expect(brief(talks)).toEqual([
      ['Back-ups die werken', 'Noor Bakker', '11:00', 'Zaal A'],
      ['Netwerken voor thuis', 'Daan Smit', '11:00', 'Zaal B'],
    ]);
  });
});
