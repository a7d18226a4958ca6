import { describe, expect, it } from 'vitest';
import { listTitle, unsaidOfEvents } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';
import { DUNE, KELP, q52Library, SURF } from './q52-fixture.ts';
import { q53Library } from './q53-fixture.ts';

/** Questions asked in sentences after a conference (round q53), over invented notes. */

const bot = new Bot(q53Library);
type Talks = Extract<Answer, { kind: 'talks' }>;
const offered = (answer: Answer) => (answer.kind === 'none' ? answer.suggestions : []);

describe('an event whose notes gave no talk, asked by name', () => {
  it.each([
    'talks at pycon us 2023',
    'pycon us 2023',
    'what did pycon us 2023 have?',
    'talks at pycon us',
    'any keynotes at pycon us?',
  ])('"%s" says its notes have no talks, by its name, offering the editions that do', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('none');
    expect(said(answer)).toContain('The notes of PyCon US 2023 have no talks');
    expect(said(answer)).not.toContain('pycon-us-2023');
    expect(offered(answer)).toEqual(['talks at PyCon UK 2023', 'talks at PyCon UK 2022']);
  });

  it('"PyCon UK 2023" is still that event\'s talks, all of them, the year no word left out', () => {
    const answer = bot.ask('PyCon UK 2023');
    expect(ids(answer).sort()).toEqual(['packaging', 'teaching']);
    expect(said(answer)).not.toContain('without');
    expect(ids(bot.ask('talks at pycon uk')).sort()).toEqual(['async', 'packaging', 'teaching']);
  });
});

describe('the talks of a conference written up over several years', () => {
  it.each(['talks at devoxx', 'devoxx talks', 'list the devoxx talks'])(
    '"%s" is titled by the name and how many events',
    (asked) => {
      const answer = bot.ask(asked);
      expect(ids(answer)).toHaveLength(4);
      expect(listTitle(answer as Talks)).toBe('All 4 talks at Devoxx (3 events)');
    },
  );

  it('one edition is still titled by its own name', () => {
    expect(listTitle(bot.ask('talks at devoxx 2023') as Talks)).toBe('All 2 talks at Devoxx 2023');
  });
});

describe('a place of a list the list does not have', () => {
  const q52 = new Bot(q52Library);
  it.each([
    ['the fourth culture talk', 'The notes have only 3 culture talks, so there is no fourth one'],
    [
      'who gave the 5th culture talk?',
      'The notes have only 3 culture talks, so there is no 5th one',
    ],
    ['the second data talk', 'The notes have only one data talk, so there is no second one'],
    ['what was the second keynote', 'The notes have no keynotes'],
    ['who gave the third workshop?', 'The notes have no workshops'],
  ])('"%s" says how many there are', (asked, words) => {
    const answer = q52.ask(asked);
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain(words);
    expect(said(answer)).not.toContain('mentions');
  });

  it('a place the list has is still its talk; a part of a talk is no list', () => {
    expect(ids(q52.ask('the third culture talk'))).toEqual(['lead']);
    expect(said(q52.ask('the second half of the talk'))).not.toContain('The notes have');
  });
});

describe('an opinion of events, which the notes never give', () => {
  const q52 = new Bot(q52Library);
  const shown = (answer: Answer) =>
    answer.kind === 'events' ? answer.events.map((e) => e.id).sort() : [answer.kind];
  it.each([
    ['was surfdev better than kelpconf', [KELP, SURF]],
    ['was surfdev worse than kelpconf?', [KELP, SURF]],
    ['surfdev or kelpconf, which was better?', [KELP, SURF]],
    ['which was better, kelpconf or dunejs?', [DUNE, KELP]],
    ['which conference was the best?', [DUNE, KELP, SURF]],
    ['which was the best event', [DUNE, KELP, SURF]],
  ])('"%s" gives the events, unranked, saying the notes rate none', (asked, events) => {
    const answer = q52.ask(asked);
    expect(shown(answer)).toEqual(events);
    if (answer.kind !== 'events') return;
    expect(answer.ranked).toBeUndefined();
    expect(answer.unsaid).toBe('rating');
    expect(unsaidOfEvents('rating', answer.events)).toContain('The notes do not rate events');
  });

  it('two talks compared are listed, saying the notes rate no talk', () => {
    const answer = q52.ask('was the wasm talk better than the flags talk');
    expect(ids(answer).sort()).toEqual(['flags', 'wasm']);
    expect(said(answer)).toContain('The notes do not rate or rank talks');
  });
});

it('a long pasted question with "better than" in it is answered at once', () => {
  const long = `was ${'the talk about scaling and '.repeat(110)}better than ${'kelpconf or '.repeat(20)}`;
  const started = performance.now();
  new Bot(q52Library).ask(long);
  expect(performance.now() - started).toBeLessThan(2000);
});

describe('the verbs a question is asked with, in the languages the notes are read in', () => {
  const q52 = new Bot(q52Library);
  it.each([
    'eu quero saber sobre cultura',
    'o que falavam sobre cultura?',
    'quiero saber de cultura',
    "qu'est-ce qu'il y a eu sur la culture ?",
    'ich möchte wissen über kultur',
  ])('"%s" is the culture talks, no word of it said to be missing', (asked) => {
    const answer = q52.ask(asked);
    expect(ids(answer).sort()).toEqual(['lead', 'onboard', 'retro']);
    expect(said(answer)).not.toContain('mentions');
  });

  it('"who won?" says the notes rate nothing, never that no talk says "won"', () => {
    for (const asked of ['who won?', 'who won']) {
      expect(said(q52.ask(asked))).toContain('The notes do not rate');
      expect(said(q52.ask(asked))).not.toContain('won');
    }
    expect(q52.ask('was it any good?')).toMatchObject({ kind: 'none', reason: 'which-talk' });
  });

  it('"kubecon eu" still names its event, "eu" typed after its name', () => {
    const lib = {
      events: [event('kubecon-eu', 'KubeCon EU 2024'), event('kubecon-na', 'KubeCon NA 2024')],
      talks: [
        talk('kubecon-eu', 'mesh', 'Service mesh', 'sidecars'),
        talk('kubecon-na', 'ebpf', 'eBPF', 'probes'),
      ],
    };
    expect(ids(new Bot(lib).ask('talks at kubecon eu'))).toEqual(['mesh']);
  });
});

describe('an edition whose notes gave no talk is never offered', () => {
  it.each(['talks at kubecon', 'kubecon', 'pycon 2019'])(
    '"%s" offers no PyCon US 2023',
    (asked) => {
      const answer = bot.ask(asked);
      expect(answer.kind).toBe('none');
      expect(offered(answer).length).toBeGreaterThan(0);
      expect(offered(answer).join(' ')).not.toContain('US');
    },
  );
});
