import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import {
  bylineWithin,
  type CardView,
  cardView,
  type DetailView,
  detailView,
  helpIntro,
  listNotes,
  listTitle,
  NO_EVENTS,
  NO_TOPICS,
  type NoteLine,
  noneTexts,
  plural,
} from '../present/index.ts';
import { backRow, linkRows, openMenu, pagingRow, type Row, shareRow } from './components.ts';
import { fitMessage, isUsableUrl } from './fit.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';
import { escaped, mdLink } from './markdown.ts';

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

const BLURPLE = 0x5865f2;

/**
 * The Discord layout of an Answer: one embed per talk, its links inside it, buttons and menus for
 * what comes next. Wording comes from adapters/present; this file escapes and fits it.
 */
export function renderMessage(answer: Answer, options: RenderOptions = {}): DiscordMessage {
  const message = renderAnswer(answer, options);
  const share = options.share && answer.kind !== 'error' ? shareRow(options.share) : [];
  return fitMessage({ ...message, components: [...message.components, ...share] });
}

function renderAnswer(answer: Answer, options: RenderOptions): DiscordMessage {
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
      const view = detailView(answer.talk, answer.related, answer.focus);
      return {
        content: '',
        embeds: [detailEmbed(view)],
        components: [
          ...linkRows(view.mainLinks.map((l) => ({ label: l.label, url: l.url }))),
          ...openMenu(
            `Related talks (${view.related.length}): open one`,
            view.related.map((r) => ({
              label: r.title,
              question: r.question,
              description: r.people,
            })),
          ),
          ...backRow(options.from),
        ],
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
        content:
          answer.events.length === 0 ? NO_EVENTS : `**${plural(answer.events.length, 'event')}**`,
        embeds: answer.events.map((e) => ({
          // Discord reads Markdown in an embed's title: a name written `||2025||` is no spoiler.
          title: escaped(e.name, TITLE_TEXT),
          color: BLURPLE,
          ...urlOf(e.source),
          description: [
            [e.dates, plural(e.talkCount, 'talk')]
              .filter(Boolean)
              .map((t) => escaped(t ?? '', 200))
              .join(' · '),
            e.author && `Notes by ${escaped(e.author, 200)}`,
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
    case 'help':
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
            fields: [{ name: 'Try', value: answer.examples.map(codeSpan).join(' · ') }],
          },
        ],
        components: openMenu(
          'Try an example',
          answer.examples.map((e) => ({ label: e, question: e })),
        ),
      };
    case 'none': {
      const { title, offer } = noneTexts(answer);
      return {
        content: '',
        embeds: [
          {
            // It echoes the question: "python __slots__" is no underline.
            title: escaped(title, TITLE_TEXT),
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

/** The lines under a talk's title: byline (or the speakers first), official title, focus note. */
function headLines(view: CardView): string[] {
  const lines = view.leadWithSpeakers
    ? [
        `**${escaped(view.people, LIMIT.authorName)}**`,
        `*${escaped(view.place, LIMIT.authorName)}*`,
      ]
    : [`*${escaped(bylineWithin(view, LIMIT.authorName), LIMIT.authorName)}*`];
  if (view.officialTitle) lines.push(`“${escaped(view.officialTitle, LIMIT.embedTitle)}”`);
  if (view.focusNote) lines.push(`**${escaped(view.focusNote, 200)}**`);
  return lines;
}

/** A card: numbered title linked to the description; byline, summary, and the talk's own links. */
function cardEmbed(view: CardView, number: number): APIEmbed {
  const links = view.links.map((l) => mdLink(l.label, l.url, LIMIT.buttonLabel)).join(' · ');
  return {
    title: `${number}. ${escaped(view.title, TITLE_TEXT)}`,
    color: BLURPLE,
    ...urlOf(view.descriptionUrl),
    description: [...headLines(view), escaped(view.summary, 1500), links]
      .filter(Boolean)
      .join('\n'),
  };
}

/** The talk in full: when, the notes with their links, further links. Main links are buttons. */
function detailEmbed(view: DetailView): APIEmbed {
  const notes = view.notes.map(noteLine).join('\n');
  return {
    title: escaped(view.title, TITLE_TEXT),
    color: BLURPLE,
    description: [
      ...headLines(view),
      view.when && escaped(view.when, 200),
      // The blank line sets the notes apart from the byline.
      notes && `\n${notes}`,
    ]
      .filter(Boolean)
      .join('\n'),
    ...fields(
      fieldChunks(
        'More links',
        view.moreLinks.map((l) => `• ${mdLink(l.label, l.url, 200)}`),
      ),
    ),
  };
}

function noteLine(line: NoteLine): string {
  const text = line.segments
    .map((s) => (s.url ? mdLink(s.text, s.url, 300) : escaped(s.text, 1000)))
    .join('');
  return `${'\u2003'.repeat(Math.min(line.depth, 4))}- ${text}`;
}

/** Lines spread over as many fields as they need, each within a field's limit. */
function fieldChunks(name: string, lines: string[]): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  let value = '';
  for (const line of lines.filter((l) => l.length <= LIMIT.fieldValue)) {
    if (value && value.length + 1 + line.length > LIMIT.fieldValue) {
      fields.push({ name: fields.length === 0 ? name : `${name} (more)`, value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length === 0 ? name : `${name} (more)`, value });
  return fields;
}

function fields(list: { name: string; value: string }[]): { fields?: typeof list } {
  return list.length > 0 ? { fields: list } : {};
}

function urlOf(url: string | undefined): { url?: string } {
  return isUsableUrl(url) ? { url } : {};
}

/**
 * Room for an embed title's text before its escaping: a backslash before every mark of a title
 * full of them still fits Discord's 256 (the fitting step cuts whatever is over).
 */
const TITLE_TEXT = 200;

/** An example in a code span; one with a backtick of its own in a double one. */
function codeSpan(text: string): string {
  return text.includes('`') ? `\`\` ${text.replace(/`{2,}/g, '`')} \`\`` : `\`${text}\``;
}
