import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * Follow-ups read against the asker's last answer in the same place, as a person would: "who
 * gave it?", "the second one", "what about day 2", "is that all?". Invented notes: two editions
 * of a conference with dated talks, speakers from companies, some with slides or a video.
 */
const FJORD = 'fjordconf-2023';
const FJORD24 = 'fjordconf-2024';

function library(): Library {
  const day1 = { date: '2023-05-10', day: 'Day 1', topic: 'Streaming' };
  const day2 = { date: '2023-05-11', day: 'Day 2', topic: 'Streaming' };
  return {
    events: [
      event(FJORD, 'FjordConf 2023', { dates: '2023-05-10..2023-05-11' }),
      event(FJORD24, 'FjordConf 2024', { dates: '2024-05-08..2024-05-09' }),
    ],
    talks: [
      talk(FJORD, 'queues-at-scale', 'Queues at scale with Kafka', 'Kafka partitions; lag', {
        ...day1,
        speakers: [{ name: 'Ingrid Solberg', company: 'Vippsly' }],
        links: [slides('https://fjord.example/s/queues.pdf')],
      }),
      talk(FJORD, 'kafka-streams', 'Kafka Streams in practice', 'Kafka streams; joins', {
        ...day1,
        speakers: [{ name: 'Tomas Berg', company: 'Nordbank' }],
        links: [video('https://video.example/kafka-streams')],
      }),
      talk(FJORD, 'kafka-connect', 'Kafka Connect pitfalls', 'Kafka connectors; retries', {
        ...day2,
        speakers: [{ name: 'Oda Lien', company: 'Vippsly' }],
        links: [video('https://video.example/kafka-connect')],
      }),
      talk(FJORD, 'exactly-once', 'Exactly once with Kafka', 'Kafka transactions; idempotence', {
        ...day2,
        speakers: [{ name: 'Per Dahl', company: 'Nordbank' }],
      }),
      talk(FJORD, 'kafka-tiered', 'Tiered storage for Kafka', 'Kafka tiered storage; S3', {
        ...day2,
        speakers: [{ name: 'Siri Haug', company: 'Skyfjell' }],
      }),
      talk(FJORD, 'kafka-ops', 'Operating Kafka on a budget', 'Kafka operations; cost', {
        ...day2,
        speakers: [{ name: 'Lars Moe', company: 'Skyfjell' }],
      }),
      talk(FJORD, 'gardening', 'Gardening with robots', 'Robots; tomatoes', {
        ...day1,
        topic: 'Robots',
        speakers: [{ name: 'Kari Vik', company: 'Grønn' }],
      }),
      talk(FJORD24, 'kafka-2024', 'Kafka without ZooKeeper', 'Kafka KRaft; ZooKeeper gone', {
        date: '2024-05-08',
        day: 'Day 1',
        speakers: [{ name: 'Nils Aas', company: 'Nordbank' }],
      }),
    ],
  };
}

/** A LiveBot over the invented notes: what every surface asks. */
function live(): LiveBot {
  return new LiveBot(new Bot(library()), {
    contentDir: '/nonexistent',
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
}

const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };

const titleOf = (answer: Answer) => (answer.kind === 'talk' ? answer.talk.title : answer.kind);

describe('follow-ups with no earlier answer', () => {
  it('still ask which talk', async () => {
    const bot = live();
    const answer = await bot.ask('who gave it?', alice);
    expect(answer).toMatchObject({ kind: 'none', reason: 'which-talk' });
    expect(await bot.ask('the second one', alice)).toMatchObject({ kind: 'none', reason: 'pick' });
    await bot.close();
  });
});

describe('follow-ups about a talk', () => {
  it('are about the talk opened last', async () => {
    const bot = live();
    await bot.ask('talk kafka connect pitfalls', alice);
    const who = await bot.ask('who gave it?', alice);
    expect(titleOf(who)).toBe('Kafka Connect pitfalls');
    expect(who).toMatchObject({
      focus: 'speakers',
      followUp: { to: 'talk', title: 'Kafka Connect pitfalls' },
    });
    const video = await bot.ask('send me the video pls', alice);
    expect(video).toMatchObject({ kind: 'talk', focus: 'video' });
    expect(titleOf(await bot.ask('was it recorded?', alice))).toBe('Kafka Connect pitfalls');
    // "By whom" names no company to filter by.
    expect(await bot.ask('and by whom?', alice)).toMatchObject({ kind: 'talk', focus: 'speakers' });
    await bot.close();
  });

  it('"what came after it" is the talk after it on its day', async () => {
    const bot = live();
    await bot.ask('talk queues at scale with kafka', alice);
    expect(ids(await bot.ask('what came after it?', alice))).toEqual(['kafka-streams']);
    await bot.ask('talk kafka streams in practice', alice);
    expect(ids(await bot.ask('the one before', alice))).toEqual(['queues-at-scale']);
    await bot.close();
  });

  it('after a list are about its first talk, and say so', async () => {
    const bot = live();
    const list = await bot.ask('kafka', alice);
    expect(list.kind).toBe('talks');
    const first = list.kind === 'talks' ? list.hits[0]?.title : undefined;
    const slidesAnswer = await bot.ask('and the slides?', alice);
    expect(slidesAnswer).toMatchObject({
      kind: 'talk',
      focus: 'slides',
      followUp: { to: 'talk', title: first, position: 1 },
    });
    await bot.close();
  });

  it('that name their own talk are new questions', async () => {
    const bot = live();
    await bot.ask('talk kafka connect pitfalls', alice);
    const own = await bot.ask('and the slides for the gardening talk?', alice);
    expect(ids(own)).toContain('gardening');
    expect(own).not.toHaveProperty('followUp');
    const subject = await bot.ask('what about robots?', alice);
    expect(ids(subject)).toEqual(['gardening']);
    // Talks asked for afresh, with a filter: every talk, not the last list's.
    const fresh = await bot.ask('any talks from nordbank?', alice);
    expect(ids(fresh).sort()).toEqual(['exactly-once', 'kafka-2024', 'kafka-streams']);
    expect(fresh).not.toHaveProperty('followUp');
    await bot.close();
  });
});

describe('picking from the last list', () => {
  it('opens that talk of the list, on any page', async () => {
    const bot = live();
    const list = await bot.ask('kafka', alice);
    if (list.kind !== 'talks') throw new Error('no list');
    expect(list.pageCount).toBeGreaterThan(1);
    const second = await bot.ask('the second one', alice);
    expect(titleOf(second)).toBe(list.hits[1]?.title);
    expect(second).toMatchObject({ followUp: { to: 'talk', position: 2 } });
    expect(titleOf(await bot.ask('#3', alice))).toBe(list.hits[2]?.title);
    expect(titleOf(await bot.ask('open 1', alice))).toBe(list.hits[0]?.title);
    // The sixth is on page 2, which was never shown.
    const sixth = await bot.ask('open 6', alice);
    expect(sixth.kind).toBe('talk');
    expect(sixth).toMatchObject({ followUp: { position: 6 } });
    await bot.close();
  });
});

describe('changing the last question', () => {
  it('changes or adds a day, a year, a link or a company', async () => {
    const bot = live();
    await bot.ask('kafka talks on day 1', alice);
    const day2 = await bot.ask('what about day 2', alice);
    expect(ids(day2).sort()).toEqual([
      'exactly-once',
      'kafka-connect',
      'kafka-ops',
      'kafka-tiered',
    ]);
    expect(day2).toMatchObject({
      followUp: { to: 'question', question: 'kafka talks on day 1', change: 'on day 2' },
    });
    const withVideo = await bot.ask('only the ones with video', alice);
    expect(ids(withVideo)).toEqual(['kafka-connect']);
    await bot.ask('kafka talks', alice);
    expect(ids(await bot.ask('and in 2024?', alice))).toEqual(['kafka-2024']);
    await bot.ask('kafka talks', alice);
    const vippsly = await bot.ask('any from vippsly?', alice);
    expect(ids(vippsly).sort()).toEqual(['kafka-connect', 'queues-at-scale']);
    const nordbank = await bot.ask('what about from nordbank', alice);
    expect(ids(nordbank).sort()).toEqual(['exactly-once', 'kafka-2024', 'kafka-streams']);
    await bot.close();
  });
});

describe('more of the last answer', () => {
  it('"is that all?" shows how many there were and the next page', async () => {
    const bot = live();
    const list = await bot.ask('kafka', alice);
    if (list.kind !== 'talks') throw new Error('no list');
    const more = await bot.ask('is that all?', alice);
    expect(more).toMatchObject({
      kind: 'talks',
      page: 2,
      followUp: { to: 'more', total: list.total, last: false },
    });
    // A list of one page: how many there were, and no more.
    await bot.ask('robots', alice);
    const all = await bot.ask('is that all?', alice);
    expect(all).toMatchObject({ kind: 'talks', total: 1, followUp: { to: 'more', last: true } });
    await bot.close();
  });

  it('"more like that" lists talks related to the talk it was about', async () => {
    const bot = live();
    await bot.ask('talk kafka connect pitfalls', alice);
    const like = await bot.ask('more like that', alice);
    expect(like.kind).toBe('talks');
    expect(ids(like)).not.toContain('kafka-connect');
    expect(ids(like)).not.toContain('gardening');
    expect(like).toMatchObject({ followUp: { to: 'talk', title: 'Kafka Connect pitfalls' } });
    await bot.close();
  });

  it('reads "something similar?", "related talks" and their German, Spanish, French and Italian as "more like that"', async () => {
    for (const question of [
      'something similar?',
      'anything similar',
      'related talks',
      'more along those lines',
      'etwas Ähnliches?',
      'algo parecido?',
      'quelque chose de similaire ?',
      'qualcosa di simile?',
    ]) {
      const bot = live();
      await bot.ask('talk kafka connect pitfalls', alice);
      const like = await bot.ask(question, alice);
      expect(like, question).toMatchObject({
        kind: 'talks',
        followUp: { to: 'talk', title: 'Kafka Connect pitfalls' },
      });
      expect(ids(like), question).not.toContain('kafka-connect');
      // With no earlier answer there is nothing to be like: which talk?
      const fresh = await bot.ask(question, { ...alice, user: 'U-new' });
      expect(fresh, question).toMatchObject({ kind: 'none', reason: 'which-talk' });
      await bot.close();
    }
  });

  it('"who else spoke about it" lists the subject with its speakers first', async () => {
    const bot = live();
    await bot.ask('talk kafka connect pitfalls', alice);
    const others = await bot.ask('who else spoke about it', alice);
    expect(others).toMatchObject({ kind: 'talks', focus: 'speakers' });
    expect(ids(others)).not.toContain('kafka-connect');
    await bot.close();
  });
});

describe('conversations apart', () => {
  it('another user, or the same user elsewhere, has no earlier answer', async () => {
    const bot = live();
    await bot.ask('talk kafka connect pitfalls', alice);
    const bob = await bot.ask('who gave it?', { ...alice, user: 'U-bob' });
    expect(bob).toMatchObject({ kind: 'none', reason: 'which-talk' });
    const elsewhere = await bot.ask('who gave it?', { ...alice, place: 'C2' });
    expect(elsewhere).toMatchObject({ kind: 'none', reason: 'which-talk' });
    const buttonClick = await bot.ask('who gave it?', { surface: 'slack', user: 'U-alice' });
    expect(buttonClick).toMatchObject({ kind: 'none', reason: 'which-talk' });
    await bot.close();
  });
});

describe('follow-ups said with a contraction, a pronoun or "which one"', () => {
  it('"who\'s the speaker?" is about the talk opened last, as "who is" is', async () => {
    const bot = live();
    await bot.ask('talk kafka connect pitfalls', alice);
    const who = await bot.ask("who's the speaker?", alice);
    expect(titleOf(who)).toBe('Kafka Connect pitfalls');
    expect(who).toMatchObject({ focus: 'speakers' });
    await bot.close();
  });

  it('"what company is she from?" is about the one talk answered, never every talk', async () => {
    const bot = live();
    await bot.ask('who talked about tiered storage?', alice);
    expect(titleOf(await bot.ask('what company is she from?', alice))).toBe(
      'Tiered storage for Kafka',
    );
    await bot.close();
  });

  it('"where does he work?" is the company of the talk answered, never a search for "work"', async () => {
    for (const asked of [
      'where does she work?',
      'where do they work',
      'which company does he work for?',
    ]) {
      const bot = live();
      await bot.ask('who talked about tiered storage?', alice);
      const answer = await bot.ask(asked, alice);
      expect(titleOf(answer), asked).toBe('Tiered storage for Kafka');
      // Its speakers first, with their company (or a line saying the notes name none).
      expect(answer, asked).toMatchObject({ focus: 'company' });
      await bot.close();
    }
  });

  it('"which one has a video?" narrows the list answered, as "which of them" does', async () => {
    const bot = live();
    await bot.ask('talks on day 1', alice);
    const answer = await bot.ask('which one has a video?', alice);
    // Of day 1's talks, the one with a video: not day 2's "Kafka Connect pitfalls".
    expect(ids(answer)).toEqual(['kafka-streams']);
    for (const asked of ['which ones have a video?', 'which of those had video']) {
      await bot.ask('talks on day 1', alice);
      expect(ids(await bot.ask(asked, alice)), asked).toEqual(['kafka-streams']);
    }
    await bot.close();
  });
});
