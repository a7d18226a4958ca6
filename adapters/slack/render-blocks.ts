import type { types } from '@slack/bolt';
import type { Answer, HelpCommand } from '../../src/answer.ts';
import {
  bylineWithin,
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
import {
  actions,
  type Block,
  button,
  capBlocks,
  context,
  divider,
  header,
  section,
  sections,
} from './blocks.ts';
import { ACTIONS, type ButtonState } from './button-state.ts';
import { BUDGETS, LIMITS } from './limits.ts';
import { cut, link, plain, safeUrl, userMention } from './mrkdwn.ts';

/** A Slack message: Block Kit blocks plus the plain fallback shown in notifications. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** The slash command, shown in help (`/qcon topics`). */
  command: string;
  /** Ephemeral answers offer "Share in channel"; public ones are already shared. */
  shareable: boolean;
}

/**
 * Answer → Block Kit, pure. Wording comes from the presentation module (adapters/present); this
 * file lays it out, escapes everything from the notes or the user (mrkdwn.ts) and cuts it to
 * Slack's limits (limits.ts), so Slack never rejects an answer and no text can mention anyone.
 */
export function renderBlocks(answer: Answer, options: RenderOptions): SlackMessage {
  const { text, blocks } = renderAnswer(answer, options);
  return { text: cut(text, LIMITS.fallbackText), blocks: capBlocks(blocks) };
}

function renderAnswer(answer: Answer, options: RenderOptions): { text: string; blocks: Block[] } {
  switch (answer.kind) {
    case 'talks':
      return talks(answer, options);
    case 'talk':
      return details(
        detailView(answer.talk, answer.related, answer.focus, answer.followUp),
        options,
      );
    case 'topics': {
      const lines = answer.topics.map((t) => `• *${cut(t.name, 200)}*: ${plural(t.count, 'talk')}`);
      const buttons = answer.topics.map((t, i) =>
        button(t.name, 'ask', i, { q: `topic ${t.name}` }),
      );
      return {
        text: 'Topics',
        blocks:
          answer.topics.length === 0
            ? [section(NO_TOPICS)]
            : [header('Topics'), ...sections(lines, 20), ...actions(buttons)],
      };
    }
    case 'events':
      return {
        text: 'Events',
        blocks:
          answer.events.length === 0
            ? [section(NO_EVENTS)]
            : [
                header(answer.ranked ? `Events, ${cut(rankedBy(answer.ranked), 120)}` : 'Events'),
                ...(answer.noNotesIn ? [context(noNotesIn(cut(answer.noNotesIn, 100)))] : []),
                ...(answer.unsaid ? [context(unsaidOfEvents(answer.unsaid, answer.events))] : []),
                ...answer.events
                  .slice(0, EVENTS_SHOWN)
                  .map((e, i) =>
                    section(
                      [
                        `*${cut(e.name, BUDGETS.title)}* (\`${cut(e.id, 100)}\`)${e.dates ? ` · ${cut(e.dates, 100)}` : ''}${e.place ? ` · ${cut(e.place, 100)}` : ''} · ${cut(eventTalks(e, answer.ranked), 200)}`,
                        e.author && `Notes by ${cut(e.author, 200)}`,
                        e.language && `Notes in ${cut(e.language, 100)}`,
                        e.source && link(e.source, 'original notes'),
                      ]
                        .filter(Boolean)
                        .join('\n'),
                      button('List talks', 'ask', i, { q: `list event:${e.id}` }),
                    ),
                  ),
                // The count must not promise more than the message shows.
                ...(answer.events.length > EVENTS_SHOWN
                  ? [context(`Showing ${EVENTS_SHOWN} of ${answer.events.length} events.`)]
                  : []),
              ],
      };
    case 'help': {
      const reply = closingReply(answer);
      if (reply) return { text: reply, blocks: [section(reply)] };
      return {
        text: `qcon-bot: ${helpIntro(answer.stats, answer.greeting)}`,
        blocks: [
          header('qcon-bot'),
          section(
            `${cut(helpIntro(answer.stats, answer.greeting), 200)} Ask with \`${cut(options.command, 40)} …\`, by mentioning me, or in a direct message:`,
          ),
          section(commandList(answer.commands, options.command)),
          context('Try one:'),
          ...actions(
            answer.examples.map((example, i) => button(example, 'ask', i, { q: example })),
          ),
        ],
      };
    }
    case 'none': {
      const { title, offer } = noneTexts(answer);
      const topics = topicsLine(answer.topics.map((t) => cut(t, 100)));
      return {
        text: title,
        blocks: [
          section(`*${cut(title, BUDGETS.query + 40)}*`),
          ...(answer.suggestions.length > 0
            ? [
                section(`${offer}:`),
                ...actions(answer.suggestions.map((s, i) => button(s, 'ask', i, { q: s }))),
              ]
            : []),
          ...(topics ? [context(topics)] : []),
        ],
      };
    }
    case 'error':
      return { text: answer.message, blocks: [section(`:warning: ${cut(answer.message, 1000)}`)] };
  }
}

/** The grammar as `/qcon <usage>` lines, for help and the Home tab. */
export function commandList(commands: HelpCommand[], command: string): string {
  return commands
    .map((c) => `\`${cut(`${command} ${c.usage}`, 100)}\` ${cut(c.description, 300)}`)
    .join('\n');
}

/** Numbered cards between dividers; paging and Share in a last row, for the whole answer. */
function talks(
  answer: Extract<Answer, { kind: 'talks' }>,
  options: RenderOptions,
): { text: string; blocks: Block[] } {
  const title = listTitle(answer);
  const nav: types.Button[] = [];
  if (answer.page > 1) {
    nav.push(button('◀ Previous', 'page', 'prev', { q: answer.query, p: answer.page - 1 }));
  }
  if (answer.page < answer.pageCount) {
    nav.push(button('Next ▶', 'page', 'next', { q: answer.query, p: answer.page + 1 }));
  }
  if (options.shareable) nav.push(shareButton({ q: answer.query, p: answer.page }));
  const notes = listNotes(answer).map((note) => cut(note, BUDGETS.query * 2 + 60));
  return {
    text: title,
    blocks: [
      header(title),
      ...(notes.length > 0 ? [context(notes.join(' · '))] : []),
      ...answer.hits.flatMap((hit, i) => [
        divider(),
        ...card(cardView(hit, answer.focus), answer.first + i, i),
      ]),
      ...(nav.length > 0 ? [divider(), ...wholeAnswerRow(nav, options)] : []),
    ],
  };
}

/** The row that acts on the whole answer, said in words when it holds Share. */
function wholeAnswerRow(buttons: types.Button[], options: RenderOptions): Block[] {
  return [
    ...(options.shareable
      ? [context('Only you can see this answer. Share it with the channel:')]
      : []),
    ...actions(buttons),
  ];
}

/** Events shown in one message: a header and a section each stay well within 50 blocks. */
const EVENTS_SHOWN = 20;

/** A summary shorter than this is not worth keeping a long link target for. */
const MIN_SUMMARY = 300;

/**
 * One talk of a list: number and linked title (or speakers first), byline, summary; links below.
 * The parts are budgeted to fit one section (3000): the summary is shortened first; when even a
 * short summary leaves no room, the title loses its link target (a URL of `&`s grows fivefold
 * escaped) and the summary gets the room back. Nothing is cut blindly inside a link or an entity.
 */
function card(view: CardView, number: number, index: number): Block[] {
  const head = (linked: boolean): string[] => {
    const titled = (max: number) =>
      linked ? link(view.descriptionUrl, view.title, max) : cut(view.title, max);
    const lines = view.leadWithSpeakers
      ? [
          `*${number}. ${cut(view.people, BUDGETS.byline)}*`,
          titled(BUDGETS.title),
          cut(view.place, BUDGETS.byline),
        ]
      : [
          `*${number}. ${titled(BUDGETS.title)}*`,
          cut(bylineWithin(view, BUDGETS.byline), BUDGETS.byline),
        ];
    if (view.officialTitle)
      lines.splice(
        view.leadWithSpeakers ? 2 : 1,
        0,
        `_“${cut(view.officialTitle, BUDGETS.title)}”_`,
      );
    if (view.focusNote) lines.push(`_${cut(view.focusNote, 200)}_`);
    return lines;
  };
  const room = (lines: string[]) => LIMITS.sectionText - lines.join('\n').length - 1;
  let lines = head(true);
  if (view.summary && room(lines) < Math.min(MIN_SUMMARY, view.summary.length)) lines = head(false);
  const summary = view.summary && cut(view.summary, Math.min(BUDGETS.summary, room(lines)));
  if (summary) lines.push(summary);
  return [
    section(lines.join('\n'), button('Details', 'details', index, { q: view.question })),
    ...actions(linkButtons(view.links, `${index}`)),
  ];
}

function details(view: DetailView, options: RenderOptions): { text: string; blocks: Block[] } {
  const meta = [
    view.leadWithSpeakers && `*${cut(view.people, BUDGETS.byline)}*`,
    view.officialTitle && `_“${cut(view.officialTitle, BUDGETS.title)}”_`,
    cut(view.leadWithSpeakers ? view.place : bylineWithin(view, BUDGETS.byline), BUDGETS.byline),
    view.when && cut(view.when, 200),
    view.focusNote && `_${cut(view.focusNote, 200)}_`,
  ];
  const more = view.moreLinks.map((l) => `• ${link(l.url, l.label, 300)}`);
  const related = view.related.map((r, i) =>
    section(
      `*${cut(r.title, BUDGETS.title)}*\n${cut(bylineWithin(r, BUDGETS.byline), BUDGETS.byline)}`,
      button('Details', 'details', i, { q: r.question }),
    ),
  );
  const head: Block[] = [
    header(view.title),
    section(meta.filter(Boolean).join('\n')),
    ...actions(linkButtons(view.mainLinks, 'main')),
  ];
  const tail: Block[] = [
    ...(more.length > 0 ? sections(['*More links*', ...more], 2) : []),
    ...(view.brief
      ? actions([button('Whole talk', 'details', 'whole', { q: view.question })])
      : []),
    ...(related.length > 0 ? [divider(), context('Related talks'), ...related] : []),
    ...(options.shareable
      ? [divider(), ...wholeAnswerRow([shareButton({ q: view.question })], options)]
      : []),
  ];
  // The notes get whatever room the rest leaves; a long talk is cut, never rejected.
  const room = LIMITS.blocks - head.length - tail.length - 2;
  return {
    text: view.title,
    blocks: [
      ...head,
      ...(view.notes.length > 0 ? [divider(), ...sections(view.notes.map(noteLine), room)] : []),
      ...tail,
    ],
  };
}

/** A note with its links as `<url|text>`; a line too long for links falls back to plain text. */
function noteLine(line: NoteLine): string {
  const indent = '\u2003'.repeat(Math.min(line.depth, 4));
  const bullet = line.depth === 0 ? '•' : '◦';
  const linked = line.segments
    .map((s) => (s.url ? link(s.url, s.text, BUDGETS.noteLine) : cut(s.text, BUDGETS.noteLine)))
    .join('');
  const text =
    linked.length <= BUDGETS.noteLine * 2
      ? linked
      : cut(line.segments.map((s) => s.text).join(''), BUDGETS.noteLine);
  return `${indent}${bullet} ${text}`;
}

/** URL buttons: Slack opens the link; the click is only acknowledged. */
function linkButtons(links: LinkView[], key: string): types.Button[] {
  return links
    .flatMap((l) => {
      const url = safeUrl(l.url, LIMITS.buttonUrl);
      return url ? [{ label: l.label, url }] : [];
    })
    .map((l, i) => ({
      type: 'button',
      text: plain(l.label, LIMITS.buttonText),
      action_id: `${ACTIONS.link}:${key}:${i}`,
      url: l.url,
    }));
}

function shareButton(state: ButtonState): types.Button {
  return { ...button('Share in channel', 'share', 0, state), style: 'primary' };
}

/** An answer posted publicly from "Share in channel": who shared it, then the answer. */
export function renderShared(answer: Answer, command: string, sharedBy: string): SlackMessage {
  const { text, blocks } = renderAnswer(answer, { command, shareable: false });
  const by = `${userMention(sharedBy)} shared this from \`${cut(command, 40)}\``;
  return {
    text: cut(`Shared: ${text}`, LIMITS.fallbackText),
    blocks: capBlocks([context(by), ...blocks]),
  };
}
