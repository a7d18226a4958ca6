import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * A notes repository with a file per day of a conference, each titled by the conference, its
 * city and the day in parentheses (`# LakeJS 2031 - Como (Day 1)`), its talks `## Title - @handle`.
 * Invented talks and people.
 */

const folder = contentFolder('qcon-day-parens-');

describe('"Conf 2031 - City (Day 1)" and "(Day 2)" files', () => {
  it('are one event, each talk on its day', async () => {
    await folder.write({
      'lakejs-2031/day-1.md':
        '# LakeJS 2031 - Como (Day 1)\n\n## Beacons everywhere - @ravi\n- BLE tags\n\n## Streams for humans - @lmezz\n- marble diagrams\n',
      'lakejs-2031/day-2.md':
        '# LakeJS 2031 - Como (Day 2)\n\n## An editor story - @adima\n- built on Electron\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['LakeJS 2031']);
    expect(library.talks.map((t) => [t.title, t.day])).toEqual([
      ['Beacons everywhere', 'Day 1'],
      ['Streams for humans', 'Day 1'],
      ['An editor story', 'Day 2'],
    ]);
  });
});
