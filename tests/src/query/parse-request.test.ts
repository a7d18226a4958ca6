import { describe, expect, it } from 'vitest';
import { parseRequest, requestText } from '../../../src/query/parse-request.ts';

describe('the request grammar', () => {
  it.each([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
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

  it('removes zero-width and direction marks and control characters before reading', () => {
    expect(parseRequest('\u200bto\u200fpics\u0000')).toEqual({ kind: 'topics' });
  });
});
