import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { codeHashOf } from '../../src/content-key.ts';
import { loadBot } from '../../src/load-bot.ts';
import { CONTENT_DIR } from '../helpers.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-key-'));
  await cp(CONTENT_DIR, join(work, 'content'), { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

it('shares one snapshot however the content folder is spelled', async () => {
  const absolute = join(work, 'content');
  const cache = join(work, 'cache');
  expect((await loadBot(relative(process.cwd(), absolute), cache)).fromCache).toBe(false);
  expect((await loadBot(absolute, cache)).fromCache).toBe(true);
  expect((await loadBot(`${absolute}/`, cache)).fromCache).toBe(true);
});

it('keys cached parses by every module of src/ a parser may import, not only its own folders', async () => {
  // A copy of the code's shape: the parser's folders and a shared module beside them.
  const src = join(work, 'src');
  for (const folder of ['content', 'search']) await mkdir(join(src, folder), { recursive: true });
  await writeFile(join(work, 'package-lock.json'), '{}');
  await writeFile(join(src, 'content', 'parse.ts'), "import { clean } from '../text.ts';");
  await writeFile(join(src, 'search', 'index.ts'), 'export {};');
  await writeFile(join(src, 'text.ts'), 'export const clean = (s: string) => s.trim();');
  const before = await codeHashOf(src);
  expect(await codeHashOf(src)).toBe(before);
  // An edit of the shared module changes what a file parses to: the cached parse is not reused.
  await writeFile(join(src, 'text.ts'), 'export const clean = (s: string) => s;');
  expect(await codeHashOf(src)).not.toBe(before);
});
