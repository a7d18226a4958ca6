import { describe, expect, it } from 'vitest';
import { parseRequest, requestText } from '../../../src/query/parse-request.ts';

describe('the request grammar', () => {
  it.each([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['help me', { kind: 'help' }],
    ['help please!', { kind: 'help' }],
    // "help" before a subject asks about the subject.
    ['help me with security', { kind: 'search', words: 'help me with security', page: 1 }],
    ['topics', { kind: 'topics' }],
    ['topic', { kind: 'topics' }],
    ['topic Devops', { kind: 'topic', name: 'Devops', page: 1 }],
    ['talk uber', { kind: 'talk', target: 'uber' }],
    ['talk', { kind: 'help' }],
    ['list', { kind: 'list', page: 1 }],
    ['list page 2', { kind: 'list', page: 2 }],
    ['events', { kind: 'events' }],
    ['microservices', { kind: 'search', words: 'microservices', page: 1 }],
    ['microservices page 3', { kind: 'search', words: 'microservices', page: 3 }],
    [
      'microservices event:QCon-NY-2016',
      { kind: 'search', words: 'microservices', event: 'qcon-ny-2016', page: 1 },
    ],
    ['event:qcon-ny-2016', { kind: 'list', event: 'qcon-ny-2016', page: 1 }],
    ['/topics', { kind: 'topics' }],
    // A question that starts like a command is still a question.
    ['talk about containers', { kind: 'search', words: 'talk about containers', page: 1 }],
    [
      'show me the slides for uber',
      { kind: 'search', words: 'show me the slides for uber', page: 1 },
    ],
    ['talks by Ryan Lane', { kind: 'search', words: 'talks by Ryan Lane', page: 1 }],
    ['list talks by Ryan Lane', { kind: 'search', words: 'list talks by Ryan Lane', page: 1 }],
    ['all security talks page 2', { kind: 'search', words: 'all security talks', page: 2 }],
    ['show the deadly sins', { kind: 'talk', target: 'the deadly sins' }],
  ])('"%s" is %o', (text, request) => {
    expect(parseRequest(text)).toEqual(request);
  });

  it('takes the page from the surface (a button) over the text', () => {
    expect(parseRequest('microservices', 4)).toEqual({
      kind: 'search',
      words: 'microservices',
      page: 4,
    });
  });

  it('turns a request back into the text that asks it again, without the page', () => {
    for (const text of ['topic Devops', 'microservices event:qcon-ny-2016', 'list', 'talk uber']) {
      expect(requestText(parseRequest(`${text} page 2`))).toBe(text);
    }
  });

  it('answers chat with the bot in kind, and only whole sentences of it', () => {
    expect(parseRequest('hello')).toEqual({ kind: 'help', greeting: 'hello' });
    expect(parseRequest('<@U123> hi there! 👋')).toEqual({ kind: 'help', greeting: 'hello' });
    expect(parseRequest('Thanks a lot!')).toEqual({ kind: 'help', greeting: 'thanks' });
    expect(parseRequest('bonjour')).toEqual({ kind: 'help', greeting: 'hello' });
    expect(parseRequest('ありがとうございます！')).toEqual({ kind: 'help', greeting: 'thanks' });
    expect(parseRequest('merci beaucoup')).toEqual({ kind: 'help', greeting: 'thanks' });
    expect(parseRequest('who are you?')).toEqual({ kind: 'help' });
    expect(parseRequest('what conferences do you know?')).toEqual({ kind: 'events' });
    expect(parseRequest('list the conferences')).toEqual({ kind: 'events' });
    expect(parseRequest('when was the conference?')).toMatchObject({ kind: 'events' });
    expect(parseRequest('Where did the event take place?')).toMatchObject({ kind: 'events' });
    expect(parseRequest('conference dates')).toMatchObject({ kind: 'events' });
    expect(parseRequest('what events')).toEqual({ kind: 'events' });
    expect(parseRequest('when was the keynote?').kind).not.toBe('events');
    for (const question of [
      'thanks for the kafka talk',
      'hello world talk',
      'what do you know about kafka',
      'cool talks about kafka',
      'perfect storm',
      'hey, any talks on kafka?',
    ]) {
      expect(parseRequest(question).kind, question).toBe('search');
    }
  });

  it.each([
    ['perfect thank you', 'thanks'],
    ['thank you so much, that helped', 'thanks'],
    ['ok thanks', 'thanks'],
    ["thanks, that's helpful", 'thanks'],
    ['great, thanks!', 'thanks'],
    ['🙏 thanks', 'thanks'],
    ['thanks :pray:', 'thanks'],
    [':wave: hi', 'hello'],
    ['hey @qcon-bot what’s up', 'hello'],
    ['hello there, can you help me?', 'hello'],
    ['sup', 'hello'],
    ['bye', 'bye'],
    ['see you later!', 'bye'],
    ['ok', 'ok'],
    ['nvm', 'ok'],
    ['never mind', 'ok'],
    [':+1:', 'ok'],
    [':wave:', 'hello'],
    [':pray:', 'thanks'],
    ['ok 👍', 'ok'],
    ['ok bye', 'bye'],
    ['thanks, bye', 'bye'],
    ['ok got it', 'ok'],
  ])('"%s" is chat (%s), not a search', (question, greeting) => {
    expect(parseRequest(question)).toEqual({ kind: 'help', greeting });
  });

  it.each([
    '3',
    '#3',
    'open 3',
    'show me talk 3',
    'the 3rd one',
    'talk 12',
    'the second one',
    'the last one',
    'tell me more about the first one',
  ])('"%s" picks from a list, which a question alone does not have', (question) => {
    expect(parseRequest(question)).toEqual({ kind: 'pick', words: question });
  });

  it('keeps numbers that are words of a question: a year, a version, a count', () => {
    expect(parseRequest('2016').kind).toBe('search');
    expect(parseRequest('kubernetes 1.25').kind).toBe('search');
    expect(parseRequest('top 10 talks').kind).toBe('search');
  });

  it('answers "how do I use this bot?" and "can you help me?" with the help', () => {
    expect(parseRequest('how do I use this bot?')).toEqual({ kind: 'help' });
    expect(parseRequest('can you help me?')).toEqual({ kind: 'help' });
  });

  it('reads emoji codes as Slack sends them as no words of the question', () => {
    expect(parseRequest(':rocket: microservices')).toMatchObject({ words: 'microservices' });
    expect(parseRequest('microservices :fire: :skin-tone-2:')).toMatchObject({
      words: 'microservices',
    });
    // A time of day is no emoji.
    expect(parseRequest('talks at 10:30')).toMatchObject({ words: 'talks at 10:30' });
  });

  it('removes zero-width and direction marks and control characters before reading', () => {
    expect(parseRequest('\u200bto\u200fpics\u0000')).toEqual({ kind: 'topics' });
  });
});
