import type { APIEmbed } from 'discord.js';
import {
  bylineWithin,
  type CardView,
  type DetailView,
  type NoteLine,
  plural,
} from '../present/index.ts';
import type { LinkTarget } from './components.ts';
import { usableUrl } from './fit.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';
import { escaped, mdLink } from './markdown.ts';

/**
 * The embeds of one talk: a card in a list, or the talk in full. Each budgets its parts (byline
 * and notes first, links with the room left) so the last guard (fit.ts) rarely has to cut.
 */

/** Discord's own colour, on every embed of ours. */
export const BLURPLE = 0x5865f2;

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
export function cardEmbed(view: CardView, number: number): APIEmbed {
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
export function detailEmbed(view: DetailView, unbuttoned: LinkTarget[]): APIEmbed {
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

/** An embed's `url`, when Discord will take it. */
export function urlOf(url: string | undefined): { url?: string } {
  const usable = usableUrl(url);
  return usable ? { url: usable } : {};
}
