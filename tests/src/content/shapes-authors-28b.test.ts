import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { contentFolder } from './folder-fixture.ts';

/** Shapes of notes posts as authors write them (28b): trees of files, each invented for these tests. */

const folder = contentFolder('qcon-shapes-28b-');

describe('files of one conference titled by its weekdays', () => {
  it('are one event, each talk on its file’s day', async () => {
    await folder.write({
      'notes/opencamp-2025/saturday.md':
        '# OpenCamp 2025 — Saturday\n\n## Kernel news\n\nMira Holt\n\n- rust drivers\n',
      'notes/opencamp-2025/sunday.md':
        '# OpenCamp 2025 — Sunday\n\n## Postgres next\n\nKai Moe (Datafjord)\n\n- async io\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => [e.id, e.name])).toEqual([['opencamp-2025', 'OpenCamp 2025']]);
    expect(library.talks.map((t) => [t.title, t.day])).toEqual([
      ['Kernel news', 'Saturday'],
      ['Postgres next', 'Sunday'],
    ]);
  });

  it('names the event without the day in other languages too', () => {
    const name = (title: string) =>
      parseNotes(`# ${title}\n\n## Talk — Ana Lima\n\n- x\n`, 'a.md', 'a').event.name;
    expect(name('Devoxx Nord 2025, Donnerstag')).toBe('Devoxx Nord 2025');
    expect(name('RivieraDev 2025 – vendredi')).toBe('RivieraDev 2025');
  });
});
