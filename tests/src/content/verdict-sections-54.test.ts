import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A post that first judges the event ("### Puntos fuertes" over the venue and the buses, "###
 * Puntos débiles" over the Wi-Fi) listed those headings as talks, and "### Meta-analysis" after a
 * post's meetups was a talk too. Written in my own words, with invented events and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe("the author's verdict on the event", () => {
  it('is no talk, in Spanish or English', () => {
    const { talks } = read(
      '# Pylleida 2031',
      '',
      'Fui con dos compañeros a la conferencia. Antes de las charlas, lo que me pareció la organización:',
      '',
      '### Puntos fuertes',
      '',
      '* El autobús desde la estación y un buen auditorio.',
      '',
      '### Puntos débiles',
      '',
      '* La wifi no funcionaba en la sala grande.',
      '',
      '## Charlas',
      '',
      '### Tipos estáticos sin dolor',
      '',
      'Charla de Ana Ferrer. Muy clara y con buenos ejemplos de mypy.',
      '',
      '### The good',
      '',
      'Coffee all day.',
      '',
      '### What could be better',
      '',
      'Longer breaks.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Tipos estáticos sin dolor']);
  });

  it('is no talk after a post of meetup evenings', () => {
    const { talks } = read(
      '# Meetups this spring',
      '',
      '### Meetup #1, March 5',
      '',
      'We hacked on side projects in a shared office and ate pizza.',
      '',
      '### Meetup #2, April 9',
      '',
      'Beers and chat about keyboards.',
      '',
      '### Meta-analysis',
      '',
      'Overall, both evenings were fun and I will go again in May.',
    );
    expect(talks).toEqual([]);
  });

  it("keeps a talk's own pros and cons in its notes", () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Kafka in anger - Ada Lund',
      '',
      'Intro.',
      '',
      '### Pros',
      '',
      '- durable log',
      '',
      '### Cons',
      '',
      '- heavy to run',
      '',
      '## Mesh radios - Ola Brandt',
      '',
      'Cheap radios.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Kafka in anger', 'Mesh radios']);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Intro.', 'Pros', 'Cons']);
  });
});
