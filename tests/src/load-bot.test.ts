import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanContent } from '../../src/content/scan-content.ts';
import { loadBot, streamedKey } from '../../src/load-bot.ts';
import { CONTENT_DIR } from '../helpers.ts';

let work: string;
let content: string;
let cache: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-cache-'));
  content = join(work, 'content');
  cache = join(work, 'cache');
  await cp(CONTENT_DIR, content, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

// Each case starts threads and loads the notes two or three times: ~2 s alone, but over the
// default 20 s on a machine running other test suites too.
describe('the index snapshot cache', { timeout: 60_000 }, () => {
  it('starts the second time from the snapshot, answering exactly as a fresh build does', async () => {
    const first = await loadBot(content, cache);
    const second = await loadBot(content, cache);
    expect([first.fromCache, second.fromCache]).toEqual([false, true]);
    for (const question of [
      'microservices',
      'cryptocurency',
      'talk uber',
      'topics',
      'kubernetes',
      'micro',
    ]) {
      expect(second.bot?.ask(question), question).toEqual(first.bot?.ask(question));
    }
    expect(second.bot?.complete('cul')).toEqual(first.bot?.complete('cul'));
  });

  it('finds the snapshot before starting any thread, also in a folder with a README and synonyms', async () => {
    // The shipped folder has a README; a key that left it out missed the snapshot at every start
    // and started the loader thread to find it (the same answer, ~0.2 s later).
    await writeFile(join(content, 'synonyms.yaml'), 'k8s: [kubernetes]\n');
    const scanned = await scanContent(content);
    expect('key' in scanned && scanned.key).toBeTruthy();
    expect(await streamedKey(content)).toBe('key' in scanned ? scanned.key : undefined);
  });

  it('is never stale: an edited notes file is parsed again and its change answered', async () => {
    await loadBot(content, cache);
    await writeFile(
      join(content, 'extra.md'),
      '## Serverless at scale\n* cold starts matter a lot\n',
    );
    const edited = await loadBot(content, cache);
    expect(edited.fromCache).toBe(false);
    expect(edited.bot?.ask('serverless').kind).toBe('talks');
  });

  it('serves content with an error but never caches it whole', async () => {
    await writeFile(join(content, 'broken.md'), '---\ntitle: [unclosed\n---\n## Same\n* a\n');
    const broken = await loadBot(content, cache);
    expect(broken.problems).toHaveLength(1);
    expect(broken.bot?.ask('netflix').kind).toBe('talks');
    expect((await readdir(cache)).filter((name) => name.endsWith('.snapshot'))).toEqual([]);
    expect((await loadBot(content, cache)).fromCache).toBe(false);
  });

  it('is built again where what it holds was cut short (a crash, a full disk)', async () => {
    const first = await loadBot(content, cache);
    const kept = async (folder: string, end: string) =>
      (await readdir(folder))
        .filter((name) => name.endsWith(end))
        .map((name) => join(folder, name));
    const damaged = [
      ...(await kept(cache, '.snapshot')),
      ...(await kept(join(cache, 'parsed'), '.json')),
    ];
    expect(damaged.length).toBeGreaterThan(1);
    for (const [i, path] of damaged.entries()) await truncate(path, [0, 100, 1000][i % 3]);
    const again = await loadBot(content, cache);
    expect(again.problems).toEqual([]);
    for (const question of ['microservices', 'talk uber', 'topics'])
      expect(again.bot?.ask(question), question).toEqual(first.bot?.ask(question));
    // Written over: the next start is from the snapshot again.
    expect((await loadBot(content, cache)).fromCache).toBe(true);
  });

  it('parses a file again where its cached parse is damaged in its middle', async () => {
    const first = await loadBot(content, cache);
    for (const name of await readdir(cache))
      if (name.endsWith('.snapshot')) await rm(join(cache, name));
    const parsed = join(cache, 'parsed');
    const jsons = (await readdir(parsed)).filter((name) => name.endsWith('.json'));
    expect(jsons.length).toBeGreaterThan(0);
    for (const name of jsons) {
      const bytes = await readFile(join(parsed, name));
      bytes.write('"}]\u0000{', bytes.length >> 1);
      await writeFile(join(parsed, name), bytes);
    }
    const again = await loadBot(content, cache);
    expect(again.problems).toEqual([]);
    for (const question of ['microservices', 'talk uber', 'topics'])
      expect(again.bot?.ask(question), question).toEqual(first.bot?.ask(question));
    // Written over with a whole parse.
    for (const name of jsons)
      expect(() => JSON.parse(readFileSync(join(parsed, name), 'utf8'))).not.toThrow();
  });

  it('works without a cache folder, and with one that cannot be written', async () => {
    expect((await loadBot(content)).bot?.ask('netflix').kind).toBe('talks');
    await writeFile(join(work, 'a-file'), '');
    expect((await loadBot(content, join(work, 'a-file', 'cache'))).bot?.ask('netflix').kind).toBe(
      'talks',
    );
  });
});

describe('a one-off load', () => {
  it('leaves no thread behind: a process that loads, answers and is done exits by itself', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const script = `
      const { loadBot } = await import(${JSON.stringify(new URL('../../src/load-bot.ts', import.meta.url).href)});
      const loaded = await loadBot(${JSON.stringify(content)}, ${JSON.stringify(cache)});
      process.stdout.write(String(loaded.bot?.ask('microservices').kind));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { timeout: 60_000 },
    );
    expect(stdout).toBe('talks');
  }, 70_000);
});
