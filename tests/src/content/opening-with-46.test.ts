import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A French day recap whose talks' headings name no one, the notes' first sentence saying the day
 * went on with a person, "qui …" (the shape of a real MiXiT post). Invented people and talks.
 */
describe('notes that open with the programme going on with a person', () => {
  it('name that person as the speaker', () => {
    const parsed = post(
      '# Harbourconf 2031 (partie 2)',
      '',
      '## Le deuxième jour',
      '',
      '### Faut-il débrancher les ferries ?',
      '',
      'Cette journée commence avec Camille Rousseau, qui nous parle de l’impact des horaires.',
      '',
      'Je n’ai pas pris beaucoup de notes.',
      '',
      '### Sa vie de développeuse dans le maritime',
      '',
      'On enchaîne avec Léa Martin, qui est développeuse dans une startup du port.',
      '',
      '### The last crossing',
      '',
      'The afternoon started with Jonas Berg, who showed the new timetable.',
    );
    expect(parsed.talks.map((t) => t.speakers.map((s) => s.name))).toEqual([
      ['Camille Rousseau'],
      ['Léa Martin'],
      ['Jonas Berg'],
    ]);
  });

  it('names no one after "with" where no verb says the programme went on', () => {
    const parsed = post(
      '# Harbourconf 2031',
      '',
      '### The last crossing',
      '',
      'I had lunch with Jonas Berg, who told me about ferries.',
    );
    expect(parsed.talks[0]?.speakers).toEqual([]);
  });
});
