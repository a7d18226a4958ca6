import { escapeMarkdown } from 'discord.js';
import { escapedWithin } from '../present/index.ts';
import { usableUrl } from './fit.ts';

/**
 * Discord markdown from plain text, within `max` characters *after* escaping (a mark becomes two
 * characters; see escapedWithin). Invisible and bidirectional characters are removed first.
 */
export function escaped(text: string, max: number): string {
  return escapedWithin(text, max, escapeLines, 2);
}

/**
 * discord.js escapes inline marks; what starts a line is Markdown too — `# `, `-# ` (subtext),
 * `> ` (quote), `- `, `* ` and `1. ` — and any escaped text may start a line of a description
 * (a summary under the byline, a note after its bullet). A backslash before such a mark shows
 * the mark as written and is itself invisible. So does one before `<`, which opens Discord's own
 * tokens: `<@id>`, `<@&role>`, `<#channel>` (shown as pills), `<t:1700000000:R>` (a date
 * rewritten as "2 years ago"), `</qcon:1>` (a command link), `<:emoji:id>` (an image).
 */
function escapeLines(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
    .replace(/[[\]<]/g, (c) => `\\${c}`)
    .replace(/@(?=everyone|here)/gi, '\\@')
    .replace(/^([ \t\u2003]*)(-#|#|>|\+ )/gm, '$1\\$2');
}

/**
 * `[text](url)` when Discord will take the URL, else the text alone. Brackets in the URL are
 * percent-encoded so a `)` in a link cannot end the markdown early.
 */
export function mdLink(text: string, url: string | undefined, max: number): string {
  const label = escaped(text, max);
  const href = usableUrl(url);
  if (!href) return label;
  return `[${label}](${href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
