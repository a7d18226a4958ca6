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
import { carriedFooter } from './carried-questions.ts';
import {
  backRow,
  type LinkTarget,
  linkRows,
  openMenu,
  pagingRow,
  type Row,
  shareRow,
} from './components.ts';
import { fitMessage, usableUrl } from './fit.ts';
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
      const view = detailView(answer.talk, answer.related, answer.focus);
      const navigation = [
        ...openMenu(
          `Related talks (${view.related.length}): open one`,
          view.related.map((r) => ({
            label: r.title,
            question: r.question,
            description: r.people,
          })),
        ),
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
        content: eventsCount(answer.events.length),
        embeds: answer.events.slice(0, LIMIT.embeds).map((e) => ({
          // Discord reads Markdown in an embed's title: a name written `||2025||` is no spoiler.
          title: escaped(e.name, LIMIT.embedTitle),
          color: BLURPLE,
          ...urlOf(e.source),
          description: [
            [e.dates, e.place, plural(e.talkCount, 'talk')]
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
  const prefix = `${number}. `;
  return {
    title: `${prefix}${escaped(view.title, LIMIT.embedTitle - prefix.length)}`,
    color: BLURPLE,
    ...urlOf(view.descriptionUrl),
    description: [...headLines(view), escaped(view.summary, 1500), links]
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The talk in full: when, the notes with their links, further links. Main links are buttons;
 * `unbuttoned` are those no row had room for. The notes and byline are the point of the answer,
 * so they are budgeted first (whole lines, within a description) and links get the room left of
 * Discord's 6000 per message; links that do not fit are counted, not silently lost.
 */
function detailEmbed(view: DetailView, unbuttoned: LinkTarget[]): APIEmbed {
  const title = escaped(view.title, LIMIT.embedTitle);
  const head = [...headLines(view), view.when && escaped(view.when, 200)].filter(Boolean);
  const notes = linesWithin(
    view.notes.map(noteLine),
    LIMIT.embedDescription - head.join('\n').length - 2,
    (n) => `… ${plural(n, 'more line')} of notes`,
  );
  const description = [
    ...head,
    // The blank line sets the notes apart from the byline.
    notes.length > 0 && `\n${notes.join('\n')}`,
  ]
    .filter(Boolean)
    .join('\n');
  const links = [...unbuttoned, ...view.moreLinks].map((l) => `• ${mdLink(l.label, l.url, 200)}`);
  return {
    title,
    color: BLURPLE,
    description,
    ...fields(
      fieldChunks('More links', links, LIMIT.embedsTotal - title.length - description.length),
    ),
  };
}

/** Whole lines while they fit `max` (with their newlines), then one line saying how many are left. */
function linesWithin(lines: string[], max: number, more: (n: number) => string): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const room = max - used - (i < lines.length - 1 ? 40 : 0);
    if (line.length + 1 > room) return [...kept, more(lines.length - i)];
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}

function noteLine(line: NoteLine): string {
  const text = line.segments
    .map((s) => (s.url ? mdLink(s.text, s.url, 300) : escaped(s.text, 1000)))
    .join('');
  return `${'\u2003'.repeat(Math.min(line.depth, 4))}- ${text}`;
}

/**
 * Lines spread over as many fields as they need, each within a field's limit, all within `room`
 * characters and Discord's 25 fields. Lines left out are counted in a last line ("… and 3 more
 * links not shown"), so a reader knows the list goes on.
 */
function fieldChunks(
  name: string,
  lines: string[],
  room: number,
): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  const nameOf = () => (fields.length === 0 ? name : `${name} (more)`);
  // Room kept for the count line and the field it may need.
  const reserve = 80;
  let value = '';
  let used = 0;
  let shown = 0;
  for (const line of lines) {
    if (line.length > LIMIT.fieldValue) continue;
    const fresh = !value || value.length + 1 + line.length > LIMIT.fieldValue;
    const cost = fresh ? nameOf().length + line.length : line.length + 1;
    const fieldsAfter = fields.length + (fresh && value ? 1 : 0) + (fresh ? 1 : 0);
    if (used + cost > room - reserve || fieldsAfter > LIMIT.embedFields - 1) break;
    if (fresh && value) {
      fields.push({ name: nameOf(), value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
    used += cost;
    shown += 1;
  }
  const left = lines.length - shown;
  const note = left > 0 ? `… and ${plural(left, shown > 0 ? 'more link' : 'link')} not shown` : '';
  if (note && value.length + 1 + note.length <= LIMIT.fieldValue) {
    value = value ? `${value}\n${note}` : note;
  } else if (note) {
    if (value) fields.push({ name: nameOf(), value });
    value = note;
  }
  if (value) fields.push({ name: nameOf(), value });
  return fields;
}

function fields(list: { name: string; value: string }[]): { fields?: typeof list } {
  return list.length > 0 ? { fields: list } : {};
}

function urlOf(url: string | undefined): { url?: string } {
  const usable = usableUrl(url);
  return usable ? { url: usable } : {};
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

/** An example in a code span; one with a backtick of its own in a double one. */
function codeSpan(text: string): string {
  return text.includes('`') ? `\`\` ${text.replace(/`{2,}/g, '`')} \`\`` : `\`${text}\``;
}
