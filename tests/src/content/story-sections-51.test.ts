import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A host's or an attendee's recap whose own story of the day sits under a heading of the talks'
 * level: "The backstage build up" over "It is surreal to find myself standing in a conference
 * room…", "Ce que l'on retrouve" over "Par rapport aux autres éditions…". The bot listed them as
 * talks with no speaker. Written in those shapes with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'recap.md', 'recap');

describe("the author's story between the talks", () => {
  it('is no talk in a post whose talks name their speakers', () => {
    const { talks } = read(
      '# GoNorth 2031: notes from the host',
      '',
      '## The backstage build up',
      '',
      'It is surreal to find myself standing in a conference room in front of a live audience again.',
      '',
      '## Mira Olsen: Go large!',
      '',
      'Mira walked through the habits that keep large systems maintainable.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Go large!']);
  });

  it('is no talk in French either', () => {
    const { talks } = read(
      '# Mon Devoxx 2031',
      '',
      "## Mercredi : c'est parti",
      '',
      "### Ce que l'on retrouve",
      '',
      "Par rapport aux autres éditions, il y a beaucoup de choses qu'on aime retrouver : les bénévoles en rouge.",
      '',
      '### Ce qui change',
      '',
      "Non mais vous avez vu ce stand d'accueil ?? Une organisation impeccable !",
      '',
      '### Le wasm partout - Paul Girard et Léa Morel',
      '',
      'Trois heures pour compiler du Rust vers le navigateur.',
      '',
      '### Les graphes sans peur - Nina Roux',
      '',
      'Des requêtes lisibles sur des graphes énormes.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Le wasm partout', 'Les graphes sans peur']);
  });

  it('leaves a talk without a speaker a talk when its notes tell of the talk', () => {
    const { talks } = read(
      '# GoNorth 2031',
      '',
      '## Mira Olsen: Go large!',
      '',
      'Mira walked through the habits that keep large systems maintainable.',
      '',
      '## Profiling in production',
      '',
      'I had never seen the audience this quiet: the demo of continuous profiling was that good.',
      '',
      '## Generics in anger',
      '',
      'We learned that type sets read better than interfaces full of methods.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Go large!',
      'Profiling in production',
      'Generics in anger',
    ]);
  });
});
