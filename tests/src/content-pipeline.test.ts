import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentLoader } from '../../src/content-loader.ts';
import { loadBot } from '../../src/load-bot.ts';
import { formatProblem, isError } from '../../src/model.ts';

let work: string;
let dir: string;
const loaders: ContentLoader[] = [];

const talk = (title: string, words: string) => `## ${title}\n* ${words}\n`;
const messages = (problems: { file: string; line: number; message: string }[]) =>
  problems.map((p) => formatProblem(p));
const HOSTILE_PARSER = new URL('../fixtures/parsers/hostile-parser.ts', import.meta.url).href;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-pipeline-'));
  dir = join(work, 'content');
  await mkdir(dir);
  await writeFile(join(dir, 'alpha.md'), talk('Serverless at scale', 'cold starts matter'));
  await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'partitions and consumers'));
});
afterEach(async () => {
  await Promise.all(loaders.splice(0).map((loader) => loader.close()));
  await rm(work, { recursive: true, force: true });
});

describe('an edit parses only the edited file', () => {
  it('reuses every other file from memory, and a new process from the disk cache', async () => {
    const cache = join(work, 'cache');
    const loader = new ContentLoader({ dir, cacheDir: cache });
    loaders.push(loader);
    const first = await loader.load();
    expect(first.stats).toMatchObject({ files: 2, parsed: 2, fromMemory: 0 });
    await writeFile(join(dir, 'beta.md'), talk('Kafka in practice', 'exactly once delivery'));
    const edited = await loader.load();
    expect(edited.stats).toMatchObject({ files: 2, parsed: 1, fromMemory: 1 });
    expect(edited.bot?.ask('delivery').kind).toBe('talks');
    expect(edited.bot?.ask('serverless').kind).toBe('talks');

    await writeFile(join(dir, 'alpha.md'), talk('Serverless at scale', 'billing by the ms'));
    const fresh = new ContentLoader({ dir, cacheDir: cache });
    loaders.push(fresh);
    const restarted = await fresh.load();
    expect(restarted.stats).toMatchObject({ parsed: 1, fromDisk: 1 });
    expect(restarted.bot?.ask('billing').kind).toBe('talks');
    // Three loads, each starting its threads: a busy machine took 22 s.
  }, 60_000);
});

describe('a parse that fails is that file’s error, and the rest still answers', () => {
  it.each([
    // Only the hanging parse needs a short time limit: on a busy machine, filling 64 MB can
    // take longer than 2 s, and would be reported as a hang.
    ['throw.md', /throw\.md: could not be parsed: the parser fell over/, 20_000],
    ['exit.md', /exit\.md: not read: the parser stopped \(exit code 3\)/, 20_000],
    ['oom.md', /oom\.md: not read: ran out of memory/, 20_000],
    ['hang.md', /hang\.md: not read: took longer than 2 s to parse/, 2000],
  ])(
    '%s',
    async (name, expected, timeoutMs) => {
      await writeFile(join(dir, name), talk('Doomed', 'never read'));
      const loaded = await loadBot(dir, undefined, {
        pool: { parser: HOSTILE_PARSER, heapMb: 64, timeoutMs },
      });
      expect(messages(loaded.problems)).toEqual([expect.stringMatching(expected)]);
      expect(loaded.bot?.ask('kafka').kind).toBe('talks');
      expect(loaded.bot?.ask('serverless').kind).toBe('talks');
      expect(loaded.library.talks.map((t) => t.title)).not.toContain('Doomed');
    },
    30_000,
  );

  it('a README the parser hangs on costs only its rows, with a warning naming it', async () => {
    await writeFile(
      join(dir, 'README.md'),
      '<!-- hang.md -->\n# Talks\n\n| Talk | Speaker |\n|---|---|\n| Kafka in practice | Ana Ruiz |\n',
    );
    const loaded = await loadBot(dir, undefined, {
      pool: { parser: HOSTILE_PARSER, timeoutMs: 2000 },
    });
    expect(messages(loaded.problems)).toEqual([
      expect.stringMatching(
        /README\.md: warning: its list of talks gives no speakers: not read: took longer than 2 s/,
      ),
    ]);
    expect(loaded.problems.some(isError)).toBe(false);
    expect(loaded.library.talks.map((t) => t.title)).toEqual([
      'Serverless at scale',
      'Kafka in practice',
    ]);
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
  }, 30_000);

  it.each(['exit.md', 'hang.md'])(
    'a file sent to the same worker behind %s is parsed by the next worker',
    async (name) => {
      // One worker gets a file and the next one ahead: alpha and beta, then the doomed file
      // with zulu behind it, which must not share its fate.
      await writeFile(join(dir, name), talk('Doomed', 'never read'));
      await writeFile(join(dir, 'zulu.md'), talk('Zulu time', 'clocks across regions'));
      const loaded = await loadBot(dir, undefined, {
        pool: { parser: HOSTILE_PARSER, threads: 1, timeoutMs: 2000 },
      });
      expect(messages(loaded.problems)).toEqual([expect.stringContaining(name)]);
      expect(loaded.library.talks.map((t) => t.title)).toEqual([
        'Serverless at scale',
        'Kafka in practice',
        'Zulu time',
      ]);
    },
    30_000,
  );
});

describe('limits and links', () => {
  it('refuses a file over the size limit by name, before reading it, and serves the rest', async () => {
    await writeFile(join(dir, 'huge.md'), '');
    await truncate(join(dir, 'huge.md'), 200 * 2 ** 20);
    const loaded = await loadBot(dir);
    expect(messages(loaded.problems)).toEqual([
      expect.stringMatching(/huge\.md: is 200\.0 MB, over the 4\.0 MB limit for one file/),
    ]);
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
  });

  it('serves a symlinked notes file inside the folder (a ConfigMap), named after the link', async () => {
    const data = join(dir, '..2024_06_01');
    await mkdir(data);
    await writeFile(join(data, 'gamma.md'), talk('Chaos engineering', 'game days'));
    await symlink('..2024_06_01', join(dir, '..data'));
    await symlink(join('..data', 'gamma.md'), join(dir, 'gamma.md'));
    const loaded = await loadBot(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.bot?.ask('chaos')).toMatchObject({
      kind: 'talks',
      hits: [{ event: 'gamma', title: 'Chaos engineering' }],
    });
  });

  it('refuses a symlink to a file outside the folder, naming the link', async () => {
    await writeFile(join(work, 'secret.md'), talk('Secret', 'not for the bot'));
    await symlink(join(work, 'secret.md'), join(dir, 'leak.md'));
    const loaded = await loadBot(dir);
    expect(messages(loaded.problems)).toEqual([
      expect.stringMatching(/leak\.md: is a link to a file outside the content folder/),
    ]);
    expect(loaded.bot?.ask('secret').kind).toBe('none');
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
  });
});

describe('notes files by their names', () => {
  it('reads Markdown however it ends, plain text and AsciiDoc, and no repository file', async () => {
    await writeFile(join(dir, 'gamma.markdown'), talk('Zero trust networking', 'mutual tls'));
    await writeFile(join(dir, 'delta.txt'), talk('Feature flags at scale', 'kill switches'));
    await writeFile(
      join(dir, 'eps.adoc'),
      '= Eps 2024\n\n== Rust in the kernel -- Jane Doe (Ferrous)\n\n* unsafe blocks\n',
    );
    await writeFile(
      join(dir, 'CHANGELOG.md'),
      '# Changelog\n\n## [1.1.0]\n\n### Added\n- zebra notes\n',
    );
    await writeFile(join(dir, 'README.txt'), talk('About this folder', 'zebras'));
    const loaded = await loadBot(dir);
    expect(loaded.library.events.map((e) => e.id)).toEqual([
      'alpha',
      'beta',
      'delta',
      'eps',
      'gamma',
    ]);
    expect(loaded.bot?.ask('mutual tls').kind).toBe('talks');
    expect(loaded.bot?.ask('kill switches').kind).toBe('talks');
    const rust = loaded.bot?.ask('rust in the kernel');
    expect(rust?.kind === 'talks' && rust.hits[0]?.speakers).toEqual([
      { name: 'Jane Doe', company: 'Ferrous' },
    ]);
    expect(loaded.bot?.ask('zebras').kind).toBe('none');
    expect(loaded.problems).toEqual([]);
  });

  it('reads one file of an event, and says which documents are not read', async () => {
    await writeFile(join(dir, 'beta.txt'), talk('Hidden twin', 'zebras'));
    await writeFile(join(dir, 'strangeloop.docx'), 'PK\u0003\u0004');
    await writeFile(join(dir, 'photo.png'), 'not notes');
    const loaded = await loadBot(dir);
    expect(messages(loaded.problems)).toEqual([
      expect.stringMatching(
        /beta\.txt: names the same event as beta\.md \("beta"\), which is read: rename one of them$/,
      ),
      expect.stringMatching(
        /strangeloop\.docx: warning: is not read: notes are Markdown .* save or export it as Markdown$/,
      ),
    ]);
    expect(loaded.bot?.ask('zebras').kind).toBe('none');
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
  });
});

describe('problems', () => {
  it('reads a sub-folder of notes, not the credits beside the images, and still caches it', async () => {
    await mkdir(join(dir, 'strangeloop-2019'));
    await writeFile(join(dir, 'strangeloop-2019', 'one.md'), talk('Hidden talk', 'zebras'));
    await writeFile(join(dir, 'strangeloop-2019', 'two.md'), talk('Other hidden', 'zebras'));
    await mkdir(join(dir, 'images'));
    await writeFile(join(dir, 'images', 'credits.txt'), 'Photos by Ana Reyes\n');
    const cache = join(work, 'cache');
    const loaded = await loadBot(dir, cache);
    expect(messages(loaded.problems)).toEqual([]);
    expect(loaded.bot?.ask('zebras').kind).toBe('talks');
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
    // The folder's files are one conference, named after the folder: one event.
    expect(loaded.files.map((f) => f.event).filter((e) => e.startsWith('strange'))).toEqual([
      'strangeloop-2019',
      'strangeloop-2019',
    ]);
    expect((await loadBot(dir, cache)).fromCache).toBe(true);
  });

  it('starts with content that has only warnings, and caches it', async () => {
    await writeFile(join(dir, 'empty.md'), 'Just an introduction, no talks yet.\n');
    const cache = join(work, 'cache');
    const loaded = await loadBot(dir, cache);
    expect(loaded.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/empty\.md$/), severity: 'warning' }),
    ]);
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
    const again = await loadBot(dir, cache);
    expect(again.fromCache).toBe(true);
    expect(again.problems).toEqual(loaded.problems);
  });

  it('serves the other files when one has errors, but refuses content where nothing can be read', async () => {
    await writeFile(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\n## A talk\n* x\n');
    const loaded = await loadBot(dir);
    expect(loaded.problems.filter(isError)).toHaveLength(1);
    expect(loaded.bot?.ask('kafka').kind).toBe('talks');
    expect(loaded.library.events.map((e) => e.id)).toEqual(['alpha', 'beta']);

    await rm(join(dir, 'alpha.md'));
    await rm(join(dir, 'beta.md'));
    const nothing = await loadBot(dir);
    expect(nothing.bot).toBeUndefined();
    expect(nothing.problems.filter(isError)).toHaveLength(1);
  });

  it('finds each talk in its own file when a file read between them has errors', async () => {
    // Files are indexed as they are read: the one left out must not shift the talks after it.
    await writeFile(join(dir, 'b.md'), '---\ntitle: [unclosed\n---\n## Broken talk\n* zebra\n');
    await writeFile(join(dir, 'gamma.md'), talk('Zebra stripes', 'zebra crossing patterns'));
    const loaded = await loadBot(dir);
    const first = (question: string) => {
      const answer = loaded.bot?.ask(question);
      return answer?.kind === 'talks' ? answer.hits.map((hit) => hit.title) : answer?.kind;
    };
    expect(first('zebra')).toEqual(['Zebra stripes']);
    expect(first('kafka')).toEqual(['Kafka in practice']);
    expect(first('serverless')).toEqual(['Serverless at scale']);
  });

  it('reads synonyms.yaml beside the notes, and names its problems', async () => {
    await writeFile(join(dir, 'synonyms.yaml'), 'synonyms:\n  k8s: kubernetes\n');
    const loaded = await loadBot(dir);
    expect(loaded.library.synonyms).toEqual({ k8s: ['kubernetes'] });
    await writeFile(join(dir, 'synonyms.yaml'), 'synonyms:\n  a: &x [b]\n  c: *x\n');
    const broken = await loadBot(dir);
    expect(messages(broken.problems)).toEqual([expect.stringMatching(/synonyms\.yaml:\d+: /)]);
    expect(broken.bot?.ask('kafka').kind).toBe('talks');
  });
});
