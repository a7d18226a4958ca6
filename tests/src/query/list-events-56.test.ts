import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * "List all the events" answered "no talk mentions “events”": only "list the events" and "list
 * all events" were read as asking for the events. Invented events and talks.
 */
const bot = new Bot({
  events: [event('tidecon-2034', 'TideCon 2034'), event('reefdays-2034', 'ReefDays 2034')],
  talks: [
    talk('tidecon-2034', 'waves', 'Batching in waves', 'schedulers; lag'),
    talk('reefdays-2034', 'sourcing', 'Event sourcing at the reef', 'projections; replays'),
  ],
});

describe('asking for a list of the events', () => {
  it.each([
    'list all the events',
    'can you list all of the conferences?',
    'show me every event',
    'give me a list of the conferences you know',
    'list all the events please',
  ])('"%s" lists the events', (asked) => {
    expect(ids(bot.ask(asked))).toEqual(['events']);
  });

  it('"list all the event sourcing talks" is still a search', () => {
    const answer = bot.ask('list all the event sourcing talks');
    expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.title)).toEqual([
      'Event sourcing at the reef',
    ]);
  });
});
