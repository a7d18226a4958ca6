import { describe, expect, it } from 'vitest';
import { focusLine } from '../../../adapters/present/words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { liveOver } from './notes-folder.ts';

/** A post of three talks: one speaker with a company, one without, one talk naming nobody. */
const bot = new Bot({
  events: [event('tidecon', 'Tidecon 2021')],
  talks: [
    talk('tidecon', 'raft', 'Practical consensus with Raft', 'leader election; log replication', {
      speakers: [{ name: 'Ines Okafor' }],
    }),
    talk('tidecon', 'serf', 'Health checks with gossip', 'digital signal processing', {
      speakers: [{ name: 'Tomas Reyes', company: 'Fastlane' }],
    }),
    talk('tidecon', 'tf', 'Reusable Terraform modules', 'module registries', {
      speakers: [{ name: 'Dana Kim', company: 'Gridworks' }],
    }),
  ],
});

describe('what company, asked right after a talk', () => {
  it.each([
    'what company?',
    'which company is he from?',
    'what company does she work for',
    'who does he work for?',
    'company?',
  ])('"%s" is the talk shown, its speakers first: never every talk', async (asked) => {
    const chat = liveOver(bot);
    const where = { surface: 'slack', place: 'C-co', user: 'U-ada' };
    expect(ids(await chat.ask('gossip', where))).toEqual(['serf']);
    const answer = await chat.ask(asked, where);
    expect(answer).toMatchObject({ kind: 'talk', focus: 'company', talk: { id: 'serf' } });
    await chat.close();
  });

  it('says where the notes name no company for its speakers', async () => {
    const chat = liveOver(bot);
    const where = { surface: 'slack', place: 'C-none', user: 'U-ada' };
    await chat.ask('raft', where);
    const answer = await chat.ask('what company?', where);
    expect(answer).toMatchObject({ kind: 'talk', talk: { id: 'raft' } });
    if (answer.kind !== 'talk') throw new Error('a talk was expected');
    expect(focusLine(answer.focus, answer.talk)).toBe(
      'The notes do not say which company the speakers are from',
    );
    expect(focusLine('company', { ...answer.talk, speakers: [{ company: 'Gridworks' }] })).toBe(
      undefined,
    );
    await chat.close();
  });

  it('with nothing asked before, is still the companies of the notes', () => {
    expect(bot.ask('what company?').kind).not.toBe('talk');
  });
});
