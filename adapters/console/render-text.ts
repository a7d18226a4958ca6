import type { Answer } from '../../src/answer.ts';
import { openQuestion } from '../../src/help.ts';
import { stripInvisible } from '../../src/text.ts';
import {
  type CardView,
  cardView,
  closingReply,
  type DetailView,
  detailView,
  eventTalks,
  helpIntro,
  type LinkView,
  listNotes,
  listTitle,
  NO_EVENTS,
  NO_TOPICS,
  type NoteLine,
  noNotesIn,
  noneTexts,
  plural,
  rankedBy,
  topicsLine,
  unsaidOfEvents,
} from '../present/index.ts';

export interface TextOptions {
  /** In the chat a number opens an item and "more" pages; `qcon ask` answers once. */
  chat?: boolean;
}

/**
 * The terminal layout of an Answer: plain text with links written out as URLs. Control characters
 * are removed from everything shown, so notes or questions cannot drive the terminal, and so are
 * bidirectional overrides and other invisible marks, which could make a title read backwards.
 */
export function renderText(answer: Answer, options: TextOptions = {}): string {
  return stripInvisible(renderAnswer(answer, options))
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}

function renderAnswer(answer: Answer, options: TextOptions): string {
  switch (answer.kind) {
    case 'help': {
      const reply = closingReply(answer);
      if (reply) return `qcon-bot: ${reply}`;
      return [
        `qcon-bot: ${helpIntro(answer.stats, answer.greeting)} Ask:`,
        ...answer.commands.map((c) => `  ${c.usage.padEnd(28)} ${c.description}`),
        ...(options.chat
          ? [
              `  ${'more / previous'.padEnd(28)} next / previous page of the last list`,
              `  ${'1, 2, …'.padEnd(28)} open that item of the last list`,
              `  ${'quit'.padEnd(28)} leave`,
            ]
          : []),
        '',
        `Try: ${answer.examples.join(' · ')}`,
      ].join('\n');
    }
    case 'talks': {
      const cards = answer.hits.map((hit, i) =>
        card(cardView(hit, answer.focus), `${answer.first + i}. `),
      );
      const more = answer.page < answer.pageCount;
      const footer = options.chat
        ? `Open one by its number${more ? '; "more" for the next page' : ''}.`
        : more
          ? `More: qcon ask "${answer.query} page ${answer.page + 1}"`
          : '';
      return [listTitle(answer), ...listNotes(answer), '', cards.join('\n\n'), '', footer].join(
        '\n',
      );
    }
    case 'talk':
      return detail(detailView(answer.talk, answer.related, answer.focus, answer.followUp));
    case 'topics':
      if (answer.topics.length === 0) return NO_TOPICS;
      return [
        'Topics:',
        ...answer.topics.map((t) => `  ${t.name} (${plural(t.count, 'talk')})`),
        '',
        'Ask "topic <name>" for its talks.',
      ].join('\n');
    case 'events':
      if (answer.events.length === 0) return NO_EVENTS;
      return [
        answer.noNotesIn && noNotesIn(answer.noNotesIn),
        answer.unsaid && unsaidOfEvents(answer.unsaid, answer.events),
        answer.ranked ? `Events, ${rankedBy(answer.ranked)}:` : 'Events:',
        ...answer.events.map((e) =>
          [
            `  ${e.name} [${e.id}]${e.dates ? `, ${e.dates}` : ''}${e.place ? `, ${e.place}` : ''}: ${eventTalks(e, answer.ranked)}`,
            e.author && `    notes by ${e.author}`,
            e.language && `    notes in ${e.language}`,
            e.source && `    ${e.source}`,
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      ]
        .filter(Boolean)
        .join('\n');
    case 'none': {
      const { title, offer } = noneTexts(answer);
      return [
        `${title}.`,
        answer.suggestions.length > 0 ? `${offer}: ${answer.suggestions.join(', ')}?` : '',
        topicsLine(answer.topics),
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'error':
      return `Sorry: ${answer.message}`;
  }
}

/** A card: number and title (or the speakers, when the question asked who), byline, summary, links. */
function card(view: CardView, prefix: string): string {
  const indent = ' '.repeat(prefix.length);
  const head = view.leadWithSpeakers
    ? [view.people, view.title, view.place]
    : [view.title, view.byline];
  const lines = [`${prefix}${head[0]}`, ...head.slice(1).map((l) => `${indent}${l}`)];
  if (view.officialTitle)
    lines.splice(view.leadWithSpeakers ? 2 : 1, 0, `${indent}“${view.officialTitle}”`);
  if (view.focusNote) lines.push(`${indent}${view.focusNote}`);
  if (view.summary) lines.push(`${indent}${view.summary}`);
  const links: LinkView[] = [
    ...(view.descriptionUrl
      ? [{ kind: 'description' as const, label: 'Description', url: view.descriptionUrl }]
      : []),
    ...view.links,
  ];
  for (const link of links) lines.push(`${indent}${link.label}: ${link.url}`);
  return lines.filter((line) => line.trim() !== '').join('\n');
}

function detail(view: DetailView): string {
  const head = view.leadWithSpeakers
    ? [view.people, view.title, view.place]
    : [view.title, view.byline];
  return [
    head[0],
    ...(view.officialTitle ? [`“${view.officialTitle}”`] : []),
    ...head.slice(1),
    view.when,
    view.focusNote ?? '',
    '',
    ...view.notes.map(noteLine),
    '',
    ...(view.mainLinks.length > 0 ? ['Links:', ...view.mainLinks.map(linkLine)] : []),
    ...(view.moreLinks.length > 0 ? ['More links:', ...view.moreLinks.map(linkLine)] : []),
    ...(view.brief ? ['', `The whole talk: “${openByName(view)}”`] : []),
    '',
    ...(view.related.length > 0
      ? ['Related:', ...view.related.map((r) => `  ${r.title} — ${r.people}`)]
      : []),
  ]
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n');
}

/** What to type to open the talk: as help's example says it. */
function openByName(view: DetailView): string {
  return openQuestion(view.title, view.question);
}

function linkLine(link: LinkView): string {
  return sameAsUrl(link.label, link.url) ? `  ${link.url}` : `  ${link.label}: ${link.url}`;
}

/** A note with its links written out: `See serverspec.org (http://serverspec.org)`. */
function noteLine(line: NoteLine): string {
  const text = line.segments
    .map((s) => (s.url ? (sameAsUrl(s.text, s.url) ? s.url : `${s.text} (${s.url})`) : s.text))
    .join('');
  return `${'  '.repeat(line.depth)}- ${text}`;
}

function sameAsUrl(text: string, url: string): boolean {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '') === text;
}
