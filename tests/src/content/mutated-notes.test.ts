import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { piece, type Random, seeded } from '../../adapters/hostile-input.ts';

/**
 * Every post of the shape fixtures, and the shipped notes, broken the way careless edits and
 * pastes break notes: a line dropped, doubled, moved, cut in the middle (of a character too),
 * joined to the next; a heading one level up or down; a code fence or an HTML block opened and
 * never closed; hostile pieces (pings, markup, strange characters) written into a line. Each
 * variant must still be read: no exception, and talks and problems a content author and a user
 * can rely on. A failure names the fixture and the seed, which replays it. Six variants of each
 * post here; `VARIANTS=60 npx vitest run tests/src/content/mutated-notes.test.ts` tries more.
 */
const SHAPES = new URL('../../fixtures/shapes/', import.meta.url);
const posts = [
  ...readdirSync(SHAPES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, SHAPES), 'utf8') })),
  {
    name: 'qcon-ny-2016.md',
    text: readFileSync(new URL('../../../content/qcon-ny-2016.md', import.meta.url), 'utf8'),
  },
];

const at = (random: Random, length: number) => Math.floor(random() * length);

const EDITS: ((lines: string[], random: Random) => void)[] = [
  (lines, r) => void lines.splice(at(r, lines.length), 1),
  (lines, r) => {
    const i = at(r, lines.length);
    lines.splice(i, 0, lines[i] ?? '');
  },
  (lines, r) => {
    const [moved = ''] = lines.splice(at(r, lines.length), 1);
    lines.splice(at(r, lines.length + 1), 0, moved);
  },
  (lines, r) => {
    const i = at(r, lines.length);
    const line = lines[i] ?? '';
    lines[i] = line.slice(0, at(r, line.length + 1)); // half an emoji, too: saved as U+FFFD
  },
  (lines, r) => {
    const i = at(r, lines.length - 1);
    lines.splice(i, 2, `${lines[i] ?? ''} ${lines[i + 1] ?? ''}`);
  },
  (lines, r) => {
    const headings = lines.flatMap((line, i) => (/^#{1,6} /.test(line) ? [i] : []));
    const i = headings[at(r, headings.length)];
    if (i === undefined) return;
    const line = lines[i] as string;
    lines[i] = r() < 0.5 && !line.startsWith('######') ? `#${line}` : line.replace(/^#(#)/, '$1');
  },
  (lines, r) => void lines.splice(at(r, lines.length + 1), 0, r() < 0.5 ? '```' : '<div>'),
  (lines, r) => {
    const i = at(r, lines.length);
    const line = lines[i] ?? '';
    const cut = at(r, line.length + 1);
    lines[i] = `${line.slice(0, cut)}${piece(r)}${line.slice(cut)}`;
  },
];

/** The post edited, then saved and read back as UTF-8, as the loader reads files. */
function mutate(text: string, random: Random): string {
  const lines = text.split('\n');
  const edits = 1 + at(random, 6);
  for (let i = 0; i < edits; i++) EDITS[at(random, EDITS.length)]?.(lines, random);
  return Buffer.from(lines.join('\n'), 'utf8').toString('utf8');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('notes broken by careless edits', () => {
  it('are read without an exception, into talks and problems that keep their promises', () => {
    let talks = 0;
    for (const [n, post] of posts.entries()) {
      for (let variant = 0; variant < Number(process.env.VARIANTS ?? 6); variant++) {
        const seed = n * 100 + variant;
        const text = mutate(post.text, seeded(seed));
        const where = `${post.name}, seed ${seed}`;
        const lineCount = text.split('\n').length;
        let parsed: ReturnType<typeof parseNotes>;
        try {
          parsed = parseNotes(text, post.name, 'post');
        } catch (error) {
          throw new Error(`${where}: ${(error as Error).stack}`);
        }
        expect(parseNotes(text, post.name, 'post'), `${where}: the same twice`).toEqual(parsed);
        expect(JSON.parse(JSON.stringify(parsed)), `${where}: plain data`).toEqual(parsed);
        const ids = parsed.talks.map((talk) => talk.id);
        expect(new Set(ids).size, `${where}: ids ${ids.join(', ')}`).toBe(ids.length);
        for (const talk of parsed.talks) {
          const of = `${where}: talk "${talk.title}"`;
          expect(talk.id, of).toMatch(/^\S+$/);
          expect(talk.title.trim(), of).not.toBe('');
          expect(talk.title, of).not.toMatch(/[\r\n]/);
          expect(talk.title, of).not.toMatch(LONE_SURROGATE);
          expect(talk.summary.length, of).toBeLessThanOrEqual(300);
          expect(talk.source.file, of).toBe(post.name);
          expect(talk.source.line, of).toBeGreaterThanOrEqual(1);
          expect(talk.source.line, of).toBeLessThanOrEqual(lineCount);
          for (const speaker of talk.speakers) {
            expect(speaker.name ?? speaker.company, of).toBeTruthy();
            expect(`${speaker.name ?? ''} ${speaker.company ?? ''}`, of).not.toMatch(/[\r\n]/);
          }
          for (const link of talk.links) expect(link.url, of).toMatch(/^\S+$/);
        }
        for (const problem of parsed.problems) {
          expect(problem.file, where).toBe(post.name);
          expect(problem.message.trim(), where).not.toBe('');
          expect(problem.line, `${where}: ${problem.message}`).toBeGreaterThanOrEqual(0);
          expect(problem.line, `${where}: ${problem.message}`).toBeLessThanOrEqual(lineCount);
        }
        talks += parsed.talks.length;
      }
    }
    // The variants still hold talks: the edits broke a few lines, not every post.
    expect(talks).toBeGreaterThan(posts.length * 6);
  }, 120_000);
});
