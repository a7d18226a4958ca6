import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.ts';
import { ContentLoader } from '../../src/content-loader.ts';

/**
 * A running bot's loader keeps each file's counted words on disk beside its parse, and a
 * restarted bot's priming takes them back instead of counting every talk's words again (at 10k
 * talks ~1 s that its first edit waited for).
 */
const talk = (title: string, words: string) => `## ${title}\n* ${words}\n`;

let work: string;
let dir: string;
let cacheDir: string;
let loader: ContentLoader | undefined;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-kept-'));
  dir = join(work, 'content');
  cacheDir = join(work, 'cache');
  await mkdir(dir);
  await writeFile(join(dir, 'alpha.md'), talk('Serverless at scale', 'cold starts matter'));
  await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'partitions and consumers'));
  await writeFile(join(dir, 'gamma.md'), talk('Rust in production', 'ownership pays off'));
});
afterEach(async () => {
  await loader?.close();
  await rm(work, { recursive: true, force: true });
});

const titles = (answer: Answer | undefined) =>
  answer?.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [];

/** A first run: primed (every file's words counted), then stopped. */
async function firstRun(): Promise<Map<string, string>> {
  const first = new ContentLoader({ dir, cacheDir });
  await first.prime();
  await first.close();
  // Each kept file of words, by the title of the talk its parse beside it holds.
  const folder = join(cacheDir, 'parsed');
  const byTitle = new Map<string, string>();
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.words')) continue;
    const parse = await readFile(join(folder, name.replace(/\.words$/, '.json')), 'utf8');
    const title = /"title":"([^"]+)"/.exec(parse)?.[1] ?? '';
    byTitle.set(title, join(folder, name));
  }
  return byTitle;
}

/** A restarted bot: primed from the cache, then a file edited. */
async function restartAndEdit() {
  loader = new ContentLoader({ dir, cacheDir });
  await loader.prime();
  await writeFile(join(dir, 'gamma.md'), talk('Rust in production', 'ownership and borrowing'));
  return loader.load();
}

describe('a restarted bot', () => {
  it("takes each file's words as the last run counted them", async () => {
    const kept = await firstRun();
    expect([...kept.keys()].sort()).toEqual([
      'Kafka in practice',
      'Rust in production',
      'Serverless at scale',
    ]);
    // The words kept for two files swapped on disk: taken as kept (not counted again from the
    // talks), each talk now answers for the other's words.
    const serverless = await readFile(kept.get('Serverless at scale') as string);
    const kafka = await readFile(kept.get('Kafka in practice') as string);
    await writeFile(kept.get('Serverless at scale') as string, kafka);
    await writeFile(kept.get('Kafka in practice') as string, serverless);
    const edited = await restartAndEdit();
    expect(titles(edited.bot?.ask('borrowing'))).toEqual(['Rust in production']);
    expect(titles(edited.bot?.ask('partitions'))).toEqual(['Serverless at scale']);
  }, 60_000);

  it('counts the words again where what was kept is cut short', async () => {
    const kept = await firstRun();
    expect(kept.size).toBe(3);
    for (const path of kept.values()) await truncate(path, 24);
    const edited = await restartAndEdit();
    expect(titles(edited.bot?.ask('borrowing'))).toEqual(['Rust in production']);
    expect(titles(edited.bot?.ask('partitions'))).toEqual(['Kafka in practice']);
    expect(titles(edited.bot?.ask('cold starts'))).toEqual(['Serverless at scale']);
  }, 60_000);

  it('parses a file again where its cached parse is damaged in its middle', async () => {
    const kept = await firstRun();
    for (const words of kept.values()) {
      // No words kept: priming must decode each parse to count its words.
      await rm(words);
      const parse = words.replace(/\.words$/, '.json');
      const bytes = await readFile(parse);
      bytes.write('"}]\u0000{', bytes.length >> 1);
      await writeFile(parse, bytes);
    }
    const edited = await restartAndEdit();
    expect(edited.problems).toEqual([]);
    expect(titles(edited.bot?.ask('borrowing'))).toEqual(['Rust in production']);
    expect(titles(edited.bot?.ask('partitions'))).toEqual(['Kafka in practice']);
    for (const words of kept.values())
      expect(() =>
        JSON.parse(readFileSync(words.replace(/\.words$/, '.json'), 'utf8')),
      ).not.toThrow();
  }, 60_000);
});
