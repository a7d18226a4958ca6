import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library, Talk } from '../../../src/model.ts';

/** A small library of invented talks, so each reading is tested apart from the shipped notes. */
const talk = (id: string, title: string, notes: string, facts: Partial<Talk> = {}): Talk => ({
  id,
  event: 'devconf-2030',
  title,
  speakers: [],
  links: [],
  notes: notes.split('; ').map((text) => ({ text, children: [] })),
  summary: '',
  source: { file: 'devconf.md', line: 1 },
  ...facts,
});

const library: Library = {
  events: [
    {
      id: 'devconf-2030',
      name: 'DevConf Lisbon 2030',
      dates: '2030-05-06..2030-05-07',
      tags: [],
      topics: ['Security', 'Frontend', 'Ops'],
      file: 'devconf.md',
    },
    {
      id: 'othercon-2031',
      name: 'OtherCon Porto 2031',
      tags: [],
      topics: [],
      file: 'othercon.md',
    },
  ],
  talks: [
    talk('vaults', 'Vaults for everyone', 'Multisig wallets; secret rotation with a vault', {
      topic: 'Security',
      speakers: [{ name: 'Ana Sousa', company: 'Cofre' }],
    }),
    talk('js-servers', 'Servers in Node.js', 'Running node.js behind a proxy; less is more', {
      topic: 'Frontend',
    }),
    talk('pages', 'Pages at night', 'Being on-call without burnout; postmortems in a week', {
      topic: 'Ops',
    }),
    talk('keynote', 'Keynote', 'Opening words on serverless platforms', { topic: 'Ops' }),
    talk('cold-wallets', 'Cold wallets', 'Wallets kept offline', { event: 'othercon-2031' }),
  ],
};
const bot = new Bot(library);

function first(answer: Answer): string {
  if (answer.kind === 'talks') return answer.hits[0]?.id ?? 'empty';
  return answer.kind === 'talk' ? answer.talk.id : answer.kind;
}

describe('questions as people write them in chat', () => {
  it('ignores who the question is addressed to, greetings and thanks', () => {
    expect(first(bot.ask('@qcon-bot anything on burnout?'))).toBe('pages');
    expect(first(bot.ask('hey bot, thx! any talk about multisig? 🙏'))).toBe('vaults');
  });

  it('reads a Markdown link as its text', () => {
    expect(first(bot.ask('[the vault talk](https://example.com/x)'))).toBe('vaults');
  });

  it('joins and splits words as the notes write them, only where the notes have them together', () => {
    expect(first(bot.ask('multi sig'))).toBe('vaults');
    expect(first(bot.ask('post mortems'))).toBe('pages');
    expect(first(bot.ask('nodejs'))).toBe('js-servers');
    expect(first(bot.ask('oncall'))).toBe('pages');
    // "wallets" and "burnout" are both in the notes, but never in one talk: no split.
    expect(bot.ask('walletsburnout').kind).toBe('none');
  });

  it('answers questions about the conference itself with the events, and drops its name from searches', () => {
    expect(bot.ask('when is devconf?').kind).toBe('events');
    // An event named alone is its program: its talks, titled by the event.
    expect(bot.ask('lisbon')).toMatchObject({
      kind: 'talks',
      scope: { kind: 'list', event: 'devconf-2030' },
    });
    expect(bot.ask('where was devconf').kind).toBe('events');
    // Among several events, naming one narrows to its talks.
    expect(first(bot.ask('the devconf talk on wallets'))).toBe('vaults');
    expect(first(bot.ask('wallets at othercon'))).toBe('cold-wallets');
    expect(bot.ask('best restaurant in lisbon').kind).toBe('none');
    const list = bot.ask('devconf talks');
    expect(list.kind === 'talks' && list.total).toBe(4);
  });

  it('lists every talk of two topics named together', () => {
    const answer = bot.ask('security and frontend talks');
    expect(answer.kind === 'talks' && answer.scope).toMatchObject({
      kind: 'topic',
      topic: 'Security and Frontend',
      topics: ['Security', 'Frontend'],
    });
    expect(answer.kind === 'talks' && answer.hits.map((h) => h.id).sort()).toEqual([
      'js-servers',
      'vaults',
    ]);
  });

  it('answers "what topics were covered" with the topics', () => {
    expect(bot.ask('what topics were covered?').kind).toBe('topics');
  });

  it('finds a keynote the notes name, and asks for speakers with "which company"', () => {
    expect(first(bot.ask('who gave the keynote'))).toBe('keynote');
    const company = bot.ask('which company talked about wallets');
    expect(company.kind === 'talks' && company.focus).toBe('speakers');
  });

  it('reads a pasted paragraph by the telling words the notes have', () => {
    const paragraph =
      'So last week our pager went off all night again and the team is close to burnout, ' +
      'my lead asked whether anyone at the conference talked about on-call and postmortems?';
    expect(first(bot.ask(paragraph))).toBe('pages');
    const offTopic =
      'I am looking for a good place to eat near the river tonight, somewhere with fish and ' +
      'a view, and not too expensive for a team of six people';
    expect(bot.ask(offTopic).kind).toBe('none');
  });
});
