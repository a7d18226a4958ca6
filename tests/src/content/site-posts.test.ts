import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { loadBot } from '../../../src/load-bot.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * A static site's posts: its drafts, written but not published, are not served beside its
 * published posts; notes that are all drafts are. Its folders name no event.
 */

const folder = contentFolder('qcon-drafts-');

const said = (problems: { file: string; line: number; message: string }[]) =>
  problems.map(
    (p) =>
      `${p.file.slice(p.file.indexOf(folder.dir) + folder.dir.length + 1)}:${p.line}: ${p.message}`,
  );

describe('a post its author marked as a draft', () => {
  it('beside a published post gives no talks and no event, in YAML, TOML or page properties, and says why at its line', async () => {
    await folder.write({
      'fjordconf-2024.md':
        '---\ntitle: Fjordconf 2024\n---\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
      'fjord-days.md':
        '---\ntitle: Fjord Days 2024\ndate: 2024-09-02\ndraft: true\n---\n\n## Paging — Ola Nordmann (Vipps)\n\n- pages\n',
      'bergen-days.md':
        '+++\ntitle = "Bergen Days"\ndraft = true\n+++\n\n## Queues — Kari Berg (Posten)\n\n- queues\n',
      'oslo-infra.md':
        'title:: Oslo Infra 2024\ndraft:: true\n\n## Meshes — Per Dahl (Telenor)\n\n- meshes\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title)).toEqual(['Ledgers']);
    expect(library.events.map((e) => e.name)).toEqual(['Fjordconf 2024']);
    const draft =
      'is a draft (`draft: true`): its talks are not read beside published notes until that line is removed';
    expect(said(problems).sort()).toEqual(
      [
        `bergen-days.md:3: ${draft}`,
        `fjord-days.md:4: ${draft}`,
        `oslo-infra.md:2: ${draft}`,
      ].sort(),
    );
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('is read when every post of the notes is a draft: they were dropped in to be answered', async () => {
    await folder.write({
      'fjord-days.md':
        '---\ntitle: Fjord Days 2024\ndate: 2024-09-02\ndraft: true\n---\n\n## Paging — Ola Nordmann (Vipps)\n\n- pages\n',
      'bergen-days.md':
        '+++\ntitle = "Bergen Days"\ndraft = true\n+++\n\n## Queues — Kari Berg (Posten)\n\n- queues\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title).sort()).toEqual(['Paging', 'Queues']);
    expect(library.events.map((e) => e.name).sort()).toEqual(['Bergen Days', 'Fjord Days 2024']);
    const draft = 'is a draft (`draft: true`): read, as no published notes are beside it';
    expect(said(problems).sort()).toEqual([
      `bergen-days.md:3: ${draft}`,
      `fjord-days.md:4: ${draft}`,
    ]);
    // Found by a search, as any talk: the index counted the drafts' words too.
    const { bot } = await loadBot(folder.dir);
    const answer = bot?.ask('paging');
    expect(answer?.kind === 'talks' && answer.hits.map((h) => h.title)).toEqual(['Paging']);
  });

  it('is read as any post when it says `draft: false`', async () => {
    await folder.write({
      'fjord-days.md':
        '---\ntitle: Fjord Days 2024\ndraft: false\n---\n\n## Paging — Ola Nordmann (Vipps)\n\n- pages\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title)).toEqual(['Paging']);
    expect(problems).toEqual([]);
  });
});

describe("a static site's tree of posts", () => {
  it("names each post's event without the generator's folders or a page bundle's index", async () => {
    await folder.write({
      'blog/_posts/2024-05-16-kubecon-recap.md':
        '---\ntitle: KubeCon EU 2024\n---\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
      'content/posts/gophercon-recap/index.md':
        '---\ntitle: GopherCon 2024\n---\n\n## Generics — Ola Nordmann (Vipps)\n\n- pages\n',
      'Conferences 2023/strange-loop.md':
        '# Strange Loop 2023\n\n## Queues — Kari Berg (Posten)\n\n- queues\n',
      // Jekyll's year and month folders say again the date the file's name begins with.
      '_posts/2023/11/2023-11-09-retour-devfest.md':
        '# Retour sur le DevFest Lille 2023\n\n## Les files — Ana Roux (Ouest)\n\n- files\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => `${t.event}/${t.id}`).sort()).toEqual([
      '2023-11-09-retour-devfest/les-files',
      '2024-05-16-kubecon-recap/ledgers',
      'conferences-2023-strange-loop/queues',
      'gophercon-recap/generics',
    ]);
  });

  it('keeps the whole path in the id where the short one is taken', async () => {
    await folder.write({
      'kubecon.md': '# KubeCon EU 2024\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n',
      '_posts/kubecon.md': '# KubeCon NA 2024\n\n## Meshes — Per Dahl (Telenor)\n\n- meshes\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.id).sort()).toEqual(['_posts-kubecon', 'kubecon']);
    expect(problems).toEqual([]);
  });
});
