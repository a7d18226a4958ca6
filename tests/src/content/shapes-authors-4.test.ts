import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (4): each fixture invented for these tests. */

describe('setext "Day 2" headings over numbered bold titles: "**1. Title** (Name)"', () => {
  const { talks, problems } = shape('bold-numbered-setext');

  it("leaves the author's numbering out of the title and its id", () => {
    expect(talks.map((t) => [t.id, t.title, who(t), t.day])).toEqual([
      ['java-language-futures', 'Java Language Futures', ['Brian Goetz'], 'Day 2'],
      ['reactive-spring', 'Reactive Spring', ['Josh Long'], 'Day 2'],
      [
        'quarkus-supersonic-subatomic-java',
        'Quarkus: Supersonic Subatomic Java',
        ['Emmanuel Bernard', 'Sanne Grinovero'],
        'Day 3',
      ],
      ['thinking-in-parallel', 'Thinking in Parallel', ['Stuart Marks'], 'Day 3'],
    ]);
    expect(kinds(talks[2])).toEqual(['video']);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^28: "Conclusion" skipped as not a talk/),
    ]);
  });
});

describe('bullets of bold titles with a kind of session first: "**Keynote: Title** – Name"', () => {
  const { talks } = shape('bullet-kinds');

  it('reads the title without "Keynote:", as a heading would be read', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['What SRE could be', ['Niall Murphy'], []],
      ['Incident Analysis: How Not to Learn', ['Laura Maguire', 'John Allspaw'], []],
      [
        'The Sociotechnical Path to High-Performing Teams',
        ['Ana Margarita Medina @ Lightstep'],
        ['slides'],
      ],
    ]);
  });
});

describe('a table of talks whose notes column has no header words ("| 🤔 |")', () => {
  const { talks } = shape('table-unnamed-notes');

  it('reads the sentences in that column as the notes; a table of tools is no talks', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      [
        'Types as documentation',
        ['Sofia Lund'],
        ['video'],
        'The best intro to modelling a domain with types.',
      ],
      [
        'The art of naming',
        ['Erik Berg'],
        ['video'],
        'Funny, and a live demo of renaming a whole codebase.',
      ],
      ['Managing information overload', ['Jessica Kerr'], [], 'Practical tips for staying sane.'],
    ]);
  });

  it('reads "Why watch it" and "What I liked" headers as notes too', () => {
    const text = (header: string) =>
      `| Talk | Speaker | ${header} |\n|---|---|---|\n| Queues | Mia Novak | Backpressure done right |\n`;
    for (const header of ['Why watch it', 'What I liked', 'Highlights']) {
      expect(parseNotes(text(header), 'x.md', 'x').talks[0]?.summary, header).toBe(
        'Backpressure done right.',
      );
    }
  });
});

describe('"Speaker:" with one name and a company of two words', () => {
  it('reads "Speaker: Name, Red Hat" as one speaker and a company, "Speakers:" as two', () => {
    const post = (line: string) =>
      parseNotes(
        `## Talks\n\n### Autoscaling with KEDA\n\n${line}\n\n- scale to zero\n`,
        'x.md',
        'x',
      ).talks[0];
    expect(who(post('Speaker: Zbyněk Roubalík, Red Hat'))).toEqual(['Zbyněk Roubalík @ Red Hat']);
    expect(who(post('**Speaker:** Jane Doe, Blue Yonder'))).toEqual(['Jane Doe @ Blue Yonder']);
    expect(who(post('Speakers: Jane Doe, John Roe'))).toEqual(['Jane Doe', 'John Roe']);
  });
});
