import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, talk } from './subject-fixture.ts';

/**
 * Notes with accents are read another way than plain ASCII ones: their words written apart or
 * with a hyphen must find, and be found by, the word written together all the same.
 */
const library: Library = {
  events: [event('conf', 'Conf')],
  talks: [
    talk(
      'conf',
      'front',
      'Micro Frontend : le casse-tête des micro services étendu au navigateur',
      ['Découper une application en équipes'],
    ),
    talk('conf', 'gateway', 'Une passerelle pour nos microservices', ['Sécurité et routage']),
    talk('conf', 'pager', 'Être on-call sans s’épuiser', ['Des alertes utiles, pas de bruit']),
    talk('conf', 'calls', 'Tool calls für Agenten', ['Größere Modelle rufen Werkzeuge auf']),
  ],
};

const bot = new Bot(library);
const ids = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id).sort() : answer.kind;
};

describe('words joined, apart or hyphenated in notes with accents', () => {
  it.each(['microservices', 'micro services', 'micro-services'])(
    '"%s" finds the talk that writes "micro services" apart and the one that joins them',
    (question) => {
      expect(ids(question)).toEqual(['front', 'gateway']);
    },
  );

  it('finds "on-call" of accented notes by "oncall", not the tool calls', () => {
    expect(ids('oncall')).toEqual(['pager']);
    expect(ids('on call')).toEqual(['pager']);
  });
});
