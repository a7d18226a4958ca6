import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A README of a conference's recordings kept as a table per track: the talk in a "Topic" column
 * ("Keynote: Title - Speaker"), then a video and a slides column and no speaker column
 * (`| Topic | Video | Presentation |`). Written in that shape with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'README.md', 'devcon-2031');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', '), t.links.length]);

describe('a table of talks with link columns and no speaker column', () => {
  it('reads a row per talk, its speakers after the dash of the title cell', () => {
    const { talks } = read(
      '## Keynote',
      '',
      '| Topic | Video | Presentation |',
      '| ----- |:-----:| -----:|',
      '|Keynote: Gardening Your Service Mesh - Priya Natarajan & Tom Ekland|[Watch Here](https://video.example/a)| [Slides](https://slides.example/a.pdf)|',
      '|Keynote: Ten Years of Tiny Containers - Rosa Delgado|[Watch Here](https://video.example/b)| [Slides](https://slides.example/b.pdf)|',
      '|Keynote: Closing Thoughts - Mark Obuya|[Watch Here](https://video.example/c)|-|',
    );
    expect(brief(talks)).toEqual([
      ['Gardening Your Service Mesh', 'Priya Natarajan, Tom Ekland', 2],
      ['Ten Years of Tiny Containers', 'Rosa Delgado', 2],
      ['Closing Thoughts', 'Mark Obuya', 1],
    ]);
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['video', 'slides']);
  });

  it('does not read a table of tools and their links as talks', () => {
    const { talks } = read(
      '## Tools mentioned',
      '',
      '| Name | Link |',
      '| --- | --- |',
      '| kubectl-tree | [GitHub](https://github.com/x/kubectl-tree) |',
      '| stern | [GitHub](https://github.com/x/stern) |',
    );
    expect(talks.map((t) => t.title)).not.toContain('kubectl-tree');
  });
});
