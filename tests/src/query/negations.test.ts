import { beforeAll, describe, expect, it } from 'vitest';
import { listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Talk } from '../../../src/model.ts';
import { shippedBot } from '../../helpers.ts';

/**
 * Questions that ask for what talks lack or are not about, over the shipped notes: 6 of the 10
 * talks have slides, 3 a video (all three also slides); 4 are about microservices, 2 about culture.
 * Each used to answer the opposite set ("which talks didn't have slides?" listed the 6 with slides).
 */
let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

const talks = (question: string) => {
  const answer: Answer = bot.ask(question);
  if (answer.kind !== 'talks') throw new Error(`${question}: ${answer.kind}`);
  return { answer, ids: answer.hits.map((hit) => hit.id), title: listTitle(answer) };
};

describe('talks that lack a link', () => {
  it.each([
    "which talks didn't have slides?",
    'talks with no slides',
    'talks without slides',
    'any talks that do not have slides?',
  ])('"%s": the 4 without slides, titled so', (question) => {
    const { answer, title } = talks(question);
    expect(answer.total).toBe(4);
    expect(answer.hits.every((hit) => !hit.links.slides)).toBe(true);
    expect(title).toBe('4 talks without slides');
  });

  it.each([
    'talks without video',
    "which talks weren't recorded?",
    "talks that don't have a video",
    'which talks have no video?',
  ])('"%s": the 7 without a video', (question) => {
    const { answer, title } = talks(question);
    expect(answer.total).toBe(7);
    expect(answer.hits.every((hit) => !hit.links.video)).toBe(true);
    expect(title).toBe('7 talks without a video');
  });

  it('"talks with slides but no video": both at once', () => {
    const { answer, title } = talks('talks with slides but no video');
    expect(answer.total).toBe(3);
    expect(answer.hits.every((hit) => hit.links.slides && !hit.links.video)).toBe(true);
    expect(title).toBe('3 talks with slides but no video');
  });

  it('"talks with video but no slides": none, as every talk with a video has slides', () => {
    expect(bot.ask('talks with video but no slides').kind).toBe('none');
    expect(bot.ask('security talks with slides but no video').kind).toBe('none');
  });

  it('"security talks without slides": within the topic', () => {
    const { ids, title } = talks('security talks without slides');
    expect(ids).toEqual(['cryptocurrency-key-storage']);
    expect(title).toBe('1 talk in topic Security without slides');
  });
});

describe('talks not about something', () => {
  it.each([
    ['not culture', 8],
    ['everything but culture', 8],
    ["talks that aren't about microservices", 6],
    ['talks that do not cover microservices', 6],
    ['non-microservices talks', 6],
  ])('"%s": the other %i', (question, total) => {
    const { answer, title } = talks(question);
    expect(answer.total).toBe(total);
    const left = question.includes('culture') ? 'culture' : 'microservices';
    expect(title).toBe(`${total} talks not about “${left}”`);
  });

  it('"talks not by Ryan Lane", "not from netflix": the others, titled so', () => {
    const by = talks('talks not by Ryan Lane');
    expect(by.answer.total).toBe(9);
    expect(by.answer.hits.every((hit) => hit.speakers.every((s) => s.name !== 'Ryan Lane'))).toBe(
      true,
    );
    expect(by.title).toBe('9 talks not by “Ryan Lane”');
    expect(talks('talks not from netflix').title).toBe('9 talks not from “netflix”');
  });

  it('"microservices without uber": the microservices talks, Uber’s left out', () => {
    const { ids } = talks('microservices without uber');
    expect(ids).toContain('the-deadly-sins-of-microservices');
    expect(ids).not.toContain('lessons-learned-on-ubers-journey-into-microservices');
  });
});

describe('"without" in a title', () => {
  const talk = (id: string, title: string, notes: string): Talk => ({
    id,
    event: 'conf',
    title,
    speakers: [],
    links: [],
    notes: [{ text: notes, children: [] }],
    summary: notes,
    source: { file: 'conf.md', line: 1 },
  });
  const own = new Bot({
    events: [{ id: 'conf', name: 'Conf 2030', tags: [], topics: [], file: 'conf.md' }],
    talks: [
      talk('tears', 'Kubernetes cost control without tears', 'Requests and limits, right-sized.'),
      talk('chaos', 'Chaos engineering', 'Game days on Kubernetes clusters.'),
    ],
  });

  it('is a word of the title there, not a talk left out', () => {
    const answer = own.ask('kubernetes without tears');
    expect(answer.kind === 'talks' && answer.hits[0]?.id).toBe('tears');
  });

  it('leaves out what it names elsewhere', () => {
    const answer = own.ask('kubernetes without cost control');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.id)).toEqual(['chaos']);
  });
});
