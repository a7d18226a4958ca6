import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/** A notes repository of a conference with a folder per weekday, a file per talk or two. */

const folder = contentFolder('qcon-day-folders-');

describe("a conference's folder of weekday folders", () => {
  it('is one event, named by the folder and its README, not one event per file', async () => {
    await folder.write({
      'fjordconf-2024/README.md': '# fjordconf-2024-notes\n\nNotes from Fjordconf 2024\n',
      'fjordconf-2024/Tuesday/keynotes.md':
        '# Keynotes\n\n## Ledgers — Oda Vik (Kassa)\n\n- append only\n\n## Queues — Kari Berg (Posten)\n\n- back-pressure\n',
      'fjordconf-2024/Wednesday/paging.md':
        '# Paging without tears\n\n*Speaker: Ola Nordmann, Vipps*\n\n- fewer alerts\n',
      'fjordconf-2024/Thursday/meshes.md':
        '# Meshes at Telenor\n\n*Speaker: Per Dahl, Telenor*\n\n- sidecars\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['Fjordconf 2024']);
    expect(library.talks.map((t) => t.title).sort()).toEqual([
      'Ledgers',
      'Meshes at Telenor',
      'Paging without tears',
      'Queues',
    ]);
  });
});
