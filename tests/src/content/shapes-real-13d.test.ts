import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * Shapes of real notes repositories (R13d), written again with invented talks and people: a
 * conference's folder holding a folder per year, per date or per day, a file per talk in each.
 */

const folder = contentFolder('qcon-real13d-');

describe('a year, a date or a day folder inside a conference folder', () => {
  it('is that conference (of that year): one event, not one per file', async () => {
    await folder.write({
      'harbourconf/2026/01_Queues_all_the_way_down.md':
        '# Queues all the way down\n## Ada Lind\n\n* back-pressure\n',
      'harbourconf/2026/02_The_tidy_monolith.md': '# The tidy monolith\n## Bo Sten\n\n* modules\n',
      'fjordjs-2025/3-12-25/offline-first.md':
        '# Offline first, for real\n**By Cy Park**\n\n* sync\n',
      'fjordjs-2025/3-13-25/islands.md': '# Islands everywhere\n**By Di Moss**\n\n* hydration\n',
      'notes/2024/retro.md': '# Retro\n## Eva Holm\n\n* what went well\n',
    });
    const { library } = await loadContent(folder.dir);
    const titles = (id: string) => library.talks.filter((t) => t.event === id).map((t) => t.title);
    expect(library.events.map((e) => [e.name, titles(e.id)])).toEqual([
      ['Fjordjs 2025', ['Offline first, for real', 'Islands everywhere']],
      ['Harbourconf 2026', ['Queues all the way down', 'The tidy monolith']],
      ['notes-2024-retro', ['Retro']],
    ]);
  });
});
