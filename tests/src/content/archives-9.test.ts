import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { contentFolder } from './folder-fixture.ts';
import { who } from './shape-fixture.ts';

/** Whole archives of notes as people keep them: a team wiki, a blog's export, a vault. */

const folder = contentFolder('qcon-archives-');
const files = folder.write;

const warnings = (problems: { file: string; message: string }[]) =>
  problems.map(
    (p) => `${p.file.slice(p.file.indexOf(folder.dir) + folder.dir.length + 1)}: ${p.message}`,
  );

describe("a wiki's or a blog's pages that are no conference's notes", () => {
  it('are left out beside notes of conferences, with a warning naming each', async () => {
    await files({
      'Runbooks.md': '# Runbooks\n\n## Paging\n\nPage the secondary.\n\n## Handover\n\nMondays.\n',
      'blog/2024-09-02-we-are-hiring.md':
        '---\ntitle: Join the platform team\ndate: 2024-09-02\n---\n\n## The job\n\nRun things.\n\n## Perks\n\n- a bike\n',
      'Conferences/Fjordconf 2024.md':
        '# Fjordconf 2024\n\n## Ledgers that never lie — Oda Vik (Kassa)\n\n- append only\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['Fjordconf 2024']);
    expect(library.talks.map((t) => t.title)).toEqual(['Ledgers that never lie']);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^Runbooks\.md: not read as notes: .*names no conference/),
      expect.stringMatching(/^blog\/2024-09-02-we-are-hiring\.md: not read as notes/),
    ]);
  });

  it('keeps sections with a speaker or slides, a page in a folder of talks, and a page read alone', async () => {
    await files({
      'Favourites.md': '# Favourites\n\n## Zero-copy parsing — Ruth Aho\n\n- borrow the buffer\n',
      'talks/queues.md': '# Queues\n\n## Backpressure basics\n\n- bounded buffers\n',
      'Fjordconf 2024.md': '# Fjordconf 2024\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title).sort()).toEqual([
      'Backpressure basics',
      'Ledgers',
      'Zero-copy parsing',
    ]);
    await rm(folder.dir, { recursive: true, force: true });
    await files({ 'Runbooks.md': '# Runbooks\n\n## Paging\n\nPage the secondary.\n' });
    expect((await loadContent(folder.dir)).library.talks.map((t) => t.title)).toEqual(['Paging']);
  });
});

describe("a site generator's folders that hold no published notes", () => {
  it("reads neither Jekyll's unpublished drafts nor Hugo's archetypes", async () => {
    await files({
      '_posts/2024-05-16-fjordconf.md':
        '---\ntitle: Fjordconf 2024\n---\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
      '_drafts/fjord-days-2024.md':
        '---\ntitle: Fjord Days 2024\n---\n\n## TODO talk one\n\n- write up\n',
      'archetypes/default.md': "+++\ntitle = '{{ .Name }}'\ndraft = true\n+++\n",
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['Fjordconf 2024']);
    expect(library.talks.map((t) => t.title)).toEqual(['Ledgers']);
    expect(problems).toEqual([]);
  });

  it('reads the drafts where they are the only notes there are', async () => {
    await files({
      '_drafts/fjord-days-2024.md':
        '---\ntitle: Fjord Days 2024\n---\n\n## Paging — Ola Nordmann (Vipps)\n\n- pages\n',
      'archetypes/default.md': "+++\ntitle = '{{ .Name }}'\ndraft = true\n+++\n",
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.talks.map((t) => `${t.event}/${t.title}`)).toEqual(['fjord-days-2024/Paging']);
    expect(problems).toEqual([]);
  });
});

describe("a site's own pages beside its notes", () => {
  it('are no notes to warn about, while a post without talks still is', async () => {
    await files({
      'index.md':
        '---\nlayout: home\n---\n{% for post in site.posts %}- {{ post.title }}{% endfor %}\n',
      'about.md': '---\ntitle: About\n---\nI write code in Bergen.\n',
      'content/posts/_index.md': '+++\ntitle = "Posts"\n+++\n',
      'content/posts/fjordconf-2024.md':
        '# Fjordconf 2024\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
      'content/posts/fjord-days-2024.md': '# Fjord Days 2024\n\nWrite-up coming soon.\n',
    });
    const { problems } = await loadContent(folder.dir);
    expect(warnings(problems)).toEqual([
      'content/posts/fjord-days-2024.md: no talks found: give each talk a ## or ### heading',
    ]);
  });
});

describe('a conference named with its city after the year by one writer and without by another', () => {
  it('is one event, placed in that city, each talk both wrote up once', async () => {
    await files({
      'posts/ines.md':
        '# Fjordconf North America 2024 — Salt Lake City\n\n## Quiet queues — Lu Berg (Tidal)\n\n- shed load\n\n## Wasm at the edge — Ed Moe\n\n- tiny\n',
      'posts/jon.md':
        '# Fjordconf NA 2024\n\n## Quiet queues — Lu Berg (Tidal)\n\n- retries hurt\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(problems).toEqual([]);
    expect(library.events.map((e) => [e.name, e.place])).toEqual([
      ['Fjordconf NA 2024', 'Salt Lake City'],
    ]);
    expect(library.talks.map((t) => t.title)).toEqual(['Quiet queues', 'Wasm at the edge']);
  });

  it('places one file of it in that city, and names an untitled file without its "notes"', async () => {
    await files({
      'fjordconf.md': '# Fjordconf 2025 Tromsø\n\n## Quiet queues — Lu Berg\n\n- shed load\n',
      'docs/Fjord Days 2023 notes.md': '## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
      'docs/fjord-days-2023-recap.md': '## Ledgers — Oda Vik (Kassa)\n\n- no deletes\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => [e.name, e.place])).toEqual([
      ['Fjordconf 2025 Tromsø', 'Tromsø'],
      ['Fjord Days 2023', undefined],
    ]);
    expect(library.talks).toHaveLength(2);
  });

  it("joins a file named as the conference (spaces, capitals) with another writer's file", async () => {
    await files({
      'Fjordconf EU 2024.md': '# Fjordconf EU 2024\n\n## Quiet queues — Lu Berg\n\n- shed load\n',
      'bob.md': '# Fjordconf Europe 2024\n\n## Quiet queues — Lu Berg\n\n- retries hurt\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => `${e.id}: ${e.name}`)).toEqual([
      'fjordconf-eu-2024: Fjordconf EU 2024',
    ]);
    expect(library.talks).toHaveLength(1);
  });

  it('stays two events when the writers name two cities of that year', async () => {
    await files({
      'a.md': '# Fjord Days 2024 Bergen\n\n## Quiet queues — Lu Berg\n\n- shed load\n',
      'b.md': '# Fjord Days 2024 Tromsø\n\n## Quiet queues — Lu Berg\n\n- shed load\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events).toHaveLength(2);
    expect(library.talks).toHaveLength(2);
  });

  it('joins "Europe" and "EU" files without repeating the talk both wrote', async () => {
    await files({
      'a.md': '# Fjordconf Europe 2025\n\n## Quiet queues — Lu Berg (Tidal)\n\n- shed load\n',
      'b.md': '# Fjordconf EU 2025\n\n## Quiet queues — Lu Berg (Tidal)\n\n- retries hurt\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => `${t.event}/${t.id}`)).toEqual([
      'fjordconf-europe-2025/quiet-queues',
    ]);
  });
});

describe("an Obsidian talk page's speaker written as a link to the person's page", () => {
  it('is the person, without the brackets', () => {
    const { talks } = parseNotes(
      [
        '---',
        'speaker: "[[Greta Holm]]"',
        'company: Axon',
        'event: "[[Fjordconf 2024]]"',
        'slides: https://example.org/es.pdf',
        '---',
        '- snapshots are not a fix',
      ].join('\n'),
      'vault/Talks/Event sourcing pitfalls.md',
      'page',
    );
    expect(talks.map(who)).toEqual([['Greta Holm @ Axon']]);
  });
});
