import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round Q7, events and tracks. A track the notes give (`track: Platform`) is its talks,
 * though its name is a word every talk of a platform conference says. An event named beside the
 * place the notes give for it ("quaycon in bergen"), or beside a word for an event ("the ledger
 * meetup"), is that event: the place and the word are no words to search.
 */

const [QUAY, LEDGER] = ['quaycon-2025', 'ledger-meetup-2024'];
const bot = new Bot({
  events: [
    event(QUAY, 'QuayCon 2025', { place: 'Bergen, Norway', dates: '2025-04-02..2025-04-03' }),
    event(LEDGER, 'Ledger Meetup 2024', { place: 'Tallinn, Estonia', dates: '2024-02-08' }),
  ],
  talks: [
    talk(QUAY, 'keynote', 'The platform is the product', 'Platform teams need roadmaps', {
      track: 'Main hall',
    }),
    talk(QUAY, 'portal', 'A portal nobody opened', 'Platform adoption by templates', {
      track: 'Platform',
    }),
    talk(QUAY, 'tenancy', 'Tenants on one cluster', 'Virtual clusters per team', {
      track: 'Platform',
    }),
    talk(QUAY, 'bill', 'The platform bill', 'Platform costs per team', { track: 'FinOps' }),
    talk(LEDGER, 'ledgers', 'Double-entry in Postgres', 'Ledgers as append-only tables'),
    talk(LEDGER, 'audit', 'Audit trails', 'Hash chains for every posting'),
  ],
});

describe('a track the notes give', () => {
  it('is its talks, not every talk that says its name', () => {
    for (const asked of ['platform track', 'talks in the platform track', 'the Platform track?']) {
      expect(ids(bot.ask(asked)), asked).toEqual(['portal', 'tenancy']);
    }
    expect(ids(bot.ask('main hall track'))).toEqual(['keynote']);
    // Where no track is named, the word is a word.
    expect(ids(bot.ask('platform'))).toContain('bill');
  });
});

describe('an event beside its place, or a word for an event', () => {
  it('is the event, the place no word to search', () => {
    for (const asked of ['quaycon in bergen', 'quaycon in norway', 'talks at quaycon in bergen']) {
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['bill', 'keynote', 'portal', 'tenancy']);
    }
    expect(ids(bot.ask('postgres at the ledger meetup in tallinn'))).toEqual(['ledgers']);
  });

  it('answers when and where an event described so was', () => {
    for (const asked of ['where was the ledger event', 'when was the quaycon conference']) {
      expect(bot.ask(asked).kind, asked).toBe('events');
    }
    expect(ids(bot.ask('the ledger event')).sort()).toEqual(['audit', 'ledgers']);
  });
});

describe('a place alone', () => {
  it('is the talks of the events there, where no talk says it', () => {
    expect(ids(bot.ask('tallinn')).sort()).toEqual(['audit', 'ledgers']);
    expect(ids(bot.ask('bergen?')).sort()).toEqual(['bill', 'keynote', 'portal', 'tenancy']);
  });
});
