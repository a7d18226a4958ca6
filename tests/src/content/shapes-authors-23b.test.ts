import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { scanContent } from '../../../src/content/scan-content.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (23b): names the notes give elsewhere. */

describe("a heading's speaker named again under it, and a panel's line-up in a quote", () => {
  it("takes the company from the line under the heading, and the quote's line-up as the panel", () => {
    const { talks } = post(
      '# QCon Harbour 2025: my notes',
      '',
      '## Lorna Vik: APIs as contracts',
      '',
      '*Lorna Vik, Redwharf*',
      '',
      'Overlays let each team own its corner of the spec.',
      '',
      '## Sam Nord: Timeouts and retries',
      '',
      '> Sam Nord, independent consultant',
      '',
      'Retries without idempotency keys double-charge.',
      '',
      '## Fireside chat: scaling Rust at Chatly',
      '',
      '> Moderated by Wes Reid, with Jesse Howe (Chatly)',
      '',
      'Rust for the read states service.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'APIs as contracts',
        ['Lorna Vik @ Redwharf'],
        'Overlays let each team own its corner of the spec.',
      ],
      ['Timeouts and retries', ['Sam Nord'], 'Retries without idempotency keys double-charge.'],
      [
        'Scaling Rust at Chatly',
        ['Wes Reid', 'Jesse Howe @ Chatly'],
        'Rust for the read states service.',
      ],
    ]);
  });
});

describe("a Notion page whose properties are a table under the page's title", () => {
  const PAGE = [
    '# ReactFjord 2025',
    '',
    '| Property | Value |',
    '| --- | --- |',
    '| Date | May 14, 2025 |',
    '| Location | Bergen |',
    '',
    '<aside>',
    '💡 Team notes from Bergen.',
    '',
    '</aside>',
    '',
    '# Talks',
    '',
    '## Server components, demystified',
    '',
    'Speaker: Ida Sand',
    '',
    '- A serialization format',
  ];

  it('names the event from the title, as a page with property lines does', () => {
    const { event, talks } = post(...PAGE);
    expect(event.name).toBe('ReactFjord 2025');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Server components, demystified', ['Ida Sand']],
    ]);
  });

  it('keeps a first heading over a table of talks as no title of the page', () => {
    const { event } = post(
      '# Tools 2025',
      '',
      '| Tool | Why | Verdict |',
      '| --- | --- | --- |',
      '| Vite | fast | yes |',
      '',
      '# Talks',
      '',
      '## Signals by Ada Berg',
      '',
      '- fine-grained',
    );
    expect(event.name).not.toBe('Tools 2025');
  });
});

describe("a talk told by its speaker's first name, after the post introduced them", () => {
  it('reads "Anja\'s lightning talk on flaky tests" as her talk, in a thread or a paragraph', () => {
    const thread = post(
      '🧵 Live from Tiber Days 2025',
      '',
      '4/ Anja Keller from Ferrule Systems is up next, she hosts the lightning talks too.',
      '',
      "5/ Anja's lightning talk on safety-critical Rust: qualification took two years.",
      '',
      '6/ Pasta time.',
    );
    expect(thread.talks.map((t) => [t.title, who(t), t.kind, t.summary])).toEqual([
      [
        'Safety-critical Rust',
        ['Anja Keller @ Ferrule Systems'],
        'Lightning talk',
        "Anja's lightning talk on safety-critical Rust: qualification took two years.",
      ],
    ]);
    const recap = post(
      '---',
      'title: Craftwork 2025 in Pécs',
      '---',
      '',
      'The afternoon block was hosted by Anja Petrov (Shopline). Anja’s lightning talk on flaky',
      'tests was the best five minutes of the day.',
    );
    expect(recap.talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Flaky tests', ['Anja Petrov @ Shopline'], 'Lightning talk'],
    ]);
  });

  it('names no one where the first name was never introduced, or two people share it', () => {
    const { talks } = post(
      '# Craftwork 2025',
      '',
      "Anja's talk on flaky tests was great.",
      '',
      'I met Tom Berg (Fjordpay) and Tom Lind (Kielbyte) at lunch.',
      '',
      "Tom's keynote on pagers was long.",
    );
    expect(talks).toEqual([]);
  });
});

describe('a repository of notes, a file per talk, whose README names the conference', () => {
  it("makes the one-talk files one event, the README's conference, and no other", async () => {
    const dir = fileURLToPath(new URL('../../fixtures/talk-repo', import.meta.url));
    const { library, problems, files } = await loadContent(dir);
    expect(library.events.map((e) => [e.id, e.name])).toEqual([
      ['fjordzone-2025', 'Fjordzone 2025'],
      ['kotlinconf-2024', 'KotlinConf 2024'],
    ]);
    expect(library.talks.filter((t) => t.event === 'fjordzone-2025').map((t) => t.title)).toEqual([
      'Green threads in anger',
      'Value types, almost',
    ]);
    expect(files.map((f) => f.event)).toEqual([
      'fjordzone-2025',
      'kotlinconf-2024',
      'fjordzone-2025',
    ]);
    expect(library.talks.map((t) => [t.title, who(t)])).toContainEqual([
      'Green threads in anger',
      ['Ingrid Aas @ Vippa'],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('a folder of one-talk files under a README naming the conference', () => {
  it('gives two files of one title distinct ids, and a README edit a new snapshot key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qcon-readme-'));
    try {
      await writeFile(
        join(dir, 'README.md'),
        '# Talks from Harbourconf 2024\n\nOne file a talk.\n',
      );
      await writeFile(
        join(dir, 'day-one.md'),
        '# Keynote\n\nSpeaker: Ada Berg (Lumen)\n\n- Open by default\n',
      );
      await writeFile(
        join(dir, 'day-two.md'),
        '# Keynote\n\nSpeaker: Rui Sol (Mareo)\n\n- Closed loops\n',
      );
      const { library } = await loadContent(dir);
      expect(library.events.map((e) => e.name)).toEqual(['Harbourconf 2024']);
      expect(library.talks.map((t) => `${t.event}/${t.id} ${who(t)}`)).toEqual([
        'harbourconf-2024/keynote Ada Berg @ Lumen',
        'harbourconf-2024/keynote-2 Rui Sol @ Mareo',
      ]);
      const before = await scanContent(dir);
      await writeFile(join(dir, 'README.md'), '# Talks from Harbourconf 2025\n');
      const after = await scanContent(dir);
      expect('key' in before && 'key' in after && before.key !== after.key).toBe(true);
      expect((await loadContent(dir)).library.events.map((e) => e.name)).toEqual([
        'Harbourconf 2025',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a pasted thread's opening that names its conference by a one-word brand", () => {
  it('names the event "RustFjord 2025", and leaves a month and a year no event', () => {
    const thread = (first: string) =>
      post(
        first,
        '',
        '1/ Opening keynote by Nils Aas (Ferrule): "Rust in ten years". Async closures.',
        '',
        '2/ Coffee.',
      ).event.name;
    expect(thread('🧵 Live-threading RustFjord 2025 in Bergen! Notes as I go.')).toBe(
      'RustFjord 2025',
    );
    expect(thread('🧵 Notes as I go, In March 2025 I said I would.')).toBe('post');
  });
});

describe('a Google Docs export: bold headings, escaped marks and empty bold runs', () => {
  it('reads the title without the empty run, the escapes or the numbering', () => {
    const { talks } = post(
      '# **Notes: WebFjord 2025**',
      '',
      '## **1\\. Signals everywhere — Rina Carr (Netlane)**',
      '',
      '*   Fine\\-grained reactivity won',
      '',
      '## **** **2\\. Web Components, finally? — Dev Agar**',
      '',
      '*   Declarative shadow DOM \\#1',
      '',
      '## **State of CSS&nbsp;2025 — Una Kor (Gooble)**',
      '',
      '*   Container queries',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals everywhere', ['Rina Carr @ Netlane']],
      ['Web Components, finally?', ['Dev Agar']],
      ['State of CSS 2025', ['Una Kor @ Gooble']],
    ]);
  });

  it('drops an empty run written against the title, before or after it', () => {
    const { talks } = post(
      '# Notes: WebFjord 2025',
      '',
      '## **Signals everywhere — Rina Carr (Netlane)****',
      '',
      '*   Fine-grained reactivity won',
      '',
      '## ****Web Components, finally? — Dev Agar (Shadowed)**',
      '',
      '*   Declarative shadow DOM',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals everywhere', ['Rina Carr @ Netlane']],
      ['Web Components, finally?', ['Dev Agar @ Shadowed']],
    ]);
  });
});

describe('a Japanese heading: the title, a slash, then the speaker and the company', () => {
  it('reads one person in Japanese with a company after the slash as the speaker', () => {
    const { talks } = post(
      '# Go Kaigi Kobe 2025 参加レポート',
      '',
      '## iteratorパターンの実践 / 山田 太郎（メルカリン）',
      '',
      '- range over func が便利',
      '',
      '## Kafka / Event Streams (Confluence)',
      '',
      '- ログの話',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['iteratorパターンの実践', ['山田 太郎 @ メルカリン']],
      ['Kafka / Event Streams', ['Confluence']],
    ]);
  });
});

describe('a bullet over a labelled line', () => {
  it('is a talk when the line names its speaker, and no talk when it says something else', () => {
    const { talks } = post(
      '# Notes from Foo Conf 2025',
      '',
      'What I did between the talks.',
      '',
      '- Bought a book at the booth',
      '  Author: Jane Doe',
      '- Dinner was great',
      '  Where: Markthalle',
    );
    expect(talks).toEqual([]);
    const read = post(
      '# Notes from Foo Conf 2025',
      '',
      '## Talks',
      '',
      '- Passkeys for real',
      '  Speaker: Ana Lund (Vippa)',
      '- Zero-copy parsing — Bo Test (Acme)',
      '  Lexers that never allocate.',
    ).talks;
    expect(read.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Passkeys for real', ['Ana Lund @ Vippa'], ''],
      ['Zero-copy parsing', ['Bo Test @ Acme'], 'Lexers that never allocate.'],
    ]);
  });
});
