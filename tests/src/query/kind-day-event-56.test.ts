import { describe, expect, it } from 'vitest';
import { listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * "Was there a keynote on the second day at devopsdays ghent" was titled "1 talk on Day 2": the
 * kind and the event were dropped, so it read as the whole day of every event. Invented events.
 */
const A = 'devopsdays-ghent-2034';
const B = 'kelpconf-2034';
const bot = new Bot({
  events: [
    event(A, 'DevOpsDays Ghent 2034', { dates: '2034-10-28..2034-10-29' }),
    event(B, 'KelpConf 2034', { dates: '2034-05-02..2034-05-03' }),
  ],
  talks: [
    talk(A, 'ops', 'Twenty years of ops', 'platform teams', {
      kind: 'keynote',
      date: '2034-10-28',
    }),
    talk(A, 'on-call', 'The human side of on-call', 'pager fatigue', {
      kind: 'keynote',
      date: '2034-10-29',
    }),
    talk(A, 'terraform', 'Terraform at scale', 'modules; drift', { date: '2034-10-29' }),
    talk(B, 'kelp', 'Kelp forests and queues', 'queues', { kind: 'keynote', date: '2034-05-03' }),
  ],
});

const title = (answer: Answer) => (answer.kind === 'talks' ? listTitle(answer) : answer.kind);

describe('a kind of session, a day and an event asked together', () => {
  it('keeps the kind, the day and the event in what the answer says it lists', () => {
    const answer = bot.ask('was there a keynote on the second day at devopsdays ghent');
    expect(ids(answer)).toEqual(['on-call']);
    expect(title(answer)).toBe(
      '1 talk for “was there a keynote on the second day at devopsdays ghent”',
    );
  });

  it('says the event of a day asked at one event', () => {
    const answer = bot.ask('talks on day 2 at devopsdays ghent');
    expect(ids(answer)).toEqual(['on-call', 'terraform']);
    expect(title(answer)).toContain('DevOpsDays Ghent 2034');
  });

  it('a day asked of every event still names none', () => {
    const answer = bot.ask('talks on day 2');
    expect(ids(answer)).toEqual(['kelp', 'on-call', 'terraform']);
    expect(title(answer)).not.toContain('DevOpsDays');
  });
});
