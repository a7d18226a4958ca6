import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Questions typed in a hurry, and conferences written up in several posts (round q41). */

describe('a word of the asking typed a letter short is no subject', () => {
  const E = 'brinejs-2022';
  const bot = new Bot({
    events: [event(E, 'BrineJS 2022')],
    talks: [
      talk(E, 'sig', 'Signals in practice', 'fine-grained reactivity; effects'),
      talk(E, 'ssr', 'Streaming SSR', 'suspense; partial hydration; signals'),
    ],
  });

  it.each([
    'wich talks were about signals',
    'any taks on signals?',
    'was there anything abot signals',
    'was ist mit Signals?',
    'welche Vorträge sind über Signals?',
  ])('"%s" finds the talks on the subject, no word said missing', (asked) => {
    const answer = bot.ask(asked);
    expect(ids(answer).sort()).toEqual(['sig', 'ssr']);
    expect(answer.kind === 'talks' && answer.scope.unmatched).toBeFalsy();
  });
});

describe('a conference written up in several posts', () => {
  const A = 'gillcon-2014-notes';
  const B = 'my-first-gillcon';
  const C = 'reefjs-eu-2013';
  const D = 'takeaways-reefjs';
  const bot = new Bot({
    events: [
      event(A, 'GillCon 2014'),
      event(B, 'GillCon'),
      event(C, 'ReefJS EU 2013'),
      event(D, 'What I took home from ReefJS EU - Lisbon 2018'),
    ],
    talks: [
      talk(A, 'gc', 'Pauseless collectors', 'write barriers; great talk, loved it'),
      talk(B, 'ssa', 'Lowering to SSA', 'phi nodes; register allocation', {
        date: '2016-08-02',
      }),
      talk(B, 'tags', 'Struct tags by hand', 'reflection; codegen; the highlight of the day'),
      talk(C, 'rtc', 'Peer video in the browser', 'ICE; TURN servers; a must-see'),
      talk(D, 'pkg', 'A faster package manager', 'lockfiles; content-addressed cache'),
    ],
  });

  it('names an event by the year its talks are dated, where its name has none', () => {
    expect(ids(bot.ask('talks at gillcon 2016')).sort()).toEqual(['ssa', 'tags']);
    const when = bot.ask('when was gillcon 2016?');
    expect(when).toMatchObject({ kind: 'events', events: [{ id: B, dates: '2016-08-02' }] });
    expect(when.kind === 'events' && when.unsaid).toBeFalsy();
  });

  it('reads a name written inside a post’s longer title as that event too', () => {
    expect(ids(bot.ask('reefjs eu 2018'))).toEqual(['pkg']);
    expect(ids(bot.ask('talks at reefjs eu')).sort()).toEqual(['pkg', 'rtc']);
  });

  it('keeps the praised talks to the events of the name asked, where several have it', () => {
    const answer = bot.ask('what was the best talk at gillcon?');
    expect(ids(answer).sort()).toEqual(['gc', 'tags']);
    expect(answer).toMatchObject({ kind: 'talks', scope: { praised: true } });
  });
});
