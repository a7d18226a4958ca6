import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentLoader } from '../../src/content-loader.ts';

const LOGGING_PARSER = new URL('../fixtures/parsers/logging-parser.ts', import.meta.url).href;
const talk = (title: string, words: string) => `## ${title}\n* ${words}\n`;

let work: string;
let dir: string;
let log: string;
let loader: ContentLoader | undefined;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-warm-'));
  dir = join(work, 'content');
  log = join(work, 'parsed.log');
  await mkdir(dir);
  await writeFile(join(dir, 'alpha.md'), talk('Serverless at scale', 'cold starts matter'));
  await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'partitions and consumers'));
  await writeFile(join(dir, 'gamma.md'), talk('Rust in production', 'ownership pays off'));
  process.env.QCON_TEST_PARSE_LOG = log;
});
afterEach(async () => {
  delete process.env.QCON_TEST_PARSE_LOG;
  await loader?.close();
  await rm(work, { recursive: true, force: true });
});

/** Each line of the log: [thread id, file name, files that thread had parsed then]. */
async function parses(): Promise<[string, string, number][]> {
  const text = await readFile(log, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .map(([thread = '', file = '', count = '0']) => [thread, file, Number(count)]);
}

describe("a running bot's first edit", () => {
  it('is parsed by a worker that is already running and has parsed before', async () => {
    loader = new ContentLoader({ dir, pool: { parser: LOGGING_PARSER, spareAfterMs: 0 } });
    // What a running bot does once it watches its folder: every file read into the caches.
    await loader.prime();
    const primed = (await parses()).length;
    expect(primed).toBe(3);
    // Then, in the background, a new worker parses one file to be ready for the next edit.
    const deadline = Date.now() + 30_000;
    while ((await parses()).length === primed && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const [spare] = (await parses()).slice(primed);
    expect(spare?.[2]).toBe(1);

    await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'exactly once delivery'));
    const edited = await loader.load();
    expect(edited.stats).toMatchObject({ parsed: 1 });
    expect(edited.bot?.ask('delivery').kind).toBe('talks');
    const last = (await parses()).at(-1);
    expect(last?.[1]).toBe('beta.md');
    expect(last?.[0]).toBe(spare?.[0]);
    expect(last?.[2]).toBe(2);
  }, 60_000);

  it('made while the bot is still priming, waits for no other parse', async () => {
    await writeFile(join(dir, 'slow.md'), talk('Slow notes', 'a second to read'));
    loader = new ContentLoader({ dir, pool: { parser: LOGGING_PARSER, spareAfterMs: 0 } });
    const priming = loader.prime();
    // The folder read (a file parsed already), the slow file still parsing: then the edit.
    while ((await parses()).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'exactly once delivery'));
    const edited = await loader.load();
    await priming;
    expect(edited.bot?.ask('delivery').kind).toBe('talks');
    // The four files primed, then the edited one at once: no file parsed again to warm up first.
    expect((await parses()).map(([, file]) => file).slice(4)).toEqual(['beta.md']);
  }, 60_000);

  it('is not kept waiting by a file that hung the parser before', async () => {
    // The largest file: the one a worker would parse to warm up, if its parse had not failed.
    await writeFile(join(dir, 'hang.md'), talk('Never read', 'x '.repeat(500)));
    loader = new ContentLoader({
      dir,
      pool: { parser: LOGGING_PARSER, timeoutMs: 1000, spareAfterMs: 0 },
    });
    await loader.prime();
    const deadline = Date.now() + 30_000;
    while ((await parses()).length === 3 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const spare = (await parses())[3];
    expect(spare?.[1]).toMatch(/^(alpha|beta|gamma)\.md$/);

    await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'exactly once delivery'));
    const edited = await loader.load();
    expect(edited.bot?.ask('delivery').kind).toBe('talks');
    expect((await parses()).at(-1)).toEqual([spare?.[0], 'beta.md', 2]);
  }, 60_000);

  it('is not kept waiting by a file whose last edit hung the parser', async () => {
    const pool = { parser: LOGGING_PARSER, timeoutMs: 1000, spareAfterMs: 0 };
    loader = new ContentLoader({ dir, pool, keepLastGood: true });
    await loader.prime();
    // Two files edited at once, the largest so that its parse hangs: it is served as it was.
    await writeFile(join(dir, 'gamma.md'), `<!-- hang -->\n${talk('Rust', 'x '.repeat(500))}`);
    await writeFile(join(dir, 'alpha.md'), talk('Serverless at scale', 'billing by the ms'));
    const reloaded = await loader.load();
    expect(reloaded.bot?.ask('billing').kind).toBe('talks');
    const before = (await parses()).length;
    const deadline = Date.now() + 30_000;
    while ((await parses()).length === before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const spare = (await parses())[before];
    expect(spare?.[1]).toMatch(/^(alpha|beta)\.md$/);
  }, 60_000);

  it('made just after priming, does not wait for the warm-up', async () => {
    // The default: the spare is made 5 s after priming, not while an author is already editing.
    loader = new ContentLoader({ dir, pool: { parser: LOGGING_PARSER } });
    await loader.prime();
    await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'exactly once delivery'));
    const edited = await loader.load();
    expect(edited.bot?.ask('delivery').kind).toBe('talks');
    expect((await parses()).slice(3)).toEqual([[expect.any(String), 'beta.md', 1]]);
  }, 60_000);
});
