import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A summary is the talk's prose alone: a blog engine's picture (its address written with a Liquid
 * variable), the caption in italics under a picture, and bold marks the author left unclosed are
 * none of it. Invented conference, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/harbourfest.md', 'page');
const summaries = (...lines: string[]) => read(...lines).talks.map((t) => t.summary);

describe('a summary of clean prose', () => {
  it('leaves out a Jekyll picture whose address starts with {{ site.baseurl }}', () => {
    const { talks } = read(
      '# Harbourfest 2031',
      '',
      '## Tuning the garbage collector by Ines Morava',
      '',
      'Ines showed how pauses shrink when the heap is sized right.',
      '',
      '> ![Ines on stage]({{ site.baseurl }}/assets/img/ines.jpg "Ines on stage")',
      '',
      '## Queues for everyone by Bram Oduya',
      '',
      'Bram compared four brokers and picked the boring one.',
      '',
      '![Bram]({{ "/assets/img/bram.jpg" | relative_url }})',
    );
    expect(talks.map((t) => t.summary)).toEqual([
      'Ines showed how pauses shrink when the heap is sized right.',
      'Bram compared four brokers and picked the boring one.',
    ]);
    expect(talks[0]?.summary).not.toContain('assets');
  });

  it('leaves out the italic caption under a picture', () => {
    expect(
      summaries(
        '# Harbourfest 2031',
        '',
        '## Queues for everyone by Bram Oduya',
        '',
        'Bram compared four brokers and picked the boring one.',
        '',
        '> ![Bram at the podium](/img/bram.jpg)  ',
        '> _Bram at the podium, day two_',
        '',
        '## Typed configs by Lotte Quist',
        '',
        'Lotte argued for schemas in every repository.',
        '',
        '![DSC_0012.jpg](/img/dsc_0012.jpg)',
        '*Lotte and her slide of twelve YAML files*',
      ),
    ).toEqual([
      'Bram compared four brokers and picked the boring one.',
      'Lotte argued for schemas in every repository.',
    ]);
  });

  it('drops bold marks left unclosed, not marks inside words', () => {
    expect(
      summaries(
        '# Harbourfest 2031',
        '',
        '## Typed configs by Lotte Quist',
        '',
        '- Lotte argued for schemas. ** worth a rewatch - config files are code too.',
        '- **Note the loader takes `**kwargs` and `x ** 2` stays as written.',
      )[0],
    ).toBe(
      'Lotte argued for schemas. worth a rewatch - config files are code too. Note the loader takes **kwargs and x ** 2 stays as written.',
    );
  });
});
