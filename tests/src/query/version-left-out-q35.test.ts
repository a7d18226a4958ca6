import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * A name and a version number no talk says ("vue 3", "react 16"): the talks about the name,
 * saying no talk mentions the number, never "no match" with no reason.
 */
const FEST = 'pixelfest-2019';

const bot = new Bot({
  events: [event(FEST, 'Pixelfest 2019', { dates: '2019-05-14' })],
  talks: [
    talk(FEST, 'vue', 'Vue.js deep dive', 'Reactivity; the composition API', { topic: 'Frontend' }),
    talk(FEST, 'preact', 'Small apps with Preact', 'Bundle size; hooks', { topic: 'Frontend' }),
    talk(FEST, 'days', 'Kotlin workshop days', 'We ran a 5 day workshop', { topic: 'Mobile' }),
    talk(FEST, 'cake', 'Baking for engineers', 'Sourdough and patience', { topic: 'Culture' }),
  ],
});

describe('a version number no talk says, after a name talks are about', () => {
  it.each([
    ['vue 3', 'vue', '3'],
    ['vue 3 talks', 'vue', '3'],
    ['preact 10', 'preact', '10'],
  ])('"%s" is the talks about the name, the number said unmentioned', (question, id, number) => {
    const answer = bot.ask(question);
    expect(ids(answer)[0]).toBe(id);
    expect(scope(answer)?.unmatched).toEqual([number]);
  });

  it('a number some talk says keeps the question whole', () => {
    expect(ids(bot.ask('kotlin 5'))).toEqual(['days']);
    expect(scope(bot.ask('vue 5'))?.unmatched).toBeUndefined();
  });

  it('a name no talk has stays no match', () => {
    expect(bot.ask('angular 6').kind).toBe('none');
  });
});
