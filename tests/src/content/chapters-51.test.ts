import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap told in chapters: "### Chapitre 2 : Keynote - Advice Well Taken - Dasha Ilina", and a
 * first chapter on the conference's opening show, "### Chapitre 1 : Il était une fois DevFest
 * Nantes 2025". The bot showed "Chapitre 2 : Keynote - Advice Well Taken" as the title and the
 * opening show as a talk. Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'devfest.md', 'devfest');

const POST = [
  '---',
  'title: "Mon DevFest Lille 2031 à moi !"',
  '---',
  '',
  '## Jeudi : premier jour',
  '',
  '### Chapitre 1 : Il était une fois DevFest Lille 2031',
  '',
  "L'amphi se remplit, les orgas ouvrent ce premier chapitre en costumes.",
  '',
  '### Chapitre 2 : Keynote - Conseils bien suivis - Dana Ilic',
  '',
  'Dana questionne notre rapport à la technologie.',
  '',
  '### Chapitre 3 : Lecteurs d’écran en pratique - Ana Gil et Paul Roy',
  '',
  'Un atelier les yeux bandés.',
];

describe('a recap told in chapters', () => {
  it('keeps no chapter number in the titles, and the kind apart', () => {
    const { talks } = read(...POST);
    expect(talks.map((t) => [t.title, t.kind, t.speakers.map((s) => s.name)])).toEqual([
      ['Conseils bien suivis', 'Keynote', ['Dana Ilic']],
      ['Lecteurs d’écran en pratique', undefined, ['Ana Gil', 'Paul Roy']],
    ]);
  });

  it('keeps a talk naming the conference when a speaker gave it', () => {
    const { talks } = read(
      '# DevFest Lille 2031',
      '',
      '## The state of DevFest Lille 2031 - Marc Petit',
      '',
      'The organisers counted the attendees.',
      '',
      '## Typed SQL - Ana Ruiz',
      '',
      'Queries checked at compile time.',
    );
    expect(talks.map((t) => t.title)).toEqual(['The state of DevFest Lille 2031', 'Typed SQL']);
  });
});
