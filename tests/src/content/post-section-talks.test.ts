import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A heading the post's own sections are named by ("Trends", "Reflections") over talk headings:
 * the talks are read, the heading is no talk nor topic. Invented conference.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'devconf.md', 'devconf');

describe('talks under a heading named like a section of the post', () => {
  it('are read where two of them name a speaker or link slides', () => {
    const { talks, problems } = read(
      '# DevConf 2031 notes',
      '',
      '## Trends',
      '',
      '### Platform engineering is here by Ana Lee (Spotify)',
      '- Golden paths beat mandates',
      '- [Slides](https://example.com/platform.pdf)',
      '',
      '### AI everywhere by Bo Sten',
      '- Copilots in every IDE',
      '',
      '## Social life',
      '',
      '### Speaker dinner',
      '- Great food',
      '',
      '## Food and drink',
      '',
      '### Fantastic Indian cuisine: [Dishoom](https://example.com/dishoom)',
      '- Best dal in town',
      '',
      '### Real Ale Pub: [The Harp](https://example.com/harp)',
      '- Good ale',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.topic ?? '-'])).toEqual([
      ['Platform engineering is here', ['Ana Lee'], '-'],
      ['AI everywhere', ['Bo Sten'], '-'],
    ]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"Trends" skipped as not a talk/);
  });

  it("are the author's own themes where none says it is a talk", () => {
    const { talks } = read(
      '# DevConf 2031 notes',
      '',
      '## Trends',
      '',
      '### Platform teams',
      '- Everyone talked about paved roads',
      '',
      '### Data products',
      '- Data as a product was everywhere',
      '',
      '## Rust in the kernel by Kai Moe',
      '- Memory safety without a GC',
    );
    expect(talks.map((t) => t.title)).toEqual(['Rust in the kernel']);
  });
});
