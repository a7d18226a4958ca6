import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STALE_MS } from '../../src/build-lock.ts';
import { loadBot, streamedKey } from '../../src/load-bot.ts';
import { snapshotPath } from '../../src/snapshot-store.ts';
import { CONTENT_DIR } from '../helpers.ts';

/** Processes sharing a cache folder build a missing snapshot once; the others start from it. */
let work: string;
let content: string;
let cache: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-lock-'));
  content = join(work, 'content');
  cache = join(work, 'cache');
  await cp(CONTENT_DIR, content, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const lockOf = async () => `${snapshotPath(cache, (await streamedKey(content)) as string)}.lock`;

describe('replicas starting together on notes with no snapshot', () => {
  it('build it once: the others wait for it and answer the same from it', async () => {
    const all = await Promise.all([
      loadBot(content, cache),
      loadBot(content, cache),
      loadBot(content, cache),
    ]);
    expect(all.map((loaded) => loaded.fromCache).sort()).toEqual([false, true, true]);
    const built = all.find((loaded) => !loaded.fromCache);
    for (const loaded of all)
      expect(loaded.bot?.ask('microservices')).toEqual(built?.bot?.ask('microservices'));
    // Nothing is left behind but the snapshot and the parsed files.
    expect((await readdir(cache)).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });

  it('take over a lock left by a process that died while building', async () => {
    const lock = await lockOf();
    await mkdir(cache, { recursive: true });
    await writeFile(lock, '12345@elsewhere\n');
    const long = new Date(Date.now() - STALE_MS - 5_000);
    await utimes(lock, long, long);
    const loaded = await loadBot(content, cache);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.library.talks.length).toBe(10);
    expect((await readdir(cache)).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });

  it('take over at once a lock whose process on this machine is gone (killed with no chance to clean up)', async () => {
    const ended = spawnSync('true');
    const lock = await lockOf();
    await mkdir(cache, { recursive: true });
    await writeFile(lock, `${ended.pid}@${hostname()}\n`);
    const loaded = await loadBot(content, cache);
    expect(loaded.fromCache).toBe(false);
    expect((await readdir(cache)).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });

  it('build it themselves when the builder lets go without a snapshot (its notes had errors)', async () => {
    const lock = await lockOf();
    await mkdir(cache, { recursive: true });
    await writeFile(lock, '12345@here\n');
    const waiting = loadBot(content, cache);
    setTimeout(() => void rm(lock, { force: true }), 300);
    const loaded = await waiting;
    expect(loaded.fromCache).toBe(false);
    expect(loaded.bot?.ask('microservices')).toMatchObject({ kind: 'talks' });
  });
});
