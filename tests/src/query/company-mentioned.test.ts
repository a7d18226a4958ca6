import { describe, expect, it } from 'vitest';
import { listNotes } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * "Did anyone from Google speak" where no speaker is from Google, but a talk's notes mention it:
 * that talk, with a line saying no speaker was from it, never as if Google's people gave it.
 */

const bot = new Bot({
  events: [event('harbour-2025', 'HarbourConf 2025')],
  talks: [
    talk(
      'harbour-2025',
      'repos',
      'Many repos, one tool',
      'git-repo from code.google.com; mirrors',
      {
        speakers: [{ name: 'Ana Lima', company: 'Yodlr' }],
      },
    ),
    talk(
      'harbour-2025',
      'sdk',
      'Containers as VMs',
      'the Amazon SDKs kept working; metadata proxy',
      {
        speakers: [{ name: 'Bo Chen', company: 'Streamflix' }],
      },
    ),
  ],
});

const notes = (answer: Answer) => (answer.kind === 'talks' ? listNotes(answer).join(' ') : '');

describe('a company asked for that only the notes mention', () => {
  it.each([
    ['did anyone from google speak', 'repos', 'google'],
    ['Did anyone from Google speak?', 'repos', 'Google'],
    ['talks from amazon', 'sdk', 'amazon'],
    ['talks by people from google', 'repos', 'google'],
  ])('"%s" lists the talk that mentions it, saying no speaker was from it', (asked, id, name) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual([id]);
    expect(notes(answer)).toContain(
      `No speaker from ${name} in the notes: these talks mention it.`,
    );
  });

  it('says nothing of the kind for a company a speaker is from', () => {
    const answer = bot.ask('did anyone from streamflix speak');
    expect(ids(answer)).toEqual(['sdk']);
    expect(notes(answer)).not.toContain('No speaker from');
  });

  it('says the company is unknown where no talk mentions it either', () => {
    expect(bot.ask('did anyone from microsoft speak')).toMatchObject({
      kind: 'none',
      reason: 'unknown-speaker',
    });
  });
});
