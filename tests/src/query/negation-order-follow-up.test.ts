import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { ids, slides, talk, video } from './library-fixture.ts';

/**
 * Questions that say what they do not want, ask for one end of the schedule, or point back at an
 * earlier answer, over three invented conferences: one with times (two days), one without, one
 * with a link whose address has words no talk is about. The answer a user sees is what is checked.
 */

const FJORD = 'fjordops-2023';
const HARBOR = 'quayside-2025';

const library: Library = {
  events: [
    { id: FJORD, name: 'FjordOps Conf 2023', tags: [], topics: [], file: `${FJORD}.md` },
    { id: HARBOR, name: 'Quayside 2025', tags: [], topics: [], file: `${HARBOR}.md` },
  ],
  talks: [
    talk(FJORD, 'platform-keynote', 'The platform is the product', 'Treat developers as users', {
      kind: 'Keynote',
      date: '2023-09-12',
      day: 'Day 1',
      time: '09:00',
      links: [video('https://video.example/platform')],
    }),
    talk(FJORD, 'kube-costs', 'Kubernetes cost control', 'Right-size requests; spot nodes', {
      date: '2023-09-12',
      day: 'Day 1',
      time: '10:00',
      links: [slides('https://decks.example/kube-costs')],
      speakers: [{ name: 'Lea Berg', company: 'AWS' }],
    }),
    talk(FJORD, 'rust-edge', 'Rust at the edge', 'Memory safety without a garbage collector', {
      date: '2023-09-12',
      day: 'Day 1',
      time: '11:00',
      speakers: [{ name: 'Tom Ide', company: 'Amazon' }],
    }),
    talk(FJORD, 'pager-fatigue', 'Pager fatigue', 'Fewer alerts, better sleep; first responders', {
      date: '2023-09-12',
      day: 'Day 1',
      time: '14:00',
      links: [slides('https://decks.example/pager'), video('https://video.example/pager')],
      speakers: [{ name: 'Ivy Moe', company: 'Facebook' }],
    }),
    talk(FJORD, 'first-catalog', 'Catalog first', 'A service catalog before a portal', {
      date: '2023-09-13',
      day: 'Day 2',
      time: '09:30',
      speakers: [{ name: 'Raj Rao', company: 'Meta' }],
    }),
    talk(FJORD, 'kube-postgres', 'Postgres on Kubernetes', 'Operators make it reasonable', {
      date: '2023-09-13',
      day: 'Day 2',
      time: '13:30',
    }),
    talk(FJORD, 'closing-panel', 'The future of infrastructure', 'Predictions for the decade', {
      kind: 'Panel',
      date: '2023-09-13',
      day: 'Day 2',
      time: '16:00',
    }),
    talk(HARBOR, 'wasm-components', 'WebAssembly components', 'One component per request', {
      links: [
        slides('https://decks.example/wasm'),
        // An address with words and numbers no talk is about: a bookshop, a date, "latest".
        { kind: 'see-also', text: 'A book', url: 'https://www.amazon.com/dp/0984618104/en/latest' },
      ],
    }),
    talk(
      HARBOR,
      'kube-upgrades',
      'Kubernetes upgrade war stories',
      'Never skip a minor version; upgrades on Amazon EKS',
    ),
    talk(HARBOR, 'llm-agents', 'LLM agents in production', 'What broke when agents met users', {
      speakers: [{ name: 'Ana Silva', company: 'Spotify' }],
    }),
    talk(HARBOR, 'finops', 'FinOps for engineers', 'See blog.example.com/2015/11/18/finops-tips', {
      speakers: [{ name: 'Omar Haddad', company: 'Spotify' }],
      links: [video('https://video.example/finops')],
    }),
  ],
};
const bot = new Bot(library);

const found = (question: string): string[] => {
  const answer = bot.ask(question);
  if (answer.kind !== 'talks') return ids(answer);
  const pages = Math.ceil(answer.total / 5);
  return Array.from({ length: pages }, (_, i) => ids(bot.ask(question, { page: i + 1 }))).flat();
};
const ofEvent = (event: string) => library.talks.filter((t) => t.event === event).map((t) => t.id);

describe('a negation leaves out what it names', () => {
  it('leaves out an event or a year named after "not at", "except", "aren’t from"', () => {
    for (const question of [
      'talks not at fjordops',
      "talks that weren't at fjordops",
      'talks from any conference except fjordops',
      'talks excluding 2023',
    ])
      expect(found(question).sort(), question).toEqual(ofEvent(HARBOR).sort());
    expect(found("kubernetes talks that aren't from 2023")).toEqual(['kube-upgrades']);
    expect(found('kubernetes talks except 2023')).toEqual(['kube-upgrades']);
  });

  it('keeps the event or year after what is left out as where to look', () => {
    expect(found('anything but kubernetes at fjordops').sort()).toEqual(
      ofEvent(FJORD)
        .filter((id) => !id.startsWith('kube'))
        .sort(),
    );
    expect(found('talks not from spotify at quayside').sort()).toEqual(
      ['kube-upgrades', 'wasm-components'].sort(),
    );
  });

  it('leaves out a kind of talk: "talks that weren’t keynotes"', () => {
    expect(found("talks that weren't keynotes")).not.toContain('platform-keynote');
    expect(found("talks that weren't keynotes")).toHaveLength(library.talks.length - 1);
    expect(found('sessions that are not panels')).not.toContain('closing-panel');
  });

  it('turns down what the asker does not want', () => {
    for (const question of [
      'no kubernetes please',
      "I don't want kubernetes talks, show me something else",
      "I'm not interested in kubernetes",
    ]) {
      const left = found(question);
      expect(left, question).not.toContain('kube-costs');
      expect(left, question).toContain('rust-edge');
    }
  });

  it('reads more ways of turning talks down: "skip …", "minus …", "that isn’t …"', () => {
    for (const question of [
      'skip the kubernetes stuff',
      'talks minus the kubernetes ones',
      'anything that is not kubernetes',
      "stuff that isn't kubernetes",
    ]) {
      const ids = found(question);
      expect(ids, question).not.toContain('kube-costs');
      expect(ids, question).toContain('rust-edge');
    }
  });

  it('still reads a title with "not" in it, and "no" before a subject', () => {
    expect(found("talks that weren't given by Ana Silva")).not.toContain('llm-agents');
    expect(found('no kubernetes')).toContain('kube-costs');
  });

  it('reads no negation into a word that ends in "nt": "management at …", "deployment at …"', () => {
    // Before, both left FjordOps out and listed every other conference's talks.
    for (const question of ['cost management at fjordops', 'deployment at fjordops']) {
      const answer = bot.ask(question);
      expect(answer.kind === 'talks' && answer.scope.excluding).toBeFalsy();
      expect(found(question).filter((id) => ofEvent(HARBOR).includes(id))).toEqual([]);
    }
  });
});

describe('neither slides nor video', () => {
  const neither = ['rust-edge', 'first-catalog', 'kube-postgres', 'closing-panel'];
  it('lists the talks with no slides and no video, however it is said', () => {
    for (const question of [
      'talks with neither slides nor video',
      'talks with no slides and no video',
      'talks without slides or video',
      "which talks didn't have slides or a video",
      'talks missing both slides and video',
    ])
      expect(found(question).sort(), question).toEqual(
        [...neither, 'kube-upgrades', 'llm-agents'].sort(),
      );
    expect(found('2023 talks with no slides and no video').sort()).toEqual(neither.sort());
  });

  it('titles the list as "without slides or video", not as "a video but no slides"', () => {
    const answer = bot.ask('talks without slides or video');
    expect(answer).toMatchObject({ scope: { kind: 'list', lacking: 'both' } });
    expect(answer.kind === 'talks' && answer.scope.having).toBeFalsy();
    // One link lacking is still that one.
    expect(bot.ask('talks with video but no slides')).toMatchObject({
      scope: { having: 'video', lacking: 'slides' },
    });
  });
});

describe('a link’s address is no word of the talk', () => {
  it('ranks a talk found only by its link’s address after those that say the word', () => {
    const amazon = found('amazon');
    expect(amazon).toContain('kube-upgrades');
    expect(amazon[0]).not.toBe('wasm-components');
    if (amazon.includes('wasm-components')) expect(amazon.at(-1)).toBe('wasm-components');
  });

  it('finds no talk by the numbers of an address, in a link or written in the notes', () => {
    expect(found('0984618104')).toEqual(['none']);
    expect(found('2015')).toEqual(['none']);
  });

  it('still finds a talk by its link’s text and its notes’ words', () => {
    expect(found('book')).toEqual(['wasm-components']);
    expect(found('finops')).toContain('finops');
  });
});

describe('ordinals follow the schedule', () => {
  it('answers the first or last talk of a day or event by its time', () => {
    expect(found('the first talk on day 2')).toEqual(['first-catalog']);
    expect(found('what was the last talk on day 1')).toEqual(['pager-fatigue']);
    expect(found('the closing talk of fjordops')).toEqual(['closing-panel']);
    expect(found('the opening keynote of 2023')).toEqual(['platform-keynote']);
  });

  it('answers a month by the talks’ dates: "talks in september", "september 2023"', () => {
    const fjord = ofEvent(FJORD).filter((id) =>
      library.talks.some((t) => t.id === id && t.date?.startsWith('2023-09')),
    );
    expect(found('talks in september').sort()).toEqual(fjord.sort());
    expect(found('september 2023').sort()).toEqual(fjord.sort());
    expect(bot.ask('talks in september')).toMatchObject({ kind: 'talks', total: fjord.length });
    expect(found('talks in june')).toEqual(['none']);
  });

  it('reads "what opened X" and "which talk closed X" as the schedule’s ends, not as words', () => {
    expect(found('what opened fjordops')).toEqual(['platform-keynote']);
    expect(found('which talk closed fjordops')).toEqual(['closing-panel']);
  });

  it('gives the first talk the notes list of an event without days or times, saying so', () => {
    // Neither days nor times: the notes' order is the only one, its first talk the answer.
    expect(found('the first talk of quayside')).toEqual(ofEvent(HARBOR).slice(0, 1));
    expect(bot.ask('the first talk of quayside')).toMatchObject({ scope: { listed: 'first' } });
  });

  it('answers the newest or oldest conference by its dates', () => {
    expect(bot.ask('the newest conference')).toMatchObject({
      kind: 'events',
      events: [{ id: HARBOR }],
    });
    expect(bot.ask('the oldest conference')).toMatchObject({
      kind: 'events',
      events: [{ id: FJORD }],
    });
  });

  it('reads lunch as the middle of the day, and finds the talk after another', () => {
    expect(found('talks after lunch on day 2')).toEqual(['kube-postgres', 'closing-panel']);
    expect(found('talks before lunch on day 1').sort()).toEqual(
      ['platform-keynote', 'kube-costs', 'rust-edge'].sort(),
    );
    expect(found('what came after the rust talk')).toEqual(['pager-fatigue']);
    expect(found('what was right before the rust talk')).toEqual(['kube-costs']);
  });
});

describe('a follow-up with nothing to follow', () => {
  it('asks which talk, with one to name as an example, instead of every talk', () => {
    for (const question of [
      'and the slides?',
      'who gave it?',
      'was it recorded?',
      'can you send the link',
      'and which of those had video',
      'who else spoke?',
      'only the ones with video',
      'who was the speaker again?',
      'send me the video pls',
    ]) {
      const answer = bot.ask(question);
      expect(answer, question).toMatchObject({ kind: 'none', reason: 'which-talk' });
      expect(answer.kind === 'none' && answer.example, question).toMatch(/^talk /);
    }
  });

  it('answers a follow-up that names something of its own', () => {
    expect(found('and the slides for the rust talk?')).toEqual(['rust-edge']);
    expect(bot.ask('which talks have slides?')).toMatchObject({ kind: 'talks' });
    expect(bot.ask('only talks with slides')).toMatchObject({ kind: 'talks' });
    expect(bot.ask('what about 2023?')).toMatchObject({ kind: 'events' });
  });
});

describe('a company by another of its names', () => {
  it('finds the talks of speakers from the company under either name', () => {
    for (const question of ['talks from AWS', 'talks from Amazon', 'talks by people from aws'])
      expect(found(question).sort(), question).toEqual(['kube-costs', 'rust-edge']);
    for (const question of ['talks from Meta', 'talks from Facebook', 'anyone from fb'])
      expect(found(question).sort(), question).toEqual(['first-catalog', 'pager-fatigue']);
  });
});

describe('a conference typed with a space or a slip', () => {
  it('scopes to the event as if its name were typed right', () => {
    for (const question of ['talks at fjord ops', 'talks at fjordopps', 'kubernetes at fjordosp'])
      expect(new Set(found(question).map((id) => ofEvent(FJORD).includes(id))), question).toEqual(
        new Set([true]),
      );
    expect(found('talks at quay side').sort()).toEqual(ofEvent(HARBOR).sort());
  });
});

describe('politeness and chat around a question', () => {
  it('finds the talk whatever polite words surround it', () => {
    for (const question of [
      'can you kindly find me something about rust',
      "I'd really appreciate any talk on rust thanks so much",
      'hey sorry to bother, any talk on rust?',
      'super quick one: rust?',
      'honestly just curious about rust',
    ])
      expect(found(question), question).toEqual(['rust-edge']);
  });

  it('reads "count of" and "number of" as "how many", not as words of the notes', () => {
    expect(bot.ask('count of talks at quayside')).toMatchObject({
      kind: 'talks',
      total: ofEvent(HARBOR).length,
    });
    expect(bot.ask('number of conferences')).toMatchObject({ kind: 'events' });
  });

  it('answers chat that asks for no talk as chat, not "no match"', () => {
    expect(bot.ask('nice one, thanks')).toMatchObject({ kind: 'help', greeting: 'thanks' });
    for (const question of [
      "that's all",
      'lol',
      'sorry wrong channel',
      'sounds good',
      '🙂',
      '🔥🔥',
    ])
      expect(bot.ask(question), question).toMatchObject({ kind: 'help', greeting: 'ok' });
    // A puzzled face alone asks nothing yet: the help itself, not a thumbs-up.
    for (const question of ['🤔', '🤷‍♀️', '❓❓'])
      expect(bot.ask(question), question).toEqual(
        expect.objectContaining({ kind: 'help', commands: expect.any(Array) }),
      );
    for (const question of ['🤔', '🤷‍♀️', '❓❓'])
      expect(bot.ask(question), question).not.toHaveProperty('greeting');
    expect(bot.ask('morning all')).toMatchObject({ kind: 'help', greeting: 'hello' });
    // "morning talks" is still a question about the schedule.
    expect(bot.ask('morning talks').kind).not.toBe('help');
  });
});
