import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * "Summarize the conference", "tl;dr", "what were the highlights": the conference as a whole,
 * where those words alone are in no talk. A talk named beside them is still that talk.
 */

const one = new Bot({
  events: [event('harbourconf-2025', 'HarbourConf 2025')],
  talks: [
    talk('harbourconf-2025', 'outbox', 'The outbox pattern', 'transactional messaging; relays'),
    talk('harbourconf-2025', 'wasm', 'Wasm at the edge', 'cold starts; isolates; summary of costs'),
    talk('harbourconf-2025', 'pairing', 'Pairing with juniors', 'growth; feedback'),
  ],
});

const two = new Bot({
  events: [
    event('harbourconf-2025', 'HarbourConf 2025'),
    event('fjordconf-2024', 'FjordConf 2024'),
  ],
  talks: [
    talk('harbourconf-2025', 'outbox', 'The outbox pattern', 'transactional messaging'),
    talk('fjordconf-2024', 'kueue', 'Batch jobs with Kueue', 'quotas; cohorts'),
  ],
});

describe('a question for the whole conference', () => {
  it.each([
    'summarize the conference',
    'Can you give me a quick overview of the event?',
    'tl;dr',
    'what were the highlights',
    'key takeaways from the conference',
    'what happened at the conference?',
    'recap please',
    'the conference',
    // How long the summary should be is no subject.
    'give me a 3 line summary of the conference',
    'one-paragraph recap please',
    'summarize the event in two sentences',
    'tl;dr of the conf in 3 bullet points',
    'can you summarise the conference briefly?',
  ])('"%s" lists every talk of the one event', (asked) => {
    const answer = one.ask(asked);
    expect(ids(answer)).toEqual(['outbox', 'wasm', 'pairing']);
    expect(answer.kind === 'talks' && answer.scope.kind === 'list' && answer.scope.event).toBe(
      'harbourconf-2025',
    );
  });

  it('lists the events where the notes have several and the question names none', () => {
    const answer = two.ask('give me a summary of the conference');
    expect(answer.kind === 'events' && answer.events.map((e) => e.id)).toEqual([
      'harbourconf-2025',
      'fjordconf-2024',
    ]);
  });

  it('keeps a talk or subject named beside the words', () => {
    expect(ids(one.ask('summary of the wasm talk'))).toEqual(['wasm']);
    expect(ids(one.ask('takeaways from the outbox talk'))).toEqual(['outbox']);
    expect(ids(two.ask('overview of fjordconf'))).toEqual(['kueue']);
    expect(ids(two.ask('a two sentence summary of fjordconf'))).toEqual(['kueue']);
    expect(ids(one.ask('summary of the wasm talk in 2 lines'))).toEqual(['wasm']);
  });
});
