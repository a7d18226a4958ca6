import type { Answer, TalkCard, TalkDetail } from '../../src/answer.ts';
import { PAGE_SIZE } from '../../src/bot.ts';
import type { NoteNode, Speaker } from '../../src/model.ts';
import { stripControls } from '../../src/text.ts';

/**
 * The terminal rendering of an Answer: plain text with the links written out. Control characters
 * are removed from everything shown, so notes or questions cannot drive the terminal.
 */
export function renderText(answer: Answer): string {
  return stripControls(renderAnswer(answer), '', true).trimEnd();
}

function renderAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'help':
      return [
        `qcon-bot knows ${plural(answer.stats.talks, 'talk')} from ${plural(answer.stats.events, 'event')}. Ask:`,
        ...answer.commands.map((c) => `  ${c.usage.padEnd(28)} ${c.description}`),
        `  ${'more / 1, 2, …'.padEnd(28)} next page / open a talk from the last list`,
        `  ${'quit'.padEnd(28)} leave`,
        '',
        `Try: ${answer.examples.join(' · ')}`,
      ].join('\n');
    case 'talks': {
      const header = `${plural(answer.total, 'talk')} ${scopeText(answer)}${pageText(answer.page, answer.pageCount)}`;
      const first = (answer.page - 1) * PAGE_SIZE;
      const cards = answer.hits.map((hit, i) => card(hit, `${first + i + 1}. `));
      const footer =
        answer.page < answer.pageCount
          ? `More: "more", or "${answer.query} page ${answer.page + 1}".`
          : '';
      return [header, '', cards.join('\n\n'), footer && `\n${footer}`].join('\n');
    }
    case 'talk':
      return detail(answer.talk, answer.related);
    case 'topics':
      if (answer.topics.length === 0) return 'No topics yet: the notes do not group their talks.';
      return [
        'Topics:',
        ...answer.topics.map((t) => `  ${t.name} (${plural(t.count, 'talk')})`),
        '',
        'Ask "topic <name>" for its talks.',
      ].join('\n');
    case 'events':
      return [
        'Events:',
        ...answer.events.map((e) =>
          [
            `  ${e.name} [${e.id}]${e.dates ? `, ${e.dates}` : ''}: ${plural(e.talkCount, 'talk')}`,
            e.author && `    notes by ${e.author}`,
            e.source && `    ${e.source}`,
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      ].join('\n');
    case 'none':
      return [
        `No talk matches "${answer.query}".`,
        answer.suggestions.length > 0 ? `Did you mean: ${answer.suggestions.join(', ')}?` : '',
        answer.topics.length > 0 ? `Topics: ${answer.topics.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n');
    case 'error':
      return `Sorry: ${answer.message}`;
  }
}

function scopeText(answer: Extract<Answer, { kind: 'talks' }>): string {
  const event = answer.scope.event ? ` in ${answer.scope.event}` : '';
  switch (answer.scope.kind) {
    case 'search':
      return `for "${answer.scope.words}"${event}`;
    case 'topic':
      return `in topic ${answer.scope.topic}${event}`;
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

function pageText(page: number, pageCount: number): string {
  return pageCount > 1 ? ` (page ${page} of ${pageCount})` : '';
}

export function speakerText(speakers: Speaker[]): string {
  return speakers
    .map((s) => {
      const who = s.name ?? (s.role ? `${s.role}` : undefined);
      if (who && s.company) return s.name ? `${who} (${s.company})` : `${who}, ${s.company}`;
      return who ?? s.company ?? '';
    })
    .filter(Boolean)
    .join(', ');
}

function byline(talk: TalkCard): string {
  return [speakerText(talk.speakers), talk.topic, talk.eventName].filter(Boolean).join(' · ');
}

function card(talk: TalkCard, prefix: string): string {
  const indent = ' '.repeat(prefix.length);
  const lines = [`${prefix}${talk.title}`];
  if (talk.officialTitle) lines.push(`${indent}“${talk.officialTitle}”`);
  lines.push(`${indent}${byline(talk)}`);
  if (talk.summary) lines.push(`${indent}${talk.summary}`);
  for (const [kind, url] of Object.entries(talk.links))
    lines.push(`${indent}${capital(kind)}: ${url}`);
  lines.push(`${indent}→ talk ${talk.ref}`);
  return lines.join('\n');
}

function detail(talk: TalkDetail, related: TalkCard[]): string {
  const when = [talk.date, talk.time, talk.track].filter(Boolean).join(', ');
  return [
    talk.title,
    talk.officialTitle ? `“${talk.officialTitle}”` : '',
    byline(talk),
    when,
    '',
    ...notes(talk.notes, ''),
    '',
    'Links:',
    ...talk.allLinks.map(
      (l) => `  ${capital(l.kind)}: ${sameAsKind(l.text, l.kind) ? '' : `${l.text} — `}${l.url}`,
    ),
    related.length > 0
      ? `\nRelated: ${related.map((r) => `${r.title} (talk ${r.ref})`).join('; ')}`
      : '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

function notes(nodes: NoteNode[], indent: string): string[] {
  return nodes.flatMap((n) => [`${indent}- ${n.text}`, ...notes(n.children, `${indent}  `)]);
}

function sameAsKind(text: string, kind: string): boolean {
  return text.toLowerCase() === kind || /^https?:|^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(text);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace('-', ' ');
}
