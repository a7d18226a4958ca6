import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleName, currentBundle, ROOT } from '../../src/current-bundle.js';
import { forgetBundles, makeBundles, threadBundle } from '../../src/thread-bundle.ts';

const ENTRY = new URL('../../src/content/parse-worker.ts', import.meta.url);
let folder: string;

beforeAll(async () => {
  // Inside the project, as the real folder is: a bundle finds its packages in node_modules.
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  await mkdir(cache, { recursive: true });
  folder = await mkdtemp(join(cache, 'qcon-bundles-test-'));
  await makeBundles(folder, [
    'src/content/parse-worker.ts',
    'src/load-worker.ts',
    'adapters/main.ts',
  ]);
}, 90_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

function parseIn(bundle: URL, text: string): Promise<{ parsed?: { talks: { title: string }[] } }> {
  const worker = new Worker(`import(${JSON.stringify(bundle.href)});`, {
    eval: true,
    workerData: {},
  });
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: { ready?: true; json?: Uint8Array }) => {
      if (message.ready) {
        worker.postMessage({ id: 0, path: 'notes.md', text: new TextEncoder().encode(text) });
        return;
      }
      void worker.terminate();
      resolve(JSON.parse(new TextDecoder().decode(message.json)));
    });
  });
}

describe('threads started from a bundle of their code', () => {
  it('parse notes exactly as the TypeScript modules do', async () => {
    forgetBundles();
    const bundle = threadBundle(ENTRY, { folder, build: false });
    expect(bundle?.pathname).toMatch(/src-content-parse-worker\.[\w.]+\/entry\.mjs$/);
    const result = await parseIn(
      bundle as URL,
      '# Conf\n\n## Chaos engineering at scale\n\nNotes.\n',
    );
    expect(result.parsed?.talks.map((talk) => talk.title)).toEqual(['Chaos engineering at scale']);
  }, 30_000);

  it('are not used once a source file in them has changed: never stale code', async () => {
    const manifestPath = join(folder, `${bundleName('src/content/parse-worker.ts')}.json`);
    const saved = await readFile(manifestPath, 'utf8');
    const manifest = JSON.parse(saved) as { inputs: Record<string, string> };
    expect(Object.keys(manifest.inputs)).toContain('src/content/parse-notes.ts');
    manifest.inputs['src/content/parse-notes.ts'] = '0'.repeat(64);
    await writeFile(manifestPath, JSON.stringify(manifest));
    forgetBundles();
    expect(threadBundle(ENTRY, { folder, build: false })).toBeUndefined();
    await writeFile(manifestPath, saved);
    forgetBundles();
    expect(threadBundle(ENTRY, { folder, build: false })).toBeDefined();
  });

  it("of another checkout sharing the folder do not displace this checkout's", async () => {
    const ours = threadBundle(ENTRY, { folder, build: false });
    // Another checkout's manifest and bundle for the same entry, as its start would write them.
    const theirs = join(folder, `${bundleName('src/content/parse-worker.ts', '/elsewhere/')}.json`);
    await writeFile(theirs, JSON.stringify({ bundle: 'x.mjs', root: '/elsewhere/', inputs: {} }));
    try {
      forgetBundles();
      expect(threadBundle(ENTRY, { folder, build: false })?.href).toBe(ours?.href);
    } finally {
      await rm(theirs);
    }
  });

  it("start the loader's parse workers before loading the packages its steps need", async () => {
    forgetBundles();
    const entry = threadBundle(new URL('../../src/load-worker.ts', import.meta.url), {
      folder,
      build: false,
    });
    expect(entry).toBeDefined();
    // What the loader's first lines import (its entry and the chunks that imports) holds only
    // Node's modules and its own code: markdown-it, yaml and minisearch wait for its steps.
    const loaded = new Set<string>();
    const packages: string[] = [];
    const visit = async (url: URL): Promise<void> => {
      if (loaded.has(url.href)) return;
      loaded.add(url.href);
      const code = await readFile(url, 'utf8');
      for (const [, from] of code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gms)) {
        if (from?.startsWith('./')) await visit(new URL(from, url));
        else if (from && !from.startsWith('node:')) packages.push(from);
      }
    };
    await visit(entry as URL);
    expect(packages).toEqual([]);
    const all = await readFile(entry as URL, 'utf8');
    expect(all).toMatch(/import\("\.\/load-steps-[\w-]+\.mjs"\)/);
  });

  it('run the qcon command exactly as through tsx', async () => {
    const entry = currentBundle(folder, 'adapters/main.ts');
    expect(entry).toMatch(/adapters-main\.[\w.]+\/entry\.mjs$/);
    const run = promisify(execFile);
    const env = { ...process.env, LOG_LEVEL: 'silent', QCON_THREAD_BUNDLES: 'off' };
    const question = ['ask', '--json', 'who talked about microservices?'];
    const [bundled, throughTsx] = await Promise.all([
      run(process.execPath, [entry as string, ...question], { cwd: ROOT, env }),
      run(process.execPath, ['adapters/qcon.js', ...question], { cwd: ROOT, env }),
    ]);
    expect(JSON.parse(bundled.stdout).hits.length).toBeGreaterThan(1);
    expect(bundled.stdout).toBe(throughTsx.stdout);
  }, 60_000);

  it('made by code that itself runs from a bundle keep each module its own location', async () => {
    // The `qcon` command runs from its bundle, and makes the bundles of the next code version.
    await makeBundles(folder, ['src/thread-bundle.ts']);
    const bundler = currentBundle(folder, 'src/thread-bundle.ts') as string;
    const second = join(folder, 'second');
    const made = `const { makeBundles } = await import(${JSON.stringify(pathToFileURL(bundler).href)});
      await makeBundles(${JSON.stringify(second)}, ['src/content/parse-worker.ts']);`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', made], { cwd: ROOT });
    const entry = currentBundle(second, 'src/content/parse-worker.ts') as string;
    const parts = await readdir(dirname(entry));
    for (const part of parts)
      expect(await readFile(join(dirname(entry), part), 'utf8')).not.toContain('import.meta.url');
    const result = await parseIn(pathToFileURL(entry), '# Conf\n\n## Tracing at scale\n\nNotes.\n');
    expect(result.parsed?.talks.map((talk) => talk.title)).toEqual(['Tracing at scale']);
  }, 60_000);

  it('can be turned off', () => {
    forgetBundles();
    process.env.QCON_THREAD_BUNDLES = 'off';
    try {
      expect(threadBundle(ENTRY, { folder, build: false })).toBeUndefined();
    } finally {
      delete process.env.QCON_THREAD_BUNDLES;
    }
  });
});
