import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { loadBot } from '../../../src/load-bot.ts';

/** A conference written up in several files: by day, or by several colleagues. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-one-conference-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(entries: Record<string, string[]>) {
  for (const [path, lines] of Object.entries(entries)) {
    const parts = path.split('/');
    if (parts.length > 1) await mkdir(join(dir, ...parts.slice(0, -1)), { recursive: true });
    await writeFile(join(dir, ...parts), lines.join('\n'));
  }
  const loaded = await loadBot(dir);
  if (!loaded.bot) throw new Error('nothing loaded');
  return { bot: loaded.bot, files: loaded.files };
}

const rows = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((e) => [e.name, e.talkCount]) : answer.kind;
const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((h) => h.title) : answer.kind;

const ALICE = [
  "# DevConf Brno 2025 — Alice's notes",
  '',
  '## Postgres at scale by Jana Novak (Kiwi.com)',
  '',
  'Partitioning by month. [Slides](https://speakerdeck.com/jn/pg)',
  '',
  '## Rust in the kernel by Petr Svoboda (Red Hat)',
  '',
  'Drivers first.',
];
const BOB = [
  '# DevConf Brno 2025: what Bob saw',
  '',
  '## Postgres at scale — Jana Novak',
  '',
  'Autovacuum tuning was the lesson. Video: https://youtu.be/pg-at-scale',
  '',
  '## Observability on a budget — Karel Dvorak',
  '',
  'Tail sampling in the collector.',
];

describe("colleagues' notes of one conference, side by side", () => {
  it('are one event in the events list, with every talk once', async () => {
    const { bot, files: read } = await files({ 'alice.md': ALICE, 'bob.md': BOB });
    expect(rows(bot.ask('events'))).toEqual([['DevConf Brno 2025', 3]]);
    expect(new Set(read.map((file) => file.event))).toEqual(new Set(['devconf-brno-2025']));
    expect(titles(bot.ask('list event:devconf-brno-2025'))).toEqual([
      'Postgres at scale',
      'Rust in the kernel',
      'Observability on a budget',
    ]);
  });

  it("shows a talk both wrote up once, with both writers' links and notes", async () => {
    const { bot } = await files({ 'alice.md': ALICE, 'bob.md': BOB });
    const answer = bot.ask('postgres');
    expect(answer.kind === 'talks' && answer.hits).toEqual([
      expect.objectContaining({
        title: 'Postgres at scale',
        speakers: [{ name: 'Jana Novak', company: 'Kiwi.com' }],
        links: {
          slides: 'https://speakerdeck.com/jn/pg',
          video: 'https://youtu.be/pg-at-scale',
        },
      }),
    ]);
    // Found by what only the second writer noted.
    expect(titles(bot.ask('autovacuum'))).toEqual(['Postgres at scale']);
    const opened = bot.ask('talk postgres at scale');
    expect(opened.kind === 'talk' && opened.talk.notes.map((note) => note.text)).toEqual([
      expect.stringMatching(/^Partitioning by month/),
      expect.stringMatching(/^Autovacuum tuning/),
    ]);
  });

  it('keeps two talks of one title by other speakers, and a short title with no speaker', async () => {
    const { bot } = await files({
      'alice.md': [...ALICE, '', '## Keynote', '', 'Opening words.'],
      'bob.md': [
        '# DevConf Brno 2025',
        '',
        '## Postgres at scale by Tomas Kral (Seznam)',
        '',
        'Another Postgres story.',
        '',
        '## Keynote',
        '',
        'Closing words.',
      ],
    });
    expect(titles(bot.ask('postgres'))).toEqual(['Postgres at scale', 'Postgres at scale']);
    expect(titles(bot.ask('keynote'))).toEqual(['Keynote', 'Keynote']);
  });

  it('joins a talk one writer gave no speaker to, when its title is more than a word or two', async () => {
    const { bot } = await files({
      'alice.md': ALICE,
      'bob.md': ['# DevConf Brno 2025', '', '## Rust in the kernel', '', 'Loved it.'],
    });
    const answer = bot.ask('rust');
    expect(answer.kind === 'talks' && answer.hits.map((h) => [h.title, h.speakers])).toEqual([
      ['Rust in the kernel', [{ name: 'Petr Svoboda', company: 'Red Hat' }]],
    ]);
  });

  it('keeps editions of other years, and other conferences, apart', async () => {
    const { bot } = await files({
      'alice.md': ALICE,
      'bob.md': ['# DevConf Brno 2024', '', '## Postgres at scale by Jana Novak', '', 'Older.'],
      'carol.md': ['# PGDay Prague 2025', '', '## Postgres at scale by Jana Novak', '', 'Again.'],
    });
    expect(rows(bot.ask('events'))).toEqual([
      ['DevConf Brno 2025', 2],
      ['DevConf Brno 2024', 1],
      ['PGDay Prague 2025', 1],
    ]);
    expect(titles(bot.ask('postgres'))).toHaveLength(3);
  });

  it('joins names that write a region or city short, or put the year first', async () => {
    const talk = (title: string) => [`## ${title} by Ana Lima`, '', 'Notes.'];
    const { bot } = await files({
      'alice.md': ['# KubeCon EU 2024', '', ...talk('Gateway API in practice')],
      'bob.md': ['# KubeCon Europe 2024', '', ...talk('eBPF for the rest of us')],
      'carol.md': ['# 2024 KubeCon + CloudNativeCon Europe', '', ...talk('Cluster API')],
      'dan.md': ['# QCon NYC 2016', '', ...talk('Chaos at scale')],
      'erin.md': ['# QCon New York 2016', '', ...talk('Serverless costs')],
      'fay.md': ['# KubeCon North America 2024', '', ...talk('Kueue')],
    });
    expect(rows(bot.ask('events'))).toEqual([
      ['KubeCon EU 2024', 2],
      ['2024 KubeCon + CloudNativeCon Europe', 1],
      ['QCon NYC 2016', 2],
      ['KubeCon North America 2024', 1],
    ]);
  });
});

describe('a conference in a file per day', () => {
  it('is one event whose days count from the first, each talk id once', async () => {
    const { bot } = await files({
      'strangeloop-2019/day-1.md': [
        '---',
        'dates: 2019-09-12',
        '---',
        '# Strange Loop 2019: Day 1',
        '',
        '## Keynote by Ana Lima',
        '',
        'Opening words.',
      ],
      'strangeloop-2019/day-2.md': [
        '---',
        'dates: 2019-09-13',
        '---',
        '# Strange Loop 2019: Day 2',
        '',
        '## Keynote by Bo Chen',
        '',
        'Closing words.',
      ],
    });
    const events = bot.ask('events');
    expect(events.kind === 'events' && events.events).toEqual([
      expect.objectContaining({ name: 'Strange Loop 2019', dates: '2019-09-12..2019-09-13' }),
    ]);
    const keynotes = bot.ask('keynote');
    expect(keynotes.kind === 'talks' && keynotes.hits.map((h) => [h.ref, h.speakers])).toEqual([
      ['strange-loop-2019/keynote', [{ name: 'Ana Lima' }]],
      ['strange-loop-2019/keynote-2', [{ name: 'Bo Chen' }]],
    ]);
  });
});

describe("a note-taking app's folder of a conference, a file per talk", () => {
  it('reads each file as its talk, titled by its heading or its name, the folder as the event', async () => {
    const { bot, files: read } = await files({
      'Conferences/KubeCon EU 2024/Platform engineering at scale.md': [
        '---',
        'speaker: Lena Berg',
        'company: Zalando',
        'tags: [platform]',
        '---',
        '# Platform engineering at scale',
        '',
        '- Golden paths, not mandates',
        '- Slides: https://example.org/kubecon/platform.pdf',
      ],
      'Conferences/KubeCon EU 2024/eBPF for mortals.md': [
        '---',
        'speaker: Tom Ruiz (Isovalent)',
        '---',
        'Cilium demos. Recording: https://www.youtube.com/watch?v=abcdEFGhijk',
      ],
      // No speaker, no slides: a note of the conference, not a talk.
      'Conferences/KubeCon EU 2024/Hallway track.md': ['# Hallway track', '', 'Met the Flux team.'],
      // A slug is no title as the author wrote it.
      'Conferences/KubeCon EU 2024/misc-links.md': ['---', 'speaker: Ana Lima', '---', 'Links.'],
    });
    expect(rows(bot.ask('events'))).toEqual([['KubeCon EU 2024', 2]]);
    const answer = bot.ask('list');
    expect(
      answer.kind === 'talks' && answer.hits.map((h) => [h.title, h.speakers, h.links]),
    ).toEqual([
      [
        'Platform engineering at scale',
        [{ name: 'Lena Berg', company: 'Zalando' }],
        { slides: 'https://example.org/kubecon/platform.pdf' },
      ],
      [
        'eBPF for mortals',
        [{ name: 'Tom Ruiz', company: 'Isovalent' }],
        { video: 'https://www.youtube.com/watch?v=abcdEFGhijk' },
      ],
    ]);
    expect(read.filter((file) => file.talks === 0).map((file) => file.file)).toEqual([
      expect.stringMatching(/Hallway track\.md$/),
      expect.stringMatching(/misc-links\.md$/),
    ]);
  });
});

describe('a repository of notes', () => {
  it('whose notes are its README alone is read, its event named by its folder', async () => {
    const readme = [
      '# KubeCon EU 2024 notes',
      '',
      '## Cilium mesh deep dive — Liz Rice (Isovalent)',
      '',
      '- sidecarless',
    ];
    const { bot, files: read } = await files({
      'kubecon-2024-notes/README.md': readme,
      // Beside notes, a README introduces them and holds none.
      'goto-2025/README.md': ['# GOTO 2025', '', '## Not a talk by Nobody', '', '- intro'],
      'goto-2025/talks.md': ['# GOTO 2025', '', '## Modular monoliths by Sara Velde', '', '- x'],
    });
    expect(rows(bot.ask('events'))).toEqual([
      ['GOTO 2025', 1],
      ['KubeCon EU 2024', 1],
    ]);
    expect(read.map((file) => file.event)).toContain('kubecon-2024-notes');
    expect(titles(bot.ask('cilium'))).toEqual(['Cilium mesh deep dive']);
    expect(titles(bot.ask('nobody'))).toBe('none');
  });

  it('of a folder per year over a folder per conference names the conference with its year', async () => {
    const talk = (title: string, speaker: string) => [
      `# ${title}`,
      '',
      `Speaker: ${speaker}`,
      '',
      '- notes',
    ];
    const { bot } = await files({
      'notes/2019/strangeloop/zig-build.md': talk('Zig build system', 'Loris Cro'),
      'notes/2019/strangeloop/propositions.md': talk('Propositions as types', 'Philip Wadler'),
      'notes/2023/strangeloop/last-one.md': talk('The last Strange Loop', 'Alex Miller'),
    });
    expect(rows(bot.ask('events'))).toEqual([
      ['Strangeloop 2019', 2],
      ['Strangeloop 2023', 1],
    ]);
  });
});

describe('the parse cache', () => {
  it('gives a file the event of the folder it is read from, not of an earlier read', async () => {
    await mkdir(join(dir, 'notes', 'kubecon-2024'), { recursive: true });
    await writeFile(
      join(dir, 'notes', 'kubecon-2024', 'cilium.md'),
      ['## Cilium mesh by Liz Rice', '', '- sidecarless'].join('\n'),
    );
    const cache = join(dir, 'cache');
    const inner = await loadBot(join(dir, 'notes', 'kubecon-2024'), cache);
    const outer = await loadBot(join(dir, 'notes'), cache);
    const ref = (answer: Answer | undefined) =>
      answer?.kind === 'talks' ? answer.hits.map((h) => h.ref) : answer?.kind;
    expect(ref(inner.bot?.ask('cilium'))).toEqual(['cilium/cilium-mesh']);
    expect(ref(outer.bot?.ask('cilium'))).toEqual(['kubecon-2024-cilium/cilium-mesh']);
  });
});

describe('a Notion export of a conference page and its database of talks', () => {
  it("reads the talks without the pages' ids, the conference's dates and place from its page", async () => {
    const id = (n: number) => String(n).repeat(32).slice(0, 32);
    const folder = `KubeCon EU 2024 ${id(3)}`;
    const { bot } = await files({
      [`Export/${folder}.md`]: [
        '# KubeCon EU 2024',
        '',
        'Dates: March 19–22, 2024',
        'Location: Paris',
        '',
        `[Platform engineering at scale](${encodeURI(folder)}/Platform.md)`,
      ],
      [`Export/${folder}/Platform engineering at scale ${id(1)}.md`]: [
        '# Platform engineering at scale',
        '',
        'Speaker: Lena Berg',
        'Company: Zalando',
        '',
        '- Golden paths',
      ],
      [`Export/${folder}/eBPF for mortals ${id(2)}.md`]: ['Speaker: Tom Ruiz', '', '- Hubble'],
    });
    const events = bot.ask('events');
    expect(events.kind === 'events' && events.events).toEqual([
      expect.objectContaining({
        name: 'KubeCon EU 2024',
        dates: '2024-03-19..2024-03-22',
        place: 'Paris',
        talkCount: 2,
      }),
    ]);
    expect(titles(bot.ask('list'))).toEqual(['Platform engineering at scale', 'eBPF for mortals']);
  });
});

describe('files with no title, named for the conference', () => {
  it("are that conference as their names write it (cased as conferences write it), one person's and another's joined", async () => {
    const { bot } = await files({
      'alice/kubecon-eu-2024.md': ['## Cilium mesh by Liz Rice', '', '- sidecarless'],
      'bob/kubecon-eu-2024.md': [
        '## Cilium mesh by Liz Rice (Isovalent)',
        '',
        '- [video](https://youtu.be/abcdefghijk)',
      ],
      // A blog post's date is no conference's year.
      '2024-05-01-random.md': ['## Some talk by Jo Bloggs', '', '- x'],
    });
    expect(rows(bot.ask('events'))).toEqual([
      ['2024-05-01-random', 1],
      ['KubeCon EU 2024', 1],
    ]);
    const answer = bot.ask('cilium');
    expect(answer.kind === 'talks' && answer.hits.map((h) => [h.speakers, h.links])).toEqual([
      [[{ name: 'Liz Rice', company: 'Isovalent' }], { video: 'https://youtu.be/abcdefghijk' }],
    ]);
  });
});
