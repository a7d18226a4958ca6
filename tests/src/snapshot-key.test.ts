import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
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
