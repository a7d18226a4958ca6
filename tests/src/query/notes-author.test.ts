import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/**
 * "Who is Maren Holt?" where Maren wrote the notes and gave no talk: the events whose notes she
 * wrote, each card saying so — not "no talk mentions “maren holt”".
 */
const bot = new Bot({
  events: [
    event('fjord-2024', 'FjordConf 2024', { author: 'Maren Holt' }),
    event('devnorth-2023', 'DevNorth 2023', { author: 'Maren Holt and Ole Berg' }),
    event('pylakes-2022', 'PyLakes 2022', { author: 'Kari Nordmann' }),
  ],
  talks: [
    talk('fjord-2024', 'kafka', 'Kafka at the edge', 'Streams on small boxes', {
      speakers: [{ name: 'Ingrid Solberg', company: 'Vippsly' }],
    }),
    talk('devnorth-2023', 'mesh', 'Service mesh in anger', 'Sidecars and their cost', {
      speakers: [{ name: 'Tomas Berg', company: 'Nordbank' }],
    }),
    talk('pylakes-2022', 'typing', 'Typing at scale', 'Gradual typing', {
      speakers: [{ name: 'Kari Nordmann', company: 'Snakebyte' }],
    }),
  ],
});

const events = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((e) => e.id) : answer.kind;

describe('a person who wrote the notes', () => {
  it('is answered with the events whose notes they wrote', () => {
    for (const question of [
      'who is Maren Holt?',
      'Maren Holt',
      'notes by maren holt',
      'what did Maren Holt write?',
    ])
      expect(events(bot.ask(question)), question).toEqual(['fjord-2024', 'devnorth-2023']);
    expect(events(bot.ask('who is Ole Berg'))).toEqual(['devnorth-2023']);
  });

  it('is their talks where they also spoke, and a search where more is asked', () => {
    expect(bot.ask('who is Kari Nordmann').kind).toBe('talks');
    expect(bot.ask('Maren Holt kafka').kind).not.toBe('events');
  });
});
