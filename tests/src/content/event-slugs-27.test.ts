import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/** Posts named by a dated slug, or titled "my notes": the event is the conference, readable. */

const folder = contentFolder('qcon-event-slugs-');

describe('an event named by its file', () => {
  it('reads "2019-05-rivieradev-2019.md" as Rivieradev 2019, a post\'s month no part of the name', async () => {
    await folder.write({
      '2019-05-rivieradev-2019.md': '## Coroutines by Julien Marchetti\n\n- structured\n',
      // A post's date (a year and month too) is no conference's year: the file keeps its id.
      '2019-06-fjordconf-notes.md': '## Ledgers by Oda Vik\n\n- append only\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name).sort()).toEqual([
      '2019-06-fjordconf-notes',
      'Rivieradev 2019',
    ]);
  });

  it('names the event by the file when the title only says "Mes notes", "Minhas anotações"', async () => {
    await folder.write({
      'rivieradev-2019.md': '# Mes notes\n\n## Coroutines by Julien Marchetti\n\n- structured\n',
      'summitdev-2024.md': '# Minhas anotações\n\n## Ledgers by Oda Vik\n\n- append only\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name).sort()).toEqual(['Rivieradev 2019', 'Summitdev 2024']);
  });
});
