import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';

/**
 * A conference in several files (a file per day, in its own folder) and a conference of several
 * years (a file per edition): asked by name, every file of that conference answers, and a year
 * asked picks its edition.
 */

let dir: string;
let bot: Bot;

const FILES: Record<string, string> = {
  'loopconf-2019/day-1.md':
    '# LoopConf 2019 — Day 1\n\n## Impossible states by Rita Feld\n\n- types as documentation\n\n## Causal profiling by Emil Berg\n\n- virtual speedups\n',
  'loopconf-2019/day-2.md':
    '# LoopConf 2019 — Day 2\n\n## The mess we are in by Jo Arm\n\n- entropy in software\n\n## Propositions as types by Phil Wad\n\n- proofs are programs\n',
  'fjordconf-2023/day-1.md':
    '# Day 1\n\n## Operators in anger by Ana Reyes (Kubely)\n\n- reconcile loops\n',
  'fjordconf-2023/day-2.md': '# Day 2\n\n## eBPF for mortals by Tom Berg\n\n- probes\n',
  'fjordconf-2023/hallway.md': '## Cilium deep dive by Lia Chen\n\n- maps\n',
  'devharbour-2022-day1.md': '# Day 1\n\n## Owls at night by Tom Berg\n\n- hooting\n',
  'devharbour-2022-day2.md': '## Larks at dawn by Lia Chen\n\n- singing\n',
  '2019/untitled.md': '## Zebras at scale by Tom Berg\n\n- stripes\n',
  '_posts/2024-05-01-notes.md': '## Ostriches at scale by Tom Berg\n\n- feathers\n',
  'harbourcon-2024.md':
    '# HarbourCon Oslo 2024 notes\n\n## Golden paths by Ana Silva (Acme)\n\n- paved roads\n\n## Kafka at scale by Bo Li (Streamco)\n\n- partitions\n',
  'harbourcon-2025.md':
    '# HarbourCon Oslo 2025 notes\n\n## Rust in production by Cy Doe (Ferrous)\n\n- borrow checker\n\n## Kafka without Zookeeper by Di Ray (Confluent)\n\n- KRaft\n',
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-one-conf-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const { library, problems } = await loadContent(dir);
  expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  bot = new Bot(library);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function titles(answer: Answer): string[] {
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [];
}

describe('a conference written up in a file per day', () => {
  it('lists the talks of every day when the conference is asked by name', () => {
    for (const question of ['loopconf', 'talks at loopconf', 'what was at loopconf 2019?']) {
      const answer = bot.ask(question);
      expect(answer.kind, question).toBe('talks');
      if (answer.kind !== 'talks') continue;
      expect(answer.total, question).toBe(4);
      expect(answer.scope.event, question).toBeDefined();
    }
  });

  it("gives each talk the day its file's title names", () => {
    const answer = bot.ask('loopconf day 2');
    expect(titles(answer).sort()).toEqual(['Propositions as types', 'The mess we are in']);
    const open = bot.ask('the mess we are in');
    expect(open.kind === 'talks' && open.hits[0]?.day).toBe('Day 2');
  });
});

describe('files in a folder named after a conference, whose own words name none', () => {
  it('are that conference, as the folder writes it, and a title that is a day is their day', () => {
    const answer = bot.ask('fjordconf');
    expect(answer.kind).toBe('talks');
    if (answer.kind !== 'talks') return;
    expect(answer.hits.map((hit) => [hit.title, hit.eventName, hit.day ?? '-'])).toEqual([
      ['Operators in anger', 'Fjordconf 2023', 'Day 1'],
      ['eBPF for mortals', 'Fjordconf 2023', 'Day 2'],
      ['Cilium deep dive', 'Fjordconf 2023', '-'],
    ]);
  });

  it('a file per day named so, whose words name no conference, is the conference of the rest of its name', () => {
    const answer = bot.ask('devharbour');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.eventName)).toEqual([
      'Devharbour 2022',
      'Devharbour 2022',
    ]);
  });

  it("keep their own id as name in a year's folder or a blog's", () => {
    const events = bot.ask('which conferences do you know?');
    const names = events.kind === 'events' ? events.events.map((e) => e.name) : [];
    expect(names).toContain('2019-untitled');
    // A site generator's `_posts` folder says nothing of the event: no part of its id.
    expect(names).toContain('2024-05-01-notes');
    expect(names).not.toContain('Day 1');
  });
});

describe('a conference of several years, a file per edition', () => {
  it('answers a year asked with that edition only', () => {
    expect(titles(bot.ask('harbourcon oslo 2025')).sort()).toEqual([
      'Kafka without Zookeeper',
      'Rust in production',
    ]);
    expect(titles(bot.ask('talks at harbourcon oslo 2024')).sort()).toEqual([
      'Golden paths',
      'Kafka at scale',
    ]);
  });

  it('counts every edition when no year is asked', () => {
    const answer = bot.ask('talks at harbourcon oslo');
    expect(answer.kind === 'talks' && answer.total).toBe(4);
    expect(titles(bot.ask('kafka at harbourcon oslo')).sort()).toEqual([
      'Kafka at scale',
      'Kafka without Zookeeper',
    ]);
    const editions = bot.ask('harbourcon oslo');
    expect(editions.kind === 'events' && editions.events.map((e) => e.name)).toEqual([
      'HarbourCon Oslo 2024',
      'HarbourCon Oslo 2025',
    ]);
  });
});
