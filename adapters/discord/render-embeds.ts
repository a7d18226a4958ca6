import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import { oneLine } from '../../src/text.ts';
import {
  cardView,
  closingReply,
  detailView,
  eventTalks,
  helpIntro,
  listNotes,
  listTitle,
  NO_EVENTS,
  NO_TOPICS,
  noNotesIn,
  noneTexts,
  plural,
  rankedBy,
  unsaidOfEvents,
} from '../present/index.ts';
import { carriedFooter } from './carried-questions.ts';
import { backRow, linkRows, openMenu, pagingRow, type Row, shareRow } from './components.ts';
import { fitMessage } from './fit.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';
import { escaped } from './markdown.ts';
import { BLURPLE, cardEmbed, detailEmbed, urlOf } from './talk-embeds.ts';

/** What a Discord message shows: plain API JSON, so tests can read it and discord.js can send it. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: Row[];
}

export interface RenderOptions {
  /** The list a talk was opened from, for a "Back to the list" button. */
  from?: { query: string; page: number };
  /** A private answer offers "Share": the question (and page) to post again for the channel. */
  share?: { query: string; page: number };
}

/**
 * The Discord layout of an Answer: one embed per talk, its links inside it, buttons and menus for
 * what comes next. Wording comes from adapters/present; this file escapes and fits it.
 */
export function renderMessage(answer: Answer, options: RenderOptions = {}): DiscordMessage {
  const share = options.share && answer.kind !== 'error' ? shareRow(options.share) : [];
  const message = renderAnswer(answer, options, share.length);
  const components = [...message.components, ...share];
  return fitMessage({ ...message, components }, carriedFooter(components, answer, options));
}

/** `after`: rows the caller adds below (Share), which the answer's own rows must leave room for. */
function renderAnswer(answer: Answer, options: RenderOptions, after: number): DiscordMessage {
  switch (answer.kind) {
    case 'talks': {
      const { page, pageCount, query } = answer;
      const notes = listNotes(answer).map((n) => escaped(n, 300));
      return {
        content: [`**${escaped(listTitle(answer), 300)}**`, ...notes].join('\n'),
        embeds: answer.hits.map((hit, i) =>
          cardEmbed(cardView(hit, answer.focus), answer.first + i),
        ),
        components: [
          ...openMenu(
            'Open a talk in full',
            answer.hits.map((hit, i) => {
              const view = cardView(hit);
              return {
                label: `${answer.first + i}. ${view.title}`,
                question: view.question,
                description: view.people,
              };
            }),
            { query, page },
          ),
          ...pagingRow(query, page, pageCount),
        ],
      };
    }
    case 'talk': {
      const view = detailView(answer.talk, answer.related, answer.focus, answer.followUp);
      const navigation = [
        ...(view.brief
          ? openMenu('Open the whole talk', [
              { label: view.title, question: view.question, description: view.people },
            ])
          : openMenu(
              `Related talks (${view.related.length}): open one`,
              view.related.map((r) => ({
                label: r.title,
                question: r.question,
                description: r.people,
              })),
            )),
        ...backRow(options.from),
      ];
      // Link buttons take the rows navigation leaves: 21 decks must not push out "Back to the
      // list" or Share (Discord allows 5 rows). Links without a button are listed in the embed.
      const links = linkRows(view.mainLinks, LIMIT.actionRows - navigation.length - after);
      return {
        content: '',
        embeds: [detailEmbed(view, links.left)],
        components: [...links.rows, ...navigation],
      };
    }
    case 'topics':
      return {
        content: '',
        embeds: [
          {
            title: 'Topics',
            color: BLURPLE,
            description:
              answer.topics.length === 0
                ? NO_TOPICS
                : answer.topics
                    .map((t) => `**${escaped(t.name, 200)}** — ${plural(t.count, 'talk')}`)
                    .join('\n'),
          },
        ],
        components: openMenu(
          'Show the talks of a topic',
          answer.topics.map((t) => ({
            label: t.name,
            question: `topic ${t.name}`,
            description: plural(t.count, 'talk'),
          })),
        ),
      };
    case 'events':
      return {
        content: [
          answer.noNotesIn && noNotesIn(escaped(answer.noNotesIn, 100)),
          answer.unsaid && escaped(unsaidOfEvents(answer.unsaid, answer.events), 300),
          eventsCount(answer.events.length),
          answer.ranked && `Ranked: ${escaped(rankedBy(answer.ranked), 200)}.`,
        ]
          .filter(Boolean)
          .join('\n'),
        embeds: answer.events.slice(0, LIMIT.embeds).map((e) => ({
          // Discord reads Markdown in an embed's title: a name written `||2025||` is no spoiler.
          title: escaped(e.name, LIMIT.embedTitle),
          color: BLURPLE,
          ...urlOf(e.source),
          description: [
            [e.dates, e.place, eventTalks(e, answer.ranked)]
              .filter(Boolean)
              .map((t) => escaped(t ?? '', 200))
              .join(' · '),
            e.author && `Notes by ${escaped(e.author, 200)}`,
            e.language && `Notes in ${escaped(e.language, 100)}`,
            e.topics.length > 0 && `Topics: ${escaped(e.topics.join(', '), 1000)}`,
          ]
            .filter(Boolean)
            .join('\n'),
        })),
        components: openMenu(
          'List the talks of an event',
          answer.events.map((e) => ({ label: e.name, question: `list event:${e.id}` })),
        ),
      };
    case 'help': {
      const reply = closingReply(answer);
      if (reply) return { content: reply, embeds: [], components: [] };
      return {
        content: '',
        embeds: [
          {
            title: 'qcon-bot',
            color: BLURPLE,
            description: [
              helpIntro(answer.stats, answer.greeting),
              'Ask with `/qcon query:…` or mention me, followed by:',
              '',
              ...answer.commands.map((c) => `\`${c.usage}\` — ${c.description}`),
            ].join('\n'),
            fields: [{ name: 'Try', value: examplesLine(answer.examples) }].filter((f) => f.value),
          },
        ],
        components: openMenu(
          'Try an example',
          answer.examples.map((e) => ({ label: e, question: e })),
        ),
      };
    }
    case 'none': {
      const { title, offer } = noneTexts(answer);
      return {
        content: '',
        embeds: [
          {
            // It echoes the question: "python __slots__" is no underline.
            title: escaped(title, LIMIT.embedTitle),
            color: BLURPLE,
            fields: [
              answer.suggestions.length > 0 && {
                name: offer,
                value: answer.suggestions.map((s) => escaped(s, LIMIT.choiceName)).join(', '),
              },
              answer.topics.length > 0 && {
                name: 'Topics',
                value: escaped(answer.topics.join(', '), LIMIT.fieldValue),
              },
            ].filter((field) => field !== false),
          },
        ],
        components: openMenu(`${offer}…`, [
          ...answer.suggestions.map((s) => ({ label: s, question: s })),
          ...answer.topics.map((t) => ({ label: `Topic: ${t}`, question: `topic ${t}` })),
        ]),
      };
    }
    case 'error':
      return { content: `Sorry: ${escaped(answer.message, 1800)}`, embeds: [], components: [] };
  }
}

/**
 * "12 events, showing 10": a message holds 10 embeds, and the count must not promise more than
 * is shown. The menu below lists up to 25, so it says where the rest are.
 */
function eventsCount(count: number): string {
  if (count === 0) return NO_EVENTS;
  if (count <= LIMIT.embeds) return `**${plural(count, 'event')}**`;
  const where =
    count <= LIMIT.selectOptions
      ? ' — the menu lists them all'
      : ` — the menu lists ${LIMIT.selectOptions}`;
  return `**${plural(count, 'event')}**, showing ${LIMIT.embeds}${where}`;
}

/**
 * The examples in code spans, as the menu offers them: those short enough to ask (a cut would
 * leave a span open, and the notes' text after it unescaped). Nothing in a span is escaped, so
 * it loses what reorders or hides text, and its line breaks.
 */
function examplesLine(examples: string[]): string {
  const spans = examples
    .map(oneLine)
    .filter((e) => e !== '' && e.length <= LIMIT.selectOptionValue)
    .map(codeSpan);
  return spans.join(' · ');
}

/** An example in a code span; one with a backtick of its own in a double one. */
function codeSpan(text: string): string {
  return text.includes('`') ? `\`\` ${text.replace(/`{2,}/g, '`')} \`\`` : `\`${text}\``;
}
