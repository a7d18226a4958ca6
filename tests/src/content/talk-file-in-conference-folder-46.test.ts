import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * A repository of talk notes, a file per talk, in a folder named for the conference with its
 * year (the shape of a real `pydata2017-SEA-talk-notes` repository): a file named by a word of
 * its talk's title (`julia.md` under `# Julia for Pythonistas`), or as the next of a series
 * (`talk3.md`), is that talk of the folder's conference, not an event of its own named after
 * the talk. Invented conference and talks.
 */
const folder = contentFolder('qcon-talk-file-folder-');

const DASK = '# Debugging Dask\n\nblocked algorithms\n\n`delayed` makes objects lazy\n';
const JULIA = '# Julia for Pythonistas\n\nindexing starts at 1\n\nno line continuation syntax\n';

describe('a one-talk file in a folder of a conference’s talk notes', () => {
  it('is a talk of that conference when its name is a word of its title', async () => {
    await folder.write({
      'harbourconf2031-talk-notes/dask_debugging.md': DASK,
      'harbourconf2031-talk-notes/julia.md': JULIA,
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title).sort()).toEqual([
      'Debugging Dask',
      'Julia for Pythonistas',
    ]);
    expect(library.events.map((e) => e.name)).toEqual(['Harbourconf 2031']);
  });

  it('is a talk when named as the next of a series', async () => {
    await folder.write({
      'harbourconf2031-talk-notes/dask_debugging.md': DASK,
      'harbourconf2031-talk-notes/talk3.md': JULIA,
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title)).toContain('Julia for Pythonistas');
    expect(library.events.map((e) => e.name)).toEqual(['Harbourconf 2031']);
  });

  it('is no talk where its title names a part of the trip', async () => {
    await folder.write({
      'harbourconf2031-talk-notes/dask_debugging.md': DASK,
      'harbourconf2031-talk-notes/travel.md':
        '# Travel and venue\n\nThe train took six hours.\n\nThe hall was cold.\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title)).toEqual(['Debugging Dask']);
  });
});
