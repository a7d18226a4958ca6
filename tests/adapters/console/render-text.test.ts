import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

describe('terminal rendering', () => {
  it('answers thanks, bye or ok in one line, not with the whole help again', () => {
    expect(renderText(bot.ask('thanks!'))).toBe(
      'qcon-bot: You’re welcome! Ask again any time (“help” lists what I understand).',
    );
    expect(renderText(bot.ask("ok that's all")).split('\n')).toHaveLength(1);
    // Someone saying hello is starting out: they get the help.
    expect(renderText(bot.ask('hello'))).toMatch(
      /^qcon-bot: Hi! I know 10 talks[\s\S]*talks by <name>/,
    );
  });

  it('answers "how many talks are there?" with the count in one line, not the whole help', () => {
    for (const question of ['how many talks are there?', 'total talks?', 'talk count'])
      expect(renderText(bot.ask(question)), question).toBe(
        'qcon-bot: I know 10 talks from 1 event. “list” shows them all, “topics” by topic.',
      );
    expect(renderText(bot.ask('count the devops talks'))).toMatch(/^3 talks in topic Devops/);
  });

  it('offers "more", numbers and "quit" in the chat only, not to `qcon ask`', () => {
    const help = bot.ask('help');
    expect(renderText(help)).not.toMatch(/\bquit\b|\bmore\b/);
    expect(renderText(help, { chat: true })).toMatch(/quit/);
    expect(renderText(bot.ask('list'))).toContain('More: qcon ask "list page 2"');
    expect(renderText(bot.ask('list'), { chat: true })).toContain('"more" for the next page');
  });

  it('leads with the speakers when the question asked who, and says what link is missing', () => {
    const list = bot.ask('netflix');
    if (list.kind !== 'talks') throw new Error('no list');
    const who = renderText({ ...list, focus: 'speakers' });
    expect(who).toContain(
      '1. Andrew Spyker and Sharma Podila (Netflix)\n   Container mgmt at Netflix',
    );
    const talk = bot.ask('talk culture for learning');
    if (talk.kind !== 'talk') throw new Error('no talk');
    expect(renderText({ ...talk, focus: 'video' })).toContain(
      'No video link in the notes — description below',
    );
  });

  it('says a talk id names no talk, and offers close matches', () => {
    const answer: Answer = {
      kind: 'none',
      query: 'talk qcon-ny-2016/nope',
      suggestions: ['talk uber'],
      topics: [],
      reason: 'unknown-talk',
    };
    expect(renderText(answer)).toBe('No talk with that id.\nClose matches: talk uber?');
  });

  it('removes control characters from everything it prints', () => {
    const answer: Answer = { kind: 'error', message: 'bad \u001b[31mred\u0007 bell' };
    expect(renderText(answer)).toBe('Sorry: bad red bell');
  });

  it('removes bidirectional overrides and isolates, so a title cannot read backwards', async () => {
    const { Bot } = await import('../../../src/bot.ts');
    const { parseNotes } = await import('../../../src/content/parse-notes.ts');
    const { event, talks } = parseNotes(
      '---\nevent:\n  name: Bidi Conf\n---\n## Safe talk \u202egnp.exe\u202c by Ann\n\n- \u2066x\u2069 \u202eRTL\n',
      'bidi.md',
      'bidi',
    );
    const own = new Bot({ events: [event], talks });
    const shown = [renderText(own.ask('list')), renderText(own.ask(`talk bidi/${talks[0]?.id}`))];
    for (const text of shown) expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(shown[0]).toContain('Safe talk gnp.exe by Ann');
  });
});
