import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A table of talks with a column of the author's ratings (a Notion or spreadsheet export): the
 * ratings were left unread, so "best talk" said the notes rate none. Invented event and talks.
 */
const rated = (...rows: string[]) =>
  parseNotes(['# Fjordkode 2031', '', ...rows].join('\n'), 'notes.md', 'fjordkode').talks.map(
    (talk) => [talk.title, talk.rating ? `${talk.rating.score}/${talk.rating.scale}` : '-'],
  );

describe('ratings in a column of a table of talks', () => {
  it('reads stars or a score under a column headed as a rating', () => {
    expect(
      rated(
        '| Name | Speaker | Rating | Notes |',
        '| --- | --- | --- | --- |',
        '| Coroutines in depth | Ola Brandt | ⭐⭐⭐⭐ | Suspend is CPS. |',
        '| Desktop UIs again | Ada Lund | ★★☆☆☆ | Same APIs as Android. |',
        '| Compiler speed | Bo Berg | | Twice as fast. |',
      ),
    ).toEqual([
      ['Coroutines in depth', '4/5'],
      ['Desktop UIs again', '2/5'],
      ['Compiler speed', '-'],
    ]);
    expect(
      rated(
        '| Talk | Who | My score |',
        '|---|---|---|',
        '| Paved roads | Cy Dahl | 8/10 |',
        '| Peat and platforms | Dee Ng | 6 / 10 |',
      ),
    ).toEqual([
      ['Paved roads', '8/10'],
      ['Peat and platforms', '6/10'],
    ]);
  });

  it('reads no rating from a column of another name', () => {
    expect(
      rated(
        '| Talk | Speaker | Slot |',
        '| --- | --- | --- |',
        '| Paved roads | Cy Dahl | 4/5 |',
        '| Peat and platforms | Dee Ng | 2/5 |',
      ),
    ).toEqual([
      ['Paved roads', '-'],
      ['Peat and platforms', '-'],
    ]);
  });
});
