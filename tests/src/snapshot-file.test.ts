import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot.ts';
import { assembleContent, loadContent } from '../../src/content/load-content.ts';
import { readNotesFiles } from '../../src/content/notes-files.ts';
import { parseFile } from '../../src/content/parse-file.ts';
import { TalkIndex } from '../../src/search/talk-index.ts';
import { decodeSnapshot, encodeSnapshot, readSnapshotFile } from '../../src/snapshot-file.ts';
import { CONTENT_DIR, FIXTURES_DIR } from '../helpers.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'qcon-snapshot-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the snapshot file', () => {
  it('gives back the library, notes included, and an index that answers the same', async () => {
    const content = await loadContent(join(FIXTURES_DIR, 'second-event'));
    const bot = new Bot(content.library);
    const path = join(work, 'second-event.snapshot');
    await writeFile(
      path,
      encodeSnapshot({ files: content.files, library: content.library, index: bot.snapshot() }),
    );
    const loaded = await readSnapshotFile(path);
    expect(JSON.parse(JSON.stringify(loaded.library))).toEqual(content.library);
    expect(loaded.files).toEqual(content.files);
    const again = new Bot(loaded.library, loaded.index);
    for (const question of ['microservices', 'talk spotify', 'securty', 'qqq', 'list page 2'])
      expect(again.ask(question), question).toEqual(bot.ask(question));
  });

  it('reads notes even after the file is replaced or deleted (a newer snapshot pruned it)', async () => {
    const content = await loadContent(CONTENT_DIR);
    const path = join(work, 'shipped.snapshot');
    const snapshot = {
      files: content.files,
      library: content.library,
      index: new Bot(content.library).snapshot(),
    };
    await writeFile(path, encodeSnapshot(snapshot));
    const loaded = await readSnapshotFile(path);
    await rm(path);
    expect(loaded.library.talks.map((t) => t.notes)).toEqual(
      content.library.talks.map((t) => t.notes),
    );
  });

  it('decodes from bytes in memory (a reload) and from the file to the same warnings and files', async () => {
    const content = await loadContent(join(FIXTURES_DIR, 'second-event'));
    const bot = new Bot(content.library);
    const problems = [{ file: 'x.md', line: 3, message: 'doubtful', severity: 'warning' as const }];
    const bytes = encodeSnapshot({
      files: content.files,
      library: content.library,
      index: bot.snapshot(),
      problems,
    });
    const decoded = await decodeSnapshot(bytes);
    expect(JSON.parse(JSON.stringify(decoded.library))).toEqual(content.library);
    expect(decoded.problems).toEqual(problems);
    expect(decoded.files).toEqual(content.files);
    // A start from the file (`qcon check` from the cache) keeps the same warnings.
    const path = join(work, 'with-warnings.snapshot');
    await writeFile(path, bytes);
    expect((await readSnapshotFile(path)).problems).toEqual(problems);
    expect(new Bot(decoded.library, decoded.index).ask('microservices')).toEqual(
      bot.ask('microservices'),
    );
  });

  it('decodes a big library from bytes exactly, its talks read a chunk of lines at a time', async () => {
    // 3,000 talks (~2 MB of talk lines, several chunks), with letters of two and four bytes in
    // UTF-8 on every line, so chunks end next to them.
    const content = await loadContent(CONTENT_DIR);
    const talks = Array.from({ length: 300 }, (_, copy) =>
      content.library.talks.map((talk) => ({
        ...talk,
        id: `${talk.id}-${copy}`,
        title: `${talk.title} — Übung ${copy} 🚀 مرحبا`,
        summary: `${talk.summary ?? ''} ${'é'.repeat(copy % 97)}`,
      })),
    ).flat();
    const library = { ...content.library, talks };
    const bot = new Bot(library);
    const bytes = encodeSnapshot({ files: content.files, library, index: bot.snapshot() });
    const decoded = await decodeSnapshot(bytes);
    expect(JSON.parse(JSON.stringify(decoded.library))).toEqual(
      JSON.parse(JSON.stringify(library)),
    );
    // A running bot makes its index in slices; it answers as one made at once.
    const index = await TalkIndex.restore(decoded.library, decoded.index, () => Promise.resolve());
    const restored = new Bot(decoded.library, index);
    for (const question of ['microservices', 'übung 299', 'talk uber-0', 'qqq', 'list page 40'])
      expect(restored.ask(question), question).toEqual(bot.ask(question));
  });

  it('rejects a file cut short instead of answering from half an index', async () => {
    const content = await loadContent(CONTENT_DIR);
    const bytes = encodeSnapshot({
      files: content.files,
      library: content.library,
      index: new Bot(content.library).snapshot(),
    });
    const path = join(work, 'cut.snapshot');
    await writeFile(path, bytes.subarray(0, bytes.length - 100));
    await expect(readSnapshotFile(path)).rejects.toThrow();
  });
});

describe('parsing in worker threads', () => {
  it('gives exactly the library and problems of parsing in one thread', async () => {
    for (const dir of [join(FIXTURES_DIR, 'second-event'), join(FIXTURES_DIR, 'broken')]) {
      const read = await readNotesFiles(dir);
      if ('problem' in read) throw new Error(read.problem.message);
      const { stats: _stats, ...content } = await loadContent(dir);
      expect(content).toEqual(assembleContent(dir, read.files.map(parseFile)));
    }
  });
});
