import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library, Talk } from '../../../src/model.ts';
import { findDay } from '../../../src/query/dates.ts';
import { understand } from '../../../src/query/understand.ts';

describe('reading a question', () => {
  it.each([
    ['who spoke about secret management?', 'speakers'],
    ['Who talked about Kafka', 'speakers'],
    ['which speaker covered tracing', 'speakers'],
    ['slides for the netflix talk', 'slides'],
    ['uber deck', 'slides'],
    ['video of the keynote', 'video'],
    ['where can I watch the uber talk', 'video'],
    ['link to the terraform talk', 'links'],
    ['microservices', undefined],
    ['sliding windows', undefined],
  ])('"%s" puts %s first', (text, focus) => {
    expect(understand(text).focus).toBe(focus);
  });

  it('reads whose talks are asked for, and what about', () => {
    expect(understand('talks by Ryan Lane').by).toMatchObject({
      name: 'ryan lane',
      prefer: 'speaker',
    });
    expect(understand('talks from Netflix').by).toMatchObject({
      name: 'netflix',
      prefer: 'company',
    });
    const about = understand('talks by mara about terraform');
    expect(about.by?.name).toBe('mara');
    expect(about.rest).toContain('terraform');
    const said = understand('what did spotify say about squads');
    expect(said.by?.name).toBe('spotify');
    expect(said.rest).toContain('squads');
    expect(said.rest).not.toContain('spotify');
  });

  it('keeps the whole question to search when the name turns out to be nobody', () => {
    expect(understand('talks of chaos engineering').by?.otherwise).toContain('chaos engineering');
  });

  it("reads the kind of answer asked for apart from the subject, never a title's words", () => {
    const tools = understand('which tools were recommended for secrets');
    expect(tools.answerKind).toBe('tools');
    expect(tools.rest).not.toContain('tools');
    expect(understand('what they do not tell you').answerKind).toBeUndefined();
    expect(understand('which tools were recommended', { kinds: false }).rest).toContain('tools');
  });

  it("drops the bot's mention, greetings and Markdown link targets", () => {
    expect(understand('@qcon-bot what about terraform').rest).not.toContain('qcon');
    expect(understand('good morning, anything on kafka').part).toBeUndefined();
    expect(understand('[the uber talk](https://example.com/x)').rest).toBe('the uber talk');
  });

  it('notices talk nouns, so "security talks" can mean the topic', () => {
    expect(understand('security talks').talkNoun).toBe(true);
    expect(understand('any devops sessions?').talkNoun).toBe(true);
    expect(understand('security').talkNoun).toBe(false);
  });
});

describe('days in a question', () => {
  it.each([
    ['tuesday', { kind: 'weekday', weekday: 2, label: 'Tuesday' }],
    ['talks on Wednesday', { kind: 'weekday', weekday: 3 }],
    ['june 15', { kind: 'monthday', month: 6, day: 15, label: 'June 15' }],
    ['what was on jun 15th', { kind: 'monthday', month: 6, day: 15 }],
    ['15 june', { kind: 'monthday', month: 6, day: 15 }],
    ['the 12th of march', { kind: 'monthday', month: 3, day: 12 }],
    ['2016-06-14', { kind: 'iso', date: '2016-06-14' }],
    ['day 2', { kind: 'nth', n: 2, label: 'Day 2' }],
    ['day two', { kind: 'nth', n: 2 }],
    ['the second day', { kind: 'nth', n: 2 }],
    ['13.06.2016', { kind: 'monthday', month: 6, day: 13 }],
    ['talks on 6/14', { kind: 'monthday', month: 6, day: 14 }],
    ['14/6/2016', { kind: 'monthday', month: 6, day: 14 }],
    ['the last day', { kind: 'last' }],
    ['what was on the final day', { kind: 'last' }],
  ])('"%s" names a day', (text, day) => {
    expect(findDay(text)?.day).toMatchObject(day);
  });

  it.each([
    'security',
    'may the force',
    'daylight',
    'march of progress',
    '300 days',
    'ci/cd',
    'node 14.17.0',
    '4 of 7',
  ])('"%s" names none', (text) => {
    expect(findDay(text)).toBeUndefined();
  });

  it('leaves the rest of the question to search', () => {
    expect(findDay('security talks on tuesday')?.rest).toBe('security talks');
  });

  it('reads a part of the day apart from the day', () => {
    expect(understand('tuesday morning talks')).toMatchObject({
      part: 'morning',
      day: { weekday: 2 },
    });
    expect(understand('talks in the afternoon').part).toBe('afternoon');
    expect(understand('talks in the afternoon').rest).toBe('talks');
    expect(understand('security').part).toBeUndefined();
  });
});

describe('the talks of a day', () => {
  const talk = (id: string, facts: Partial<Talk>): Talk => ({
    id,
    event: 'conf',
    title: `Talk ${id}`,
    speakers: [],
    links: [],
    notes: [{ text: 'Notes about caching and queues', children: [] }],
    summary: '',
    source: { file: 'conf.md', line: 1 },
    ...facts,
  });
  const library: Library = {
    events: [
      {
        id: 'conf',
        name: 'Conf',
        dates: '2024-06-13..2024-06-14',
        tags: [],
        topics: [],
        file: 'conf.md',
      },
    ],
    talks: [
      talk('labelled', { day: 'Day 2' }),
      talk('named', { day: 'Friday, June 14' }),
      talk('dated', { date: '2024-06-14', time: '2:30pm-3:20pm' }),
      talk('first', { date: '2024-06-13', time: '09:00' }),
      talk('undated', {}),
    ],
  };
  const bot = new Bot(library);
  const ids = (question: string) => {
    const answer = bot.ask(question);
    return answer.kind === 'talks' ? answer.hits.map((h) => h.id).sort() : answer.kind;
  };

  it('matches ISO dates, the day labels of the notes, and days counted from the event start', () => {
    expect(ids('day 2')).toEqual(['dated', 'labelled']);
    expect(ids('friday')).toEqual(['dated', 'named']);
    expect(ids('june 14')).toEqual(['dated', 'named']);
    expect(ids('2024-06-13')).toEqual(['first']);
    expect(ids('saturday')).toBe('none');
  });

  it('finds the last day, and the talks of a part of the day by their times', () => {
    expect(ids('the last day')).toEqual(['dated']);
    expect(ids('morning talks')).toEqual(['first']);
    expect(ids('what was on friday afternoon')).toEqual(['dated']);
    // No talk in the evening: an honest none, not a search for the word ("even").
    expect(ids('evening talks')).toBe('none');
  });

  it('finds the talks on at a time of day: started then, or in a slot that covers it', () => {
    expect(ids('talks at 9:00')).toEqual(['first']);
    expect(ids('what was on at 9am')).toEqual(['first']);
    expect(ids('anything at 3pm?')).toEqual(['dated']);
    expect(ids('friday at 14:30')).toEqual(['dated']);
    expect(ids('talks at 11:00')).toBe('none');
    const answer = bot.ask('talks at 9:00');
    expect(answer.kind === 'talks' && answer.scope).toMatchObject({
      kind: 'date',
      label: 'at 09:00',
    });
  });

  it('does not take a version or a count for a time', () => {
    expect(understand('kubernetes 1.25').clock).toBeUndefined();
    expect(understand('top 11 talks').clock).toBeUndefined();
    expect(understand('java 21 at 10:30').clock).toEqual({ minutes: 630, label: '10:30' });
  });

  it('titles the list with the day as the notes write it when they all agree', () => {
    const answer = bot.ask('day 2 caching');
    expect(answer.kind === 'talks' && answer.scope).toMatchObject({ kind: 'date' });
    const named = bot.ask('talks on june 14th');
    expect(named.kind === 'talks' && named.scope).toMatchObject({ kind: 'date', label: 'June 14' });
  });
});
