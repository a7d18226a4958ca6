import { escapeMarkdown } from 'discord.js';
import { truncate } from '../../src/text.ts';
import { isUsableUrl } from './fit.ts';

/** Discord markdown from plain text: cut first (escaping long text is slow), then escaped. */
export function escaped(text: string, max: number): string {
  return escapeMarkdown(truncate(text, max)).replace(/[[\]]/g, (c) => `\\${c}`);
}

/**
 * `[text](url)` when Discord will take the URL, else the text alone. Brackets in the URL are
 * percent-encoded so a `)` in a link cannot end the markdown early.
 */
export function mdLink(text: string, url: string | undefined, max: number): string {
  const label = escaped(text, max);
  if (!isUsableUrl(url)) return label;
  const href = url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/[<>]/g, encodeURIComponent);
  return `[${label}](${href})`;
}
