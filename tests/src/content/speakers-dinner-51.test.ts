import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A recap's evening between the talks: "No speaker dinner for me, but a good evening anyway"
 * over "Most of my team went to the speaker dinner… not me, not being a speaker". The word
 * "speaker" kept it a talk, and the bot listed the evening among the talks. Written in that
 * shape (in French, as the post was) with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'devoxx.md', 'devoxx');

const OPENING = [
  '# Retour de Devoxx 2031',
  '',
  '### Les tests, sans douleur - Claire Martin',
  '',
  'Claire nous a montré comment écrire des tests lisibles.',
  '',
];

describe('the speakers’ dinner', () => {
  it('is an evening, no talk', () => {
    const { talks } = read(
      ...OPENING,
      '### Pas de speaker diner mais une bonne soirée quand même',
      '',
      "La plupart de mon équipe est allée au _speaker diner_ ... mais pas moi, n'étant pas speaker.",
      'Une soirée comme je les aime : pizza et discussions !',
      '',
      '### Le futur du build - Hugo Bernard',
      '',
      'Hugo a comparé trois outils de build.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Les tests, sans douleur', 'Le futur du build']);
  });

  it('leaves a talk given at the party a talk', () => {
    const { talks } = read(
      ...OPENING,
      '### Lightning talks à la soirée',
      '',
      'Cinq speakers, cinq minutes chacun, sur des sujets très variés.',
    );
    expect(talks.map((t) => t.title)).toContain('Lightning talks à la soirée');
  });
});
