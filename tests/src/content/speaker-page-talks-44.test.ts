import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * A conference's folder: a README titled with the conference and its dates in parentheses, and a
 * page per talk, its title over the speaker's page on the conference's site and the notes as
 * points (a real PyCon notes repository's shape). Invented conference and talks.
 */
describe('a folder of talk pages that open with the speaker’s page', () => {
  const folder = contentFolder('qcon-speaker-pages-');

  it('reads each page as its talk, of the conference the README names without its dates', async () => {
    await folder.write({
      'pyfjord-2031/README.md':
        '# [PyFjord 2031](https://2031.pyfjord.example/) (March 9-11, 2031)\n',
      'pyfjord-2031/live-coding.md': [
        '# Programming Python as performance: live coding with music',
        '',
        'https://2031.pyfjord.example/en/speakers/Lindqvist.html',
        '',
        '- You edit code, run it, listen to the generated audio, and repeat',
        '- Live coding has no limits imposed by a UI',
      ].join('\n'),
      'pyfjord-2031/focus.md': [
        '# Tips on how to improve your focus',
        '',
        'https://2031.pyfjord.example/en/speakers/Berg.html',
        '',
        '- work = time * focus',
      ].join('\n'),
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title).sort()).toEqual([
      'Programming Python as performance: live coding with music',
      'Tips on how to improve your focus',
    ]);
    expect(library.events.map((e) => e.name)).toEqual(['PyFjord 2031']);
  });
});
