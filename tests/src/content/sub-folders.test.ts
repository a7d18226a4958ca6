import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { scanContent } from '../../../src/content/scan-content.ts';
import { loadBot, streamedKey } from '../../../src/load-bot.ts';
import { writeFiles } from './folder-fixture.ts';
import { who } from './shape-fixture.ts';

/** Notes kept in sub-folders of the content folder: by year, by conference, a notes repository. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-folders-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes each file (path relative to the content folder), making its folders. */
const files = (entries: Record<string, string>) => writeFiles(dir, entries);

const messages = (problems: { file: string; message: string }[]) =>
  problems.map((p) => `${p.file.slice(p.file.indexOf('qcon-folders-'))}: ${p.message}`);

describe('notes in sub-folders', () => {
  it("reads them after the folder's own files, one event per file named after its folder too, so one name in two years is two events", async () => {
    await files({
      'kubecon.md':
        '# KubeCon 2024\n\n## Operators in anger — Ana Reyes (Kubely)\n\n- reconcile loops\n',
      '2019/qcon.md': '# QCon 2019\n\n## Zebras at scale — Tom Berg (Fjordpay)\n\n- stripes\n',
      '2020/qcon.md':
        '# QCon 2020\n\n## Remote-first teams — Lia Chen (Nordlys)\n\n- async by default\n',
      'Archive/Old Talks/DevConf.md': '## Serverless at scale\n\n- cold starts matter\n',
    });
    const { library, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(library.events.map((e) => `${e.id}: ${e.name}`)).toEqual([
      'kubecon: KubeCon 2024',
      '2019-qcon: QCon 2019',
      '2020-qcon: QCon 2020',
      'archive-old-talks-devconf: archive-old-talks-devconf',
    ]);
    expect(library.talks.map((t) => `${t.event}/${t.id} ${who(t)}`)).toEqual([
      'kubecon/operators-in-anger Ana Reyes @ Kubely',
      '2019-qcon/zebras-at-scale Tom Berg @ Fjordpay',
      '2020-qcon/remote-first-teams Lia Chen @ Nordlys',
      'archive-old-talks-devconf/serverless-at-scale ',
    ]);
    const loaded = await loadBot(dir);
    expect(loaded.bot?.ask('zebras').kind).toBe('talks');
  });

  it("merges a sub-folder's one-talk files under its own README, and only those", async () => {
    await files({
      'README.md': '# Talks from Harbourconf 2024\n',
      'keynote.md': '# Open by default\n\nSpeaker: Ada Berg (Lumen)\n\n- open data\n',
      'strangeloop-2019/README.md': '# Notes from Strange Loop 2019\n\nOne file per talk.\n',
      'strangeloop-2019/types.md': '# Types as design\n\nSpeaker: Rui Sol\n\n- make it total\n',
      'strangeloop-2019/loops.md': '# Feedback loops\n\nSpeaker: Ida Holm\n\n- shorter\n',
    });
    const { library, files: read } = await loadContent(dir);
    expect(library.events.map((e) => `${e.id}: ${e.name}`)).toEqual([
      'harbourconf-2024: Harbourconf 2024',
      'strange-loop-2019: Strange Loop 2019',
    ]);
    expect(library.talks.map((t) => `${t.event}/${t.id} ${who(t)}`)).toEqual([
      'harbourconf-2024/open-by-default Ada Berg @ Lumen',
      'strange-loop-2019/feedback-loops Ida Holm',
      'strange-loop-2019/types-as-design Rui Sol',
    ]);
    expect(read.map((f) => f.event)).toEqual([
      'harbourconf-2024',
      'strange-loop-2019',
      'strange-loop-2019',
    ]);
  });

  it('leaves out plain text, dot-folders, node_modules and folders too deep, warning only about notes too deep', async () => {
    await files({
      'talks.md': '## Kafka in practice\n\n- partitions\n',
      'images/credits.txt': 'Photos by Ana Reyes\n',
      '.obsidian/workspace.md': '## Not a talk\n\n- editor state\n',
      'node_modules/pkg/notes.md': '## Not a talk either\n\n- a package\n',
      'a/b/c/d/deep.md': '## Too deep\n\n- four levels down\n',
      'a/b/c/shallow.md': '## Deep enough\n\n- three levels down\n',
    });
    const { library, problems } = await loadContent(dir);
    expect(library.talks.map((t) => t.title)).toEqual(['Kafka in practice', 'Deep enough']);
    expect(messages(problems)).toEqual([
      expect.stringMatching(
        /a\/b\/c\/d\/: holds a notes file in a sub-folder that is not read: sub-folders are read 3 levels deep, .* move it up to be read$/,
      ),
    ]);
  });

  it("leaves out a notes repository's templates, saying so for a template file, and reads a talk named so", async () => {
    await files({
      'kubecon-2024.md': '## Operators in anger\n\n- reconcile loops\n',
      'TEMPLATE.md': '## Talk title\n\nSpeaker: {{speaker}}\n\n- notes\n',
      'notes/talk-template.md': '## Title of the talk\n\n- key points\n',
      'Templates/conference.md': '## {{title}}\n\n- what was said\n',
      'notes/template-driven-ui.md': '## Template-driven UIs\n\n- forms\n',
    });
    const { library, problems } = await loadContent(dir);
    expect(library.talks.map((t) => t.title)).toEqual([
      'Operators in anger',
      'Template-driven UIs',
    ]);
    expect(messages(problems)).toEqual([
      expect.stringMatching(/\/TEMPLATE\.md: is taken for a template of notes, and not read/),
      expect.stringMatching(/notes\/talk-template\.md: is taken for a template/),
    ]);
  });

  it('says a linked folder is not read, and reads a linked notes file inside the folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'qcon-outside-'));
    try {
      await writeFile(join(outside, 'hidden.md'), '## Zebras outside\n\n- stripes\n');
      await files({ 'fjord/talks.md': '## Kafka in practice\n\n- partitions\n' });
      await symlink(outside, join(dir, 'linked'));
      await symlink(join(dir, 'fjord', 'talks.md'), join(dir, 'fjord', 'again.md'));
      const { library, problems } = await loadContent(dir);
      expect(library.talks.map((t) => `${t.event} ${t.title}`)).toEqual([
        'fjord-again Kafka in practice',
        'fjord-talks Kafka in practice',
      ]);
      expect(messages(problems)).toEqual([
        expect.stringMatching(
          /linked\/: is a link to a folder, which is not read .*: copy or move the notes in$/,
        ),
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("keys the snapshot by every folder's files and READMEs, found again before any thread starts", async () => {
    await files({
      'talks.md': '## Kafka in practice\n\n- partitions\n',
      'fjord/README.md': '# Notes from FjordConf 2025\n',
      'fjord/one.md': '# Types as design\n\nSpeaker: Rui Sol\n\n- make it total\n',
    });
    const cache = join(dir, '.cache');
    const first = await loadBot(dir, cache);
    const scanned = await scanContent(dir);
    expect('key' in scanned && scanned.key).toBeTruthy();
    expect(await streamedKey(dir)).toBe('key' in scanned ? scanned.key : undefined);
    expect((await loadBot(dir, cache)).fromCache).toBe(true);
    await writeFile(join(dir, 'fjord', 'README.md'), '# Notes from FjordConf 2026\n');
    const edited = await loadBot(dir, cache);
    expect([first.fromCache, edited.fromCache]).toEqual([false, false]);
    expect(edited.library.events.map((e) => e.name)).toEqual(['talks', 'FjordConf 2026']);
  });
});

describe('a content folder of very many sub-folders', () => {
  it('reads the first 200 in name order and says in one line how many more are not read', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 260; i++)
      many[`f${String(i).padStart(3, '0')}/notes.md`] = `## Talk ${i} on zebras\n\n- stripes\n`;
    await files(many);
    const { library, problems } = await loadContent(dir);
    // The content folder is the first of the 200 folders read.
    expect(library.talks).toHaveLength(199);
    expect(library.talks.at(-1)?.title).toBe('Talk 198 on zebras');
    const notices = messages(problems);
    expect(notices).toHaveLength(21);
    expect(notices.at(-1)).toMatch(
      /: has 61 sub-folders that are not read \(over 3 levels deep or past 200 folders\)/,
    );
  });
});
