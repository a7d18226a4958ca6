import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round T: questions typed as people type them in chat, over notes of several events
 * in several languages, each class on invented notes: French and Italian elisions in the notes,
 * events named that the notes do not have, countries and their people as places, what a
 * negation leaves out, words the stemmer joins.
 */

const LYON = 'pixelfest-lyon-2024';
const french = new Bot({
  events: [event(LYON, 'Pixelfest Lyon 2024')],
  talks: [
    talk(
      LYON,
      'a11y',
      "L'accessibilité n'est pas une option",
      "Lecteurs d'écran; navigation au clavier",
    ),
    talk(LYON, 'rsc', "Composants serveur : retour d'expérience", 'Migration page par page'),
    talk(LYON, 'api', "Dell'API e del suo design", 'Versioni e contratti'),
    talk(LYON, 'snap', 'Snapshot-Tests im Frontend', 'Barrierefreiheit mit axe-core'),
  ],
});

describe('an elided article in the notes is no part of the word after it', () => {
  it('finds "L’accessibilité …" for accessibility, in English or in French', () => {
    for (const asked of ['accessibility', 'a11y talks', "y a-t-il un talk sur l'accessibilité ?"])
      expect(ids(french.ask(asked))[0], asked).toBe('a11y');
  });

  it('finds an Italian "dell’API" for api', () => {
    expect(ids(french.ask('api design'))).toEqual(['api']);
  });
});
