import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { event, ids, slides, talk } from './library-fixture.ts';

/**
 * Red-team round Q13: questions typed as people type them in chat, over invented notes shaped
 * like real notes repositories' (a name with its year glued on, talks without times, one event
 * of one year): an event asked by its name without the year, "the last talk at" an event the
 * notes do not have, "slides?" after a talk, a follow-up after a question that found nothing, a
 * real word two letters from a word of the notes, a year no event is of.
 */

const GLUED = 'fjordsec2017';
const NORM = 'normfest-2022';
const library = {
  events: [event(GLUED, 'FJORDSEC2017'), event(NORM, 'Normfest 2022')],
  talks: [
    talk(GLUED, 'bazel', 'Builds with Bazel', 'Hermetic builds; remote caching'),
    talk(GLUED, 'gifee', 'Kubernetes on the road', 'Google infrastructure for everyone else'),
    talk(NORM, 'coffee', 'Data is the new coffee', 'Inter-rater agreement; labelling', {
      links: [slides('https://example.org/coffee.pdf')],
    }),
    talk(NORM, 'spark', 'Spark horror stories', 'Skewed joins; since 2018 we shuffle less'),
    talk(NORM, 'sql', 'When not to use SQL', 'Dataframes; notebooks'),
  ],
};
const bot = new Bot(library);

const noEvent = (answer: Answer) =>
  answer.kind === 'none' && answer.reason === 'unknown-event' ? answer.name : answer.kind;

describe('an event whose name has its year glued on', () => {
  it('is asked for by its name alone, or with the year apart', () => {
    for (const asked of ['talks at fjordsec', 'fjordsec', 'fjordsec 2017'])
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['bazel', 'gifee']);
  });
});

describe('two events compared, one of them a name of two editions', () => {
  const three = new Bot({
    events: [
      event('kubehaven-eu-2025', 'KubeHaven EU 2025'),
      event('kubehaven-na-2019', 'KubeHaven NA 2019'),
      event('podsummit', 'PodSummit Europe'),
    ],
    talks: [
      talk('kubehaven-eu-2025', 'etcd', 'Scaling etcd', 'Compaction; defrag'),
      talk('kubehaven-na-2019', 'boring', 'Making clusters boring', 'Managed control planes'),
      talk('podsummit', 'sidecars', 'Sidecars grow up', 'Native sidecar containers'),
    ],
  });

  it('lists both sides’ talks', () => {
    for (const asked of ['kubehaven vs podsummit', 'compare kubehaven and podsummit'])
      expect(ids(three.ask(asked)).sort(), asked).toEqual(['boring', 'etcd', 'sidecars']);
  });
});

describe('the first or last talk at an event the notes do not have', () => {
  it('says no event is called so, not every talk of the notes', () => {
    expect(noEvent(bot.ask('last talk at wordcamp'))).toBe('wordcamp');
    expect(noEvent(bot.ask('what was the first talk at devopsdays?'))).toBe('devopsdays');
  });
});

describe('a long real word two letters from a word of the notes', () => {
  it('is not read as that word when neither letter is a slip', () => {
    expect(ids(bot.ask('internet of things'))).toEqual(['none']);
    // A slip of a near key or letters swapped is still read as the word.
    expect(ids(bot.ask('hermetci builds'))).toEqual(['bazel']);
  });
});

describe('a year no event is of, where every event’s year is known', () => {
  it('finds no talk, though a note mentions the year', () => {
    expect(ids(bot.ask('talks from 2018'))).toEqual(['none']);
    expect(ids(bot.ask('talks from 2019'))).toEqual(['none']);
  });
});

describe('follow-ups in a live chat', () => {
  const live = () =>
    new LiveBot(new Bot(library), {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
  const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };

  it('"slides?" right after a talk is that talk’s slides, not every talk with slides', async () => {
    const chat = live();
    await chat.ask('talk data is the new coffee', alice);
    const asked = await chat.ask('slides?', alice);
    expect(asked).toMatchObject({ kind: 'talk', focus: 'slides' });
    expect(asked.kind === 'talk' && asked.talk.title).toBe('Data is the new coffee');
    await chat.close();
  });

  it('after a question that found nothing, "who gave it?" asks which talk', async () => {
    const chat = live();
    await chat.ask('spark', alice);
    await chat.ask('tell me about the wordpress talk', alice);
    expect(await chat.ask('who gave it?', alice)).toMatchObject({
      kind: 'none',
      reason: 'which-talk',
    });
    await chat.close();
  });
});
