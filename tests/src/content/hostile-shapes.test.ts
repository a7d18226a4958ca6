import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { growth } from '../../growth.ts';

/** The newer shapes (tables, labelled lines, plain bullets, HTML headings) stay linear too. */
function ratio(make: (n: number) => string, count: (n: number) => number) {
  const { ratio, large } = growth((n) => parseNotes(make(n), 'hostile.md', 'hostile'), 10_000);
  expect(large.talks).toHaveLength(count(40_000));
  // Four times the input: far less than the sixteen times a quadratic step would take.
  return ratio;
}

// Each reads a post of up to 40,000 talks five times: room for a busy machine.
describe('hostile notes in the newer shapes', { timeout: 60_000 }, () => {
  it('reads a table of 40,000 talks in linear time', () => {
    const table = (n: number) =>
      `## Talks\n\n| Title | Speaker | Notes |\n|---|---|---|\n${Array.from(
        { length: n },
        (_, i) => `| Talk ${i} | Jane Doe | point ${i} |`,
      ).join('\n')}\n`;
    expect(ratio(table, (n) => n)).toBeLessThan(9);
  });

  it('reads 40,000 plain "Title — Speaker" bullets in linear time', () => {
    const list = (n: number) =>
      `## Talks\n\n${Array.from({ length: n }, (_, i) => `* Talk ${i} — Jane Doe\n  * point`).join('\n')}\n`;
    expect(ratio(list, (n) => n)).toBeLessThan(9);
  });

  it('reads 40,000 <h3> headings in linear time', () => {
    const html = (n: number) =>
      Array.from({ length: n }, (_, i) => `<h3>Talk ${i} by Jane Doe</h3>\n\n* point ${i}\n`).join(
        '\n',
      );
    expect(ratio(html, (n) => n)).toBeLessThan(9);
  });

  it('reads 20,000 prose paragraphs "**Title** by Jane Doe was…" in linear time', () => {
    const prose = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `After lunch I caught **Talk ${i}** by Jane Doe from Acme. ${'Words. '.repeat(20)}\n`,
      ).join('\n');
    expect(
      ratio(
        (n) => prose(n / 2),
        (n) => n / 2,
      ),
    ).toBeLessThan(9);
  });

  it('reads a "#" line of 40,000 letters (a look-alike of a line of tags) in linear time', () => {
    const tagLike = (n: number) => `## Talk — Jane Doe\n#${'a'.repeat(n)}!\nmore notes\n`;
    expect(ratio(tagLike, () => 1)).toBeLessThan(9);
  });

  it('reads a paragraph of 40,000 "Label: value" lines in linear time', () => {
    // Growth, not a time limit: a busy machine slows both sizes alike.
    const labels = (n: number) =>
      `## T by Jane Doe\n\n${'**Slides:** [x](https://s.example/x)\n'.repeat(n)}`;
    expect(ratio(labels, () => 1)).toBeLessThan(9);
  });
});

describe('a list longer than anyone writes', () => {
  it('reads its first 50,000 items and says where the rest begins', () => {
    const bullets = Array.from({ length: 60_000 }, (_, i) => `- point ${i}`).join('\n');
    const { talks, problems } = parseNotes(`## One talk\n\n${bullets}\n`, 'long.md', 'long');
    expect(talks.map((t) => [t.title, t.notes.length])).toEqual([['One talk', 50_000]]);
    expect(talks[0]?.notes.at(-1)?.text).toBe('point 49999');
    expect(problems).toEqual([
      {
        file: 'long.md',
        line: 50_003,
        message: 'a list of more than 50,000 items: the items after that are not read',
        severity: 'warning',
      },
    ]);
  });
});
