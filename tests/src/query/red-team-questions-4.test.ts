import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * Red-team round 7, the answers people notice: a person nobody in the notes has, said so; a
 * subject word an event is named after, still the subject; a hyphenated word searched whole;
 * a number as a figure or a word; several filters no talk passes together, one left out, said so.
 */

const FJELL = 'fjellcon-2024';
const SPRINT = 'sre-sprint-2025';
const HAVN = 'havnconf-2025';

const library: Library = {
  events: [
    event(FJELL, 'Fjellcon 2024', { dates: '2024-05-14..2024-05-15' }),
    event(SPRINT, 'SRE Sprint 2025', { dates: '2025-03-04..2025-03-05' }),
    event(HAVN, 'Havnconf 2025', { dates: '2025-09-10' }),
  ],
  talks: [
    talk(FJELL, 'twelve', 'The twelve-factor app, ten years on', 'Config in the environment', {
      speakers: [{ name: 'Ines Dalca', company: 'Brightwork' }],
      date: '2024-05-14',
      day: 'Day 1',
    }),
    talk(FJELL, 'packaging', 'Packaging is fine now', "It's actually fine now; lockfiles win", {
      speakers: [{ name: 'Zed Marlow', company: 'Ovenbird' }],
      date: '2024-05-14',
      day: 'Day 1',
    }),
    talk(FJELL, 'permissions', 'Sandboxing build scripts', 'Security of postinstall scripts', {
      speakers: [{ name: 'Rahul Menon', company: 'Cobaltline' }],
      date: '2024-05-14',
      day: 'Day 1',
    }),
    talk(FJELL, 'kafka', 'Kafka for small teams', 'One broker is plenty; compaction', {
      speakers: [{ name: 'Rahul Menon', company: 'Cobaltline' }],
      date: '2024-05-15',
      day: 'Day 2',
      time: '10:30',
    }),
    talk(FJELL, 'gc', 'Garbage collector tuning', 'Pause times; heap sizing', {
      speakers: [{ name: 'Oda Brekke', company: 'Nordlys' }],
      date: '2024-05-15',
      day: 'Day 2',
    }),
    talk(FJELL, 'caching', 'Caching without tears', 'Cache keys; stampedes', {
      speakers: [{ name: 'Oda Brekke', company: 'Nordlys' }],
      date: '2024-05-15',
      day: 'Day 2',
    }),
    talk(HAVN, 'zero', 'Zero trust in practice', 'No implicit network trust; device identity', {
      speakers: [{ name: 'Mira Solberg', company: 'Havnbank' }],
    }),
    talk(HAVN, 'quote', 'Boring platforms', 'Mira Holt said boring is the point; paved roads', {
      speakers: [{ name: 'Odd Lunde', company: 'Havnbank' }],
    }),
    talk(HAVN, 'oncall', 'Your on-call rotation is lying', 'Pages per shift; handovers', {
      speakers: [{ name: 'Tuva Moe', company: 'Spreebahn' }],
    }),
    talk(SPRINT, 'slo', 'SLOs for batch jobs', 'Freshness and completeness SLIs', {
      speakers: [{ name: 'Felix Baumann', company: 'Zugspitz' }],
    }),
    talk(SPRINT, 'quiet', 'Quiet hours', 'A weekly budget of quiet hours per person', {
      speakers: [{ name: 'Rosa Kuhn', company: 'Spreebahn' }],
    }),
  ],
};

const bot = new Bot(library);
const none = (answer: Answer) => (answer.kind === 'none' ? answer : undefined);

describe('a person nobody in the notes has', () => {
  it('says no speaker of that name is in the notes, with the names that come close', () => {
    for (const question of ['talks by Zed Quill', 'what did Zed Quill say']) {
      const answer = none(bot.ask(question));
      expect(answer?.reason).toBe('unknown-speaker');
      expect(answer?.name).toBe('Zed Quill');
      expect(answer?.suggestions).toContain('talks by Zed Marlow');
      // The topics are no answer to a name.
      expect(answer?.topics).toEqual([]);
    }
  });

  it('says so where a word of the name finds other talks, and for "did … speak"', () => {
    // "Rahul" alone finds Rahul Menon's talks: no answer to "Rahul Quill".
    expect(none(bot.ask('talks by Rahul Quill'))?.reason).toBe('unknown-speaker');
    const fowler = none(bot.ask('did Martin Fowler speak anywhere'));
    expect(fowler?.reason).toBe('unknown-speaker');
    expect(fowler?.suggestions).toEqual([]);
  });

  it('still lists a talk whose notes name the person, and a speaker who is there', () => {
    expect(ids(bot.ask('what did Mira Holt say'))).toEqual(['quote']);
    expect(ids(bot.ask('talks by Rahul Menon')).sort()).toEqual(['kafka', 'permissions']);
  });
});

describe('a subject word an event is named after', () => {
  it('finds the talks about it, then the rest of the event named after it', () => {
    for (const question of ['sre talks', 'SRE', 'site reliability engineering']) {
      const found = ids(bot.ask(question));
      expect(found).toContain('oncall');
      expect(found).toContain('slo');
      // Named after the subject, it comes after the talks that are about it.
      expect(found.at(-1)).toBe('quiet');
    }
  });
});

describe('hyphenated words and numbers', () => {
  it('searches a hyphenated word whole, never by the halves other talks say', () => {
    // "fine" (Packaging is fine now) and "tuning" (Garbage collector tuning) are no fine-tuning.
    expect(bot.ask('RAG vs fine-tuning').kind).toBe('none');
    expect(bot.ask('fine-tuning').kind).toBe('none');
    expect(ids(bot.ask('garbage collector tuning'))).toEqual(['gc']);
  });

  it('still corrects a slip in a half of a hyphenated word', () => {
    expect(ids(bot.ask('garbage-colector'))).toEqual(['gc']);
  });

  it('finds a number written as a figure or a word, hyphenated or not', () => {
    for (const question of ['12 factor apps', 'twelve-factor', 'twelve factor app', '12-factor'])
      expect(ids(bot.ask(question))[0]).toBe('twelve');
  });
});

describe('related terms of two words', () => {
  it('finds the zero-trust talk for "security", after the talk that says security', () => {
    expect(ids(bot.ask('security'))).toEqual(['permissions', 'zero']);
    expect(ids(bot.ask('security talks at havnconf'))).toEqual(['zero']);
  });
});

describe('several filters no talk passes together', () => {
  it('leaves out the day, and says so', () => {
    const answer = bot.ask('talks by Rahul Menon on day 3');
    expect(ids(answer).sort()).toEqual(['kafka', 'permissions']);
    expect(scope(answer)?.dropped).toBe('on day 3');
  });

  it('leaves out the event, keeping the subject and the day', () => {
    const answer = bot.ask('kafka talks on day 2 at havnconf');
    expect(ids(answer)).toEqual(['kafka']);
    expect(scope(answer)?.dropped).toBe('at havnconf');
  });

  it("lists a speaker's talks when none is on the subject asked", () => {
    const answer = bot.ask('caching talks by Rahul Menon');
    expect(ids(answer).sort()).toEqual(['kafka', 'permissions']);
    expect(scope(answer)?.dropped).toBe('caching');
  });

  it('leaves out a time of day, saying it as typed', () => {
    const answer = bot.ask('what was on at 11am at fjellcon');
    expect(ids(answer)).toContain('kafka');
    expect(scope(answer)?.dropped).toBe('at 11am');
  });

  it('keeps a subject no talk has a plain "no match"', () => {
    expect(bot.ask('blockchain talks at fjellcon on day 2').kind).toBe('none');
    // "hotel" is no subject of the notes, though "hot" or "el" may be words of them.
    expect(bot.ask('where was the hotel for havnconf').kind).toBe('none');
    // A month and its year are one "when": no talk then is the answer, not the year's talks.
    expect(bot.ask('talks in march 2024').kind).toBe('none');
  });
});

describe('the asking around a question', () => {
  it('reads "key points", "main takeaways" as the gist, not words to find', () => {
    expect(ids(bot.ask('key points from the havnconf talks')).sort()).toEqual([
      'oncall',
      'quote',
      'zero',
    ]);
    expect(ids(bot.ask('caching talk main points'))).toEqual(['caching']);
    expect(ids(bot.ask('kafka talk main takeaways'))).toEqual(['kafka']);
  });

  it('leaves out the asking around a subject: an opinion, an overview, a foreign "and"', () => {
    expect(ids(bot.ask("what's the consensus on zero-trust"))).toEqual(['zero']);
    expect(ids(bot.ask('short overview of the kafka talks please'))).toEqual(['kafka']);
    expect(ids(bot.ask("c'è un talk sui zero-trust?"))).toEqual(['zero']);
    // The word no talk has is the subject here, not the asking: no talk about "time".
    expect(bot.ask('what time is lunch').kind).toBe('none');
  });

  it('reads German "was lief an Tag 2" as what was on that day', () => {
    expect(ids(bot.ask('was lief an Tag 2 auf der Fjellcon?')).sort()).toEqual([
      'caching',
      'gc',
      'kafka',
    ]);
  });

  it('answers "which conference was most recent" with that event', () => {
    const answer = bot.ask('which conference was most recent?');
    expect(answer.kind === 'events' && answer.events.map((e) => e.id)).toEqual([HAVN]);
  });

  it('reads "the Ovenbird engineer" as the company, and "women" as no name', () => {
    const answer = bot.ask('what did the Ovenbird engineer talk about');
    expect(ids(answer)).toEqual(['packaging']);
    expect(scope(answer)?.kind).toBe('company');
    expect(none(bot.ask('talks by women'))?.reason).toBeUndefined();
  });
});
