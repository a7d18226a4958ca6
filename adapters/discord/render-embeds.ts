import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { Answer, TalkCard, TalkDetail } from '../../src/answer.ts';
import { PAGE_SIZE } from '../../src/bot.ts';
import type { NoteNode, Speaker } from '../../src/model.ts';
import { truncate } from '../../src/text.ts';
import { backRow, linkRows, openMenu, pagingRow, type Row } from './components.ts';
import { fitMessage, isUsableUrl } from './fit.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';

/** What a Discord message shows: plain API JSON, so tests can read it and discord.js can send it. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: Row[];
}

export interface RenderOptions {
  /** The list a talk was opened from, for a "Back to the list" button. */
  from?: { query: string; page: number };
}

const BLURPLE = 0x5865f2;

/** The Discord rendering of an Answer: one embed per talk, buttons and menus for what comes next. */
export function renderMessage(answer: Answer, options: RenderOptions = {}): DiscordMessage {
  return fitMessage(renderAnswer(answer, options));
}

function renderAnswer(answer: Answer, options: RenderOptions): DiscordMessage {
  switch (answer.kind) {
    case 'talks': {
      const { page, pageCount, query } = answer;
      const pages = pageCount > 1 ? ` (page ${page} of ${pageCount})` : '';
      // Numbered across pages, as in the terminal, so "Slides 7" points at card 7.
      const number = (i: number) => (page - 1) * PAGE_SIZE + i + 1;
      return {
        content: `**${plural(answer.total, 'talk')}** ${scopeText(answer)}${pages}`,
        embeds: answer.hits.map((hit, i) => ({
          ...cardEmbed(hit),
          title: `${number(i)}. ${hit.title}`,
        })),
        components: [
          ...openMenu(
            'Open a talk in full',
            answer.hits.map((hit) => ({
              label: hit.title,
              question: `talk ${hit.ref}`,
              description: byline(hit),
            })),
            { query, page },
          ),
          ...linkRows(
            answer.hits.flatMap((hit, i) => [
              { label: `Slides ${number(i)}`, url: hit.links.slides },
              { label: `Video ${number(i)}`, url: hit.links.video },
            ]),
          ),
          ...pagingRow(query, page, pageCount),
        ],
      };
    }
    case 'talk':
      return {
        content: '',
        embeds: [detailEmbed(answer.talk, answer.related)],
        components: [
          ...linkRows([
            { label: 'Description', url: answer.talk.links.description },
            { label: 'Slides', url: answer.talk.links.slides },
            { label: 'Video', url: answer.talk.links.video },
          ]),
          ...openMenu(
            'Open a related talk',
            answer.related.map((r) => ({ label: r.title, question: `talk ${r.ref}` })),
          ),
          ...backRow(options.from),
        ],
      };
    case 'topics':
      return {
        content: '',
        embeds: [
          {
            title: 'Topics',
            color: BLURPLE,
            description:
              answer.topics.length === 0
                ? 'No topics yet: the notes do not group their talks.'
                : answer.topics.map((t) => `**${t.name}** — ${plural(t.count, 'talk')}`).join('\n'),
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
        content: `**${plural(answer.events.length, 'event')}**`,
        embeds: answer.events.map((e) => ({
          title: e.name,
          color: BLURPLE,
          ...urlOf(e.source),
          description: [
            [e.dates, plural(e.talkCount, 'talk')].filter(Boolean).join(' · '),
            e.author && `Notes by ${e.author}`,
            e.topics.length > 0 && `Topics: ${e.topics.join(', ')}`,
          ]
            .filter(Boolean)
            .join('\n'),
          footer: { text: `list event:${e.id}` },
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
              `I know ${plural(answer.stats.talks, 'talk')} from ${plural(answer.stats.events, 'event')}.`,
              'Ask with `/qcon query:…` or mention me, followed by:',
              '',
              ...answer.commands.map((c) => `\`${c.usage}\` — ${c.description}`),
            ].join('\n'),
            fields: [{ name: 'Try', value: answer.examples.map((e) => `\`${e}\``).join(' · ') }],
          },
        ],
        components: openMenu(
          'Try an example',
          answer.examples.map((e) => ({ label: e, question: e })),
        ),
      };
    case 'none':
      return {
        content: '',
        embeds: [
          {
            title: `No talk matches “${answer.query}”`,
            color: BLURPLE,
            fields: [
              answer.suggestions.length > 0 && {
                name: 'Did you mean',
                value: answer.suggestions.map((s) => escaped(s, LIMIT.choiceName)).join(', '),
              },
              answer.topics.length > 0 && { name: 'Topics', value: answer.topics.join(', ') },
            ].filter((field) => field !== false),
          },
        ],
        components: openMenu('Did you mean…', [
          ...answer.suggestions.map((s) => ({ label: s, question: s })),
          ...answer.topics.map((t) => ({ label: `Topic: ${t}`, question: `topic ${t}` })),
        ]),
      };
    case 'error':
      return { content: `Sorry: ${answer.message}`, embeds: [], components: [] };
  }
}

/** A talk's card: title linked to its description, byline (speaker · company · topic · event), summary. */
function cardEmbed(talk: TalkCard, extra: string[] = [], body = talk.summary): APIEmbed {
  const head = [
    `*${escaped(byline(talk), LIMIT.authorName)}*`,
    talk.officialTitle && `“${talk.officialTitle}”`,
    ...extra,
  ];
  return {
    title: talk.title,
    color: BLURPLE,
    ...urlOf(talk.links.description),
    description: [head.filter(Boolean).join('\n'), body].filter(Boolean).join('\n'),
    footer: { text: `talk ${talk.ref}` },
  };
}

/** The card with when it was, the author's notes in full, every link and related talks. */
function detailEmbed(talk: TalkDetail, related: TalkCard[]): APIEmbed {
  const when = [talk.date, talk.time, talk.track].filter(Boolean).join(', ');
  const links = talk.allLinks.map((l) => `${capital(l.kind)}: ${l.url}`);
  const notes = noteLines(talk.notes, '').join('\n');
  return {
    // The blank line sets the notes apart from the byline.
    ...cardEmbed(talk, [when], notes && `\n${notes}`),
    fields: [
      ...fieldChunks('Links', links),
      ...fieldChunks(
        'Related',
        related.map((r) => `${r.title} — \`talk ${r.ref}\``),
      ),
    ],
  };
}

/** Lines spread over as many fields as they need, each within a field's limit. */
function fieldChunks(name: string, lines: string[]): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  let value = '';
  for (const line of lines) {
    if (value && value.length + 1 + line.length > LIMIT.fieldValue) {
      fields.push({ name: fields.length === 0 ? name : `${name} (more)`, value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length === 0 ? name : `${name} (more)`, value });
  return fields;
}

function noteLines(nodes: NoteNode[], indent: string): string[] {
  return nodes.flatMap((n) => [`${indent}- ${n.text}`, ...noteLines(n.children, `${indent}  `)]);
}

function byline(talk: TalkCard): string {
  return [talk.speakers.map(speakerName).filter(Boolean).join(', '), talk.topic, talk.eventName]
    .filter(Boolean)
    .join(' · ');
}

function speakerName(speaker: Speaker): string {
  const who = speaker.name ?? speaker.role ?? '';
  return speaker.company ? (who ? `${who}, ${speaker.company}` : speaker.company) : who;
}

function scopeText(answer: Extract<Answer, { kind: 'talks' }>): string {
  const event = answer.scope.event ? ` in ${answer.scope.event}` : '';
  switch (answer.scope.kind) {
    case 'search':
      return `for “${escaped(answer.scope.words, LIMIT.embedTitle)}”${event}`;
    case 'topic':
      return `in topic ${escaped(answer.scope.topic, LIMIT.embedTitle)}${event}`;
    case 'list':
      return `in all${event}`;
    case 'speaker':
      return `by ${answer.scope.name}${event}`;
    case 'company':
      return `from ${answer.scope.name}${event}`;
    case 'date':
      return `on ${answer.scope.label}${event}`;
  }
}

/** Markdown escaped after the cut: escaping is slow on long text, and only what is shown counts. */
function escaped(text: string, max: number): string {
  return escapeMarkdown(truncate(text, max));
}

function urlOf(url: string | undefined): { url?: string } {
  return isUsableUrl(url) ? { url } : {};
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace('-', ' ');
}
