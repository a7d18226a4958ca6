import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * A repository of talk notes named for the conference, its year glued to the name and "talk
 * notes" after it (the shape of a real `pydata2017-SEA-talk-notes` repository), a file per talk.
 * Invented conference and talks.
 */
const folder = contentFolder('qcon-talk-notes-folder-');

describe('a folder named "<conference><year>-talk-notes"', () => {
  it('names the conference and its year, without what the folder holds', async () => {
    await folder.write({
      'harbourconf2031-talk-notes/dask_debugging.md':
        '# Debugging Dask\n\nblocked algorithms\n\n`delayed` makes objects lazy\n',
      'harbourconf2031-talk-notes/julia.md':
        '## Julia\n\nindexing starts at 1\n\nno line continuation syntax\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['Harbourconf 2031']);
  });
});
