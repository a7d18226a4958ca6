import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Questions a team asks in chat that the previous rounds misread, against invented notes: an
 * English conference and a French one.
 */
const [EN, FR] = ['quayside-2025', 'rencontres-nantes-2024'];

const bot = new Bot({
  events: [event(EN, 'Quayside 2025'), event(FR, 'Rencontres Nantes 2024')],
  talks: [
    talk(EN, 'fleet', 'Scheduling a container fleet', 'Bin packing; placement'),
    talk(EN, 'dashboards', 'Monitoring that nobody reads', 'Alert fatigue; dashboards'),
    talk(FR, 'boucle', 'La boucle d’événements', 'Le code asynchrone en JavaScript'),
    talk(FR, 'c-rust', 'Du C vers Rust', 'Réécrire un parseur en C'),
  ],
});

describe('an elided article typed without its apostrophe', () => {
  it('counts the talks or gives the events as with the apostrophe', () => {
    for (const asked of ['quanti talk c erano?', 'quanti talk c erano in tutto'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'help', count: true });
    for (const asked of ['c etait quand la conference ?', 'quand a eu lieu l evenement ?'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
  });

  it('keeps a lone "c" that names the language', () => {
    expect(ids(bot.ask('ci sono talk su c e rust?'))).toEqual(['c-rust']);
  });
});

describe('a real word of the field is no typo of a word the notes have', () => {
  it('finds no talk for "mentoring" where the notes only say "monitoring"', () => {
    for (const asked of ['mentoring', 'any talks about mentoring?'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'none' });
  });

  it('still corrects a slip of the word the notes have', () => {
    for (const asked of ['monitorng', 'montoring'])
      expect(ids(bot.ask(asked)), asked).toEqual(['dashboards']);
  });
});
