import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post of a conference's recordings, a paragraph each with the speaker first and the linked
 * title after a dash (JekyllConf's shape), written with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'posts/lanternconf.md', 'page');

describe('"Name - [Title](video)" paragraphs', () => {
  it('are talks with their speaker and video, one left without its `]` too', () => {
    const { talks } = read(
      '---',
      'title: "Every LanternConf talk, linked"',
      '---',
      'Thanks to [@someone](https://github.com/someone) for these links to the recording:',
      '',
      'Greta Holm - [Static sites at the edge](https://youtu.be/Zq1?t=10m2s)',
      '',
      'Ravi Menon - [Templates that write themselves](https://youtu.be/Zq1?t=52m10s)',
      '',
      'Ana de Souza - [Why my blog has a build step?(https://youtu.be/Zq1?t=1h31m)',
      '',
      'Tomasz Wolny - [Liquid for the rest of us](https://youtu.be/Zq1?t=2h5m)',
    );
    expect(
      talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.links.map((l) => l.kind)]),
    ).toEqual([
      ['Static sites at the edge', ['Greta Holm'], ['video']],
      ['Templates that write themselves', ['Ravi Menon'], ['video']],
      ['Why my blog has a build step?', ['Ana de Souza'], ['video']],
      ['Liquid for the rest of us', ['Tomasz Wolny'], ['video']],
    ]);
  });

  it('leave lines whose words before the dash are no name as they were', () => {
    const { talks } = read(
      '# Links from the week',
      '',
      'Slides - [here](https://example.com/a.pdf)',
      '',
      'Video - [part one](https://youtu.be/x1)',
      '',
      'Photos - [album](https://example.com/photos)',
    );
    expect(talks.map((t) => t.title)).not.toContain('here');
  });
});
