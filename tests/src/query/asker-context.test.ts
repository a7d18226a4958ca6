import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { questionAlone } from '../../../src/query/asker-context.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/** Invented notes of one event: four talks under two topics, two companies named. */
const bot = new Bot({
  events: [event('harbourconf', 'HarbourConf 2025')],
  talks: [
    talk('harbourconf', 'queues', 'Queues at the edge', 'backpressure and retries in gateways', {
      topic: 'Systems',
      speakers: [{ name: 'Petra Lund', company: 'Kelpworks' }],
    }),
    talk('harbourconf', 'cells', 'Cell-based architecture', 'blast radius, shuffle sharding', {
      topic: 'Systems',
      speakers: [{ name: 'Jonas Field', company: 'Brightwater' }],
    }),
    talk('harbourconf', 'rotas', 'Kinder on-call rotas', 'follow the sun; paging budgets', {
      topic: 'People',
      speakers: [{ name: 'Amal Reyes', company: 'Kelpworks' }],
    }),
    talk('harbourconf', 'hiring', 'Hiring without puzzles', 'work samples over whiteboards', {
      topic: 'People',
    }),
  ],
});

describe("the asker's situation beside the question", () => {
  it('answers the question, not a search for the words of the situation', () => {
    for (const asked of [
      'I missed the conference, what should I watch first?',
      "I couldn't go. What's worth watching?",
      "what's worth watching? I wasn't there",
      'sadly I was sick - where do I start?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('talks');
      expect(ids(answer).length, asked).toBeGreaterThanOrEqual(2);
      // "Where do I start?" alone is the event's overview; the others say the notes rank none.
      if (!asked.includes('start'))
        expect(scope(answer), asked).toMatchObject({ unknown: 'ratings' });
    }
  });

  it('keeps the subject the question names', () => {
    for (const asked of [
      "we're a go shop, anything on backpressure?",
      'I missed HarbourConf; anything about sharding?',
      'as an intern, any talks on paging budgets?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('talks');
      expect(ids(answer).length, asked).toBe(1);
    }
    expect(ids(bot.ask("we're a go shop, anything on backpressure?"))).toEqual(['queues']);
  });

  it('reads the question of a long message beside a greeting and a story (q46)', () => {
    for (const asked of [
      'Hi! I was at the conference but missed most of the afternoon because of a long meeting with my manager, could you tell me which talks about sharding there were?',
      'Hello! My team is moving our whole platform to cells next quarter and honestly I am a bit worried about it, is there a talk on backpressure?',
    ]) {
      const answer = bot.ask(asked);
      const wanted = asked.includes('sharding') ? ['cells'] : ['queues'];
      expect(ids(answer), asked).toEqual(wanted);
    }
    // A greeting is no clause of the story nor of the question.
    expect(questionAlone('Hi! I missed it, what should I watch?')).toBe('what should I watch?');
  });

  it('still says no match where the question alone has none', () => {
    expect(bot.ask('I missed the conference, anything on quantum computing?').kind).toBe('none');
  });

  it('reads a message of questions only, or a story with no question, whole', () => {
    expect(questionAlone('anything on queues? and what about cells?')).toBeUndefined();
    expect(questionAlone('I missed the conference and my boss asks about queues')).toBeUndefined();
    expect(questionAlone('queues, cells, rotas')).toBeUndefined();
    expect(questionAlone('I missed it, what should I watch?')).toBe('what should I watch?');
  });
});

describe('a company named by its speaker ("the speaker from X", "the X folks")', () => {
  it("is that company's talks, the subject the notes lack left out and said to be", () => {
    for (const asked of [
      'what did the speaker from Brightwater say about kafka',
      'what did the brightwater speaker say about kafka',
      'what did the woman from Brightwater say about kafka',
    ]) {
      const answer = bot.ask(asked);
      expect(ids(answer), asked).toEqual(['cells']);
      expect(scope(answer), asked).toMatchObject({ kind: 'company', dropped: 'kafka' });
    }
  });

  it("is both of a company's talks where the subject is said in neither", () => {
    const answer = bot.ask('what did the kelpworks folks say about kafka?');
    expect(ids(answer).sort()).toEqual(['queues', 'rotas']);
  });
});
