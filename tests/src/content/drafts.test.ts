import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/** A blog's posts marked as drafts: written, not published, so not served. */

const folder = contentFolder('qcon-drafts-');

const said = (problems: { file: string; line: number; message: string }[]) =>
  problems.map(
    (p) =>
      `${p.file.slice(p.file.indexOf(folder.dir) + folder.dir.length + 1)}:${p.line}: ${p.message}`,
  );

describe('a post its author marked as a draft', () => {
  it('gives no talks and no event, in YAML, TOML or page properties, and says why at its line', async () => {
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
    const draft = 'is a draft (`draft: true`): its talks are not read until that line is removed';
    expect(said(problems).sort()).toEqual(
      [
        `bergen-days.md:3: ${draft}`,
        `fjord-days.md:4: ${draft}`,
        `oslo-infra.md:2: ${draft}`,
      ].sort(),
    );
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
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
