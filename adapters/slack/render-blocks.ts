import type { types } from '@slack/bolt';
import type { Answer, HelpCommand, TalkCard, TalkDetail, TalksScope } from '../../src/answer.ts';
import type { NoteNode, Speaker } from '../../src/model.ts';
import {
  actions,
  type Block,
  button,
  capBlocks,
  context,
  header,
  plural,
  section,
  sections,
} from './blocks.ts';
import { ACTIONS, type ButtonState } from './button-state.ts';
import { BUDGETS, LIMITS } from './limits.ts';
import { cut, isSafeUrl, link, plain, userMention } from './mrkdwn.ts';

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
 * Answer → Block Kit, pure. Everything from the notes or the user is escaped (mrkdwn.ts) and cut
 * to Slack's limits (limits.ts), so Slack never rejects an answer and no text can mention anyone.
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
      return details(answer.talk, answer.related, options);
    case 'topics': {
      const lines = answer.topics.map((t) => `• *${cut(t.name, 200)}*: ${plural(t.count, 'talk')}`);
      const buttons = answer.topics.map((t, i) =>
        button(t.name, 'ask', i, { q: `topic ${t.name}` }),
      );
      return {
        text: 'Topics',
        blocks:
          answer.topics.length === 0
            ? [section('No topics yet: the notes do not group their talks.')]
            : [header('Topics'), ...sections(lines, 20), ...actions(buttons)],
      };
    }
    case 'events':
      return {
        text: 'Events',
        blocks: [
          header('Events'),
          ...answer.events
            .slice(0, 20)
            .map((e, i) =>
              section(
                [
                  `*${cut(e.name, BUDGETS.title)}* (\`${cut(e.id, 100)}\`)${e.dates ? ` · ${cut(e.dates, 100)}` : ''} · ${plural(e.talkCount, 'talk')}`,
                  e.author && `Notes by ${cut(e.author, 200)}`,
                  e.source && link(e.source, 'original notes'),
                ]
                  .filter(Boolean)
                  .join('\n'),
                button('List talks', 'ask', i, { q: `list event:${e.id}` }),
              ),
            ),
        ],
      };
    case 'help':
      return {
        text: `qcon-bot knows ${plural(answer.stats.talks, 'talk')} from ${plural(answer.stats.events, 'event')}`,
        blocks: [
          header('qcon-bot'),
          section(
            `I know *${plural(answer.stats.talks, 'talk')}* from *${plural(answer.stats.events, 'event')}*. Ask with \`${cut(options.command, 40)} …\`, by mentioning me, or in a direct message:`,
          ),
          section(commandList(answer.commands, options.command)),
          context('Try one:'),
          ...actions(
            answer.examples.map((example, i) => button(example, 'ask', i, { q: example })),
          ),
        ],
      };
    case 'none':
      return {
        text: `No talk matches "${answer.query}"`,
        blocks: [
          section(`No talk matches *${cut(answer.query, BUDGETS.query)}*.`),
          ...(answer.suggestions.length > 0
            ? [
                section('Did you mean:'),
                ...actions(answer.suggestions.map((s, i) => button(s, 'ask', i, { q: s }))),
              ]
            : []),
          ...(answer.topics.length > 0
            ? [context(`Topics: ${answer.topics.map((t) => cut(t, 100)).join(', ')}`)]
            : []),
        ],
      };
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

function talks(
  answer: Extract<Answer, { kind: 'talks' }>,
  options: RenderOptions,
): { text: string; blocks: Block[] } {
  const title = `${plural(answer.total, 'talk')} ${scopeText(answer.scope)}`;
  const nav: types.Button[] = [];
  if (answer.page > 1) {
    nav.push(button('◀ Previous', 'page', 'prev', { q: answer.query, p: answer.page - 1 }));
  }
  if (answer.page < answer.pageCount) {
    nav.push(button('Next ▶', 'page', 'next', { q: answer.query, p: answer.page + 1 }));
  }
  if (options.shareable) nav.push(shareButton({ q: answer.query, p: answer.page }));
  return {
    text: title,
    blocks: [
      header(title),
      ...(answer.pageCount > 1 ? [context(`Page ${answer.page} of ${answer.pageCount}`)] : []),
      ...answer.hits.flatMap((hit, i) => card(hit, i)),
      ...actions(nav),
    ],
  };
}

/** One talk of a list: linked title, who · topic · event, summary, Details; Slides/Video below. */
function card(talk: TalkCard, index: number): Block[] {
  const lines = [
    `*${link(talk.links.description, talk.title)}*`,
    talk.officialTitle && `_“${cut(talk.officialTitle, BUDGETS.title)}”_`,
    cut(byline(talk), BUDGETS.byline),
    cut(talk.summary, BUDGETS.summary),
  ];
  const links = linkButtons(talk.links, index);
  return [
    section(
      lines.filter(Boolean).join('\n'),
      button('Details', 'details', index, detailsState(talk)),
    ),
    ...actions(links),
  ];
}

function details(talk: TalkDetail, related: TalkCard[], options: RenderOptions) {
  const when = [talk.date, talk.time, talk.track].filter(Boolean).join(', ');
  const meta = [
    talk.officialTitle && `_“${cut(talk.officialTitle, BUDGETS.title)}”_`,
    cut(byline(talk), BUDGETS.byline),
    when && cut(when, 200),
    talk.links.description && link(talk.links.description, 'Talk description'),
  ];
  const linkLines = talk.allLinks.map(
    (l) => `• ${capital(l.kind)}: ${link(l.url, l.text || l.url, 300)}`,
  );
  const relatedBlocks = related.map((r, i) =>
    section(
      `*${cut(r.title, BUDGETS.title)}*\n${cut(byline(r), BUDGETS.byline)}`,
      button('Details', 'details', i, detailsState(r)),
    ),
  );
  const tail: Block[] = [
    ...(linkLines.length > 0 ? sections(['*Links*', ...linkLines], 2) : []),
    ...(relatedBlocks.length > 0 ? [context('Related talks'), ...relatedBlocks] : []),
    ...actions(options.shareable ? [shareButton(detailsState(talk))] : []),
  ];
  // The notes get whatever room the rest leaves; a long talk is cut, never rejected.
  const room = LIMITS.blocks - 2 - tail.length - 1;
  return {
    text: talk.title,
    blocks: [
      header(talk.title),
      section(meta.filter(Boolean).join('\n')),
      ...sections(noteLines(talk.notes, 0), room),
      ...tail,
    ],
  };
}

function noteLines(nodes: NoteNode[], depth: number): string[] {
  const indent = '\u2003'.repeat(depth);
  return nodes.flatMap((n) => [
    `${indent}${depth === 0 ? '•' : '◦'} ${cut(n.text, BUDGETS.noteLine)}`,
    ...noteLines(n.children, Math.min(depth + 1, 4)),
  ]);
}

function linkButtons(links: TalkCard['links'], index: number): types.Button[] {
  const buttons: types.Button[] = [];
  for (const kind of ['slides', 'video'] as const) {
    const url = links[kind];
    if (isSafeUrl(url)) {
      buttons.push({
        type: 'button',
        text: plain(capital(kind), LIMITS.buttonText),
        action_id: `${ACTIONS.link}:${index}:${kind}`,
        url,
      });
    }
  }
  return buttons;
}

function detailsState(talk: TalkCard): ButtonState {
  return { q: `talk ${talk.ref}` };
}

function shareButton(state: ButtonState): types.Button {
  return { ...button('Share in channel', 'share', 0, state), style: 'primary' };
}

function scopeText(scope: TalksScope): string {
  const event = scope.event ? ` in ${scope.event}` : '';
  switch (scope.kind) {
    case 'search':
      return `for “${scope.words}”${event}`;
    case 'topic':
      return `in topic ${scope.topic}${event}`;
    case 'list':
      return `in all${event}`;
    case 'speaker':
      return `by ${scope.name}${event}`;
    case 'company':
      return `from ${scope.name}${event}`;
    case 'date':
      return `on ${scope.label}${event}`;
  }
}

/** speaker · company · topic · event; with several speakers each keeps their company beside them. */
function byline(talk: TalkCard): string {
  return [speakers(talk.speakers), talk.topic, talk.eventName].filter(Boolean).join(' · ');
}

function speakers(list: Speaker[]): string {
  if (list.length === 1 && list[0])
    return [list[0].name ?? list[0].role, list[0].company].filter(Boolean).join(' · ');
  return list
    .map((s) => (s.name && s.company ? `${s.name} (${s.company})` : (s.name ?? s.company ?? '')))
    .filter(Boolean)
    .join(', ');
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace('-', ' ');
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
