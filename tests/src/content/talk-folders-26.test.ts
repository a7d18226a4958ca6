import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/** A conference's notes as a folder of a file per talk (`sessions/`, `talks/`, `Vorträge/`…). */

const folder = contentFolder('qcon-talk-folders-');
const who = (speakers: { name?: string; company?: string }[]) =>
  speakers.map((s) => (s.company ? `${s.name} @ ${s.company}` : s.name));

describe('a folder of a file per talk', () => {
  it.each(['sessions', 'talks', 'Vorträge', 'palestras', 'доклады', '세션'])(
    'under a README naming the conference (%s/) is that one conference',
    async (talks) => {
      await folder.write({
        'README.md': '# Brygga Dev Days 2026\n\nMy notes, one file per talk.\n',
        [`${talks}/01-queues.md`]:
          '# Queues without pain\n\nSpeaker: Ana Prado (Fila)\n\n- jitter\n',
        [`${talks}/02-graphs.md`]: '# Graphs in practice\n\nSpeaker: Rui Costa\n\n- index first\n',
      });
      const { library } = await loadContent(folder.dir);
      expect(library.events.map((e) => e.name)).toEqual(['Brygga Dev Days 2026']);
      expect(library.talks.map((t) => t.title).sort()).toEqual([
        'Graphs in practice',
        'Queues without pain',
      ]);
    },
  );

  it('in the folder of a conference (devdays-2026/talks/) is that conference', async () => {
    await folder.write({
      'devdays-2026/talks/queues.md': '# Queues without pain\n\nSpeaker: Ana Prado\n\n- jitter\n',
      'devdays-2026/talks/graphs.md': '# Graphs in practice\n\nSpeaker: Rui Costa\n\n- index\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['Devdays 2026']);
    expect(library.talks).toHaveLength(2);
  });
});

describe("a README whose table or list names each file's talk", () => {
  it("gives a file's talk the speaker and company it leaves out, by its link or its title", async () => {
    await folder.write({
      'README.md': [
        '# Brygga Dev Days 2026',
        '',
        '| Talk | Speaker | Notes |',
        '|---|---|---|',
        '| Queues without pain | Ana Prado (Fila) | [notes](/01-queues.md) |',
        '| Graphs in practice | Rui Costa | [notes](./02_graphs.md) |',
        '',
        '**Sensors on a budget**  ',
        'Lea Sand | Maré Labs',
        '',
        '- [more](sessions/03-sensors.md)',
        '',
      ].join('\n'),
      '01-queues.md': 'Queues without pain\n---\n\n- jitter\n',
      '02-graphs.md': 'Graphs, in practice\n---\n\n- index first\n',
      '03_sensors.md': '# Sensors on a budget\n\nSpeaker: Lea Sand\n\n- calibrate\n',
    });
    const { library } = await loadContent(folder.dir);
    const talks = [...library.talks].sort((a, b) => a.title.localeCompare(b.title));
    expect(talks.map((t) => [t.title, who(t.speakers)])).toEqual([
      ['Graphs, in practice', ['Rui Costa']],
      ['Queues without pain', ['Ana Prado @ Fila']],
      ['Sensors on a budget', ['Lea Sand @ Maré Labs']],
    ]);
  });
});
