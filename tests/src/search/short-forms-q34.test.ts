import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './subject-fixture.ts';

/**
 * Short forms of the web's tools and of data science, asked where the notes write them out (or
 * the other way round): never "no match" only because the other form was typed.
 */
const bot = new Bot({
  events: [event('webconf', 'Webconf 2019')],
  talks: [
    talk('webconf', 'offline', 'Offline first, are we there yet?', ['PWAs need a service worker']),
    talk('webconf', 'tools', 'Rocking out with browser developer tools', ['paint flashing']),
    talk('webconf', 'editor', 'Visual Studio Code tricks', ['multi-cursor editing']),
    talk('webconf', 'models', 'Predicting rents', ['sklearn pipelines', 'data viz with leaflet']),
    talk('webconf', 'signals', 'Health checks as signals', ['digital signal processing']),
    talk('webconf', 'cake', 'Baking for engineers', ['sourdough and patience']),
  ],
});

const first = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};

describe('short forms people type for what notes write out', () => {
  it.each([
    ['progressive web apps', 'offline'],
    ['is there a talk on progressive web apps?', 'offline'],
    ['devtools', 'tools'],
    ['chrome dev tools', 'tools'],
    ['vscode', 'editor'],
    ['vs code', 'editor'],
    ['scikit-learn', 'models'],
    ['data visualization', 'models'],
    ['dsp', 'signals'],
  ])('"%s" finds the talk that writes it otherwise', (question, id) => {
    expect(first(question)).toEqual([id]);
  });
});
