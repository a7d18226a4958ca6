import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/** The content folder given is a conference's own folder, not the folder above it. */

const folder = contentFolder('qcon-root-name-');

const talkNames = async (dir: string) => {
  const { library } = await loadContent(dir);
  return {
    events: library.events.map((e) => e.name).sort(),
    talks: library.talks.map((t) => t.title).sort(),
  };
};

describe("the content folder's own name", () => {
  it('names the conference of its weekday folders, as it does one level up', async () => {
    await folder.write({
      'bergenconf-2023/Tuesday/keynotes.md':
        '# Keynotes\n\n## Rate limits at scale\n\n- token buckets\n\n## Retries done right\n\n- jitter\n',
      'bergenconf-2023/Wednesday/tracing.md':
        '# Tracing the checkout\n\n*Speaker: Siri Lunde, Bring*\n\n- spans\n',
      'bergenconf-2023/hallway.md':
        '## Pairing on the ferry\n\n- laptops out\n\n## Lightning talks\n\n- five minutes each\n',
    });
    const above = await talkNames(folder.dir);
    const own = await talkNames(join(folder.dir, 'bergenconf-2023'));
    expect(above.events).toEqual(['Bergenconf 2023']);
    expect(own).toEqual(above);
  });

  it('leaves out a number that orders the folders (`03-bergenconf-2023`)', async () => {
    await folder.write({
      '03-bergenconf-2023/Tuesday/tracing.md':
        '# Tracing the checkout\n\n*Speaker: Siri Lunde, Bring*\n\n- spans\n',
      '03-bergenconf-2023/Wednesday/queues.md':
        '# Queues by default\n\n*Speaker: Ola Nord*\n\n- backpressure\n',
    });
    expect((await talkNames(join(folder.dir, '03-bergenconf-2023'))).events).toEqual([
      'Bergenconf 2023',
    ]);
    expect((await talkNames(folder.dir)).events).toEqual(['Bergenconf 2023']);
  });

  it('names no conference when it is only notes of a year', async () => {
    await folder.write({
      'notes-2024/Tuesday/gateways.md':
        '# Gateways\n\n## Rate limits at scale\n\n- token buckets\n',
      'notes-2024/Wednesday/tracing.md':
        '# Tracing the checkout\n\n## Spans and baggage\n\n- spans\n',
    });
    const { events } = await talkNames(join(folder.dir, 'notes-2024'));
    expect(events).not.toContain('Notes 2024');
    expect(events.length).toBe(2);
  });
});
