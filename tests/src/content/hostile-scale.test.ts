import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { growth } from '../../growth.ts';

/**
 * Posts that repeat one thing thousands of times — one heading, one paragraph of citations or of
 * links, thousands of group headings — each read in time that grows with the post, not with its
 * square: a step that compared each item with every one before it took minutes at 40,000.
 */
/** How reading a post grows with it: four times the post over the post (`growth`). */
function growthOf(make: (n: number) => string, small: number) {
  const { ratio, large } = growth((n) => parseNotes(make(n), 'hostile.md', 'hostile'), small);
  return { ratio, parsed: large };
}

// Each reads a post of thousands of talks five times: room for a busy machine (the 40,000
// conferences took 40 s beside two other test runs, and 81 s beside three).
describe('posts that repeat one thing thousands of times', { timeout: 180_000 }, () => {
  it('reads a heading written 20,000 times as 20,000 talks with ids keynote, keynote-2 …', () => {
    const { ratio, parsed } = growthOf(
      (n) => Array.from({ length: n }, () => '## Keynote\nNotes.\n').join('\n'),
      5_000,
    );
    expect(ratio).toBeLessThan(9);
    const ids = parsed.talks.map((talk) => talk.id);
    expect(ids).toHaveLength(20_000);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(['keynote', 'keynote-2', 'keynote-3']);
    expect(ids.at(-1)).toBe('keynote-20000');
  });

  it('reads a paragraph citing 20,000 talks as "Title" (Name, Company), each with its sentence', () => {
    const { ratio, parsed } = growthOf(
      (n) =>
        `# Conf 2025\n\n## Talks\n\n${Array.from(
          { length: n },
          (_, i) => `"Talk number ${i}" (Jane Doe, Acme) said thing ${i}.`,
        ).join(' ')}\n`,
      5_000,
    );
    expect(ratio).toBeLessThan(9);
    expect(parsed.talks).toHaveLength(20_000);
    const last = parsed.talks.at(-1);
    expect(last?.title).toBe('Talk number 19999');
    expect(last?.speakers).toEqual([{ name: 'Jane Doe', company: 'Acme' }]);
    expect(last?.summary).toContain('said thing 19999');
  });

  it('reads a talk whose one paragraph holds 20,000 links, each once', () => {
    const { ratio, parsed } = growthOf(
      (n) =>
        `## A talk by Jane Doe\n\n${Array.from({ length: n }, (_, i) => `Point ${i}[^${i}].`).join(' ')}\n\n${Array.from(
          { length: n },
          (_, i) => `[^${i}]: https://example.com/${i}`,
        ).join('\n')}\n`,
      5_000,
    );
    expect(ratio).toBeLessThan(9);
    expect(parsed.talks).toHaveLength(1);
    expect(parsed.talks[0]?.links).toHaveLength(20_000);
  });

  it('labels each of a paragraph’s links by its own clause, not by the first like it', () => {
    const { talks } = parseNotes(
      '## A talk by Jane Doe\n\nThe recording: [here](https://example.com/a). The deck: [here](https://example.com/b).\n',
      'clauses.md',
      'clauses',
    );
    expect(talks[0]?.links.map((link) => [link.kind, link.url])).toEqual([
      ['video', 'https://example.com/a'],
      ['slides', 'https://example.com/b'],
    ]);
  });

  it('reads a newsletter of 40,000 conferences, a talk under each, as 40,000 events', () => {
    const { ratio, parsed } = growthOf(
      (n) =>
        `# Conference digest\n\n${Array.from(
          { length: n },
          (_, i) => `## Summit ${i}x\n### Talk ${i} by Jane Doe\n- note\n`,
        ).join('\n')}`,
      10_000,
    );
    expect(ratio).toBeLessThan(9);
    expect(parsed.talks).toHaveLength(40_000);
    expect([parsed.event, ...(parsed.more ?? [])]).toHaveLength(40_000);
    expect(parsed.talks.at(-1)?.event).toBe('hostile-summit-39999x');
  });

  it('reads a README of 40,000 collapsed <details> talks in linear time', () => {
    const { ratio, parsed } = growthOf(
      (n) =>
        `# Conf 2025\n\n${Array.from(
          { length: n },
          (_, i) =>
            `<details><summary>Talk ${i} by Jane Doe</summary>\n\nNotes ${i}.\n\n</details>\n`,
        ).join('\n')}`,
      10_000,
    );
    expect(ratio).toBeLessThan(9);
    expect(parsed.talks).toHaveLength(40_000);
    expect(parsed.talks.at(-1)?.title).toBe('Talk 39999');
  });
});
