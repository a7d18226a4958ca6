import { describe, expect, it } from 'vitest';
import { listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/**
 * Events named by their file ("kelpcon16-notes", "pyharbor19-notes"), beside one named in full,
 * whose own talks say the name ("KelpCon: …", "Welcome to Fjellmoot"); invented (round q54).
 */
const library: Library = {
  events: [
    event('kelpcon16-notes', 'kelpcon16-notes'),
    event('kelpcon-2023', 'Kelpcon'),
    event('fjellmoot-2022', 'Fjellmoot 2022'),
    event('pyharbor19-notes', 'pyharbor19-notes'),
    event('pyharbor-2017', 'PyHarbor 2017'),
  ],
  talks: [
    talk('kelpcon16-notes', 'discovery', 'KelpCon: Two service discoveries', 'legacy to pods'),
    talk('kelpcon16-notes', 'operators', 'Operators for databases', 'stateful sets'),
    talk('kelpcon-2023', 'media', 'Real-time media in clusters', 'UDP load balancing'),
    talk('fjellmoot-2022', 'welcome', 'Welcome to Fjellmoot', 'the organisers open the day'),
    talk('fjellmoot-2022', 'caching', 'Caching at the edge', 'stale while revalidate'),
    talk('pyharbor-2017', 'typing', 'Gradual typing', 'mypy in a large codebase'),
  ],
};
const bot = new Bot(library);
type Talks = Extract<Answer, { kind: 'talks' }>;

describe('an event whose own talk says its name', () => {
  it('"talks at kelpcon" is the talks of every event of that name, not a search for the word', () => {
    const answer = bot.ask('talks at kelpcon');
    expect(ids(answer).sort()).toEqual(['discovery', 'media', 'operators']);
    expect(listTitle(answer as Talks)).toBe('All 3 talks at 2 events');
  });

  it('"kelpcon 2016" is the edition its file names by its year', () => {
    expect(ids(bot.ask('kelpcon 2016')).sort()).toEqual(['discovery', 'operators']);
  });

  it('"talks at fjellmoot" is that event, its welcome talk among them', () => {
    expect(ids(bot.ask('talks at fjellmoot')).sort()).toEqual(['caching', 'welcome']);
  });
});

describe('an edition named by its file, whose notes gave no talk', () => {
  it.each(['pyharbor 2019', 'pyharbor19'])('"%s" says its notes have no talks', (asked) => {
    const answer = bot.ask(asked);
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain('The notes of pyharbor19-notes have no talks');
    expect(said(answer)).not.toContain('of that month or year');
  });
});
