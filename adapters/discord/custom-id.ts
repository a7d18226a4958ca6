import { DISCORD_LIMITS } from './limits.ts';

/**
 * Buttons and menus carry everything a click needs in their custom_id, so no conversation state
 * lives on the server and any process can answer any click. Two shapes:
 *   `qcon:page:<n>:<query>`  ask <query> again at page n (Previous / Next / Back to the list)
 *   `qcon:open[:<n>:<query>]` a menu whose chosen value is a question to ask; the list it came
 *                            from rides along so the answer can offer "Back to the list"
 *   `qcon:share:<n>:<query>`  post the answer to <query> (page n) for the whole channel
 */
const PREFIX = 'qcon';

export type ComponentAction =
  | { kind: 'page'; page: number; query: string }
  | { kind: 'open'; from?: { page: number; query: string } }
  | { kind: 'share'; page: number; query: string };

/** The custom_id for a page of `query`, or undefined when the query is too long to carry. */
export function pageId(query: string, page: number): string | undefined {
  return fits(`${PREFIX}:page:${page}:${query}`);
}

/** The custom_id of "Share", or undefined when the query is too long to carry. */
export function shareId(query: string, page: number): string | undefined {
  return fits(`${PREFIX}:share:${page}:${query}`);
}

/** The custom_id of a menu of questions; carries the list it came from when that fits. */
export function openId(from?: { query: string; page: number }): string {
  return (from && fits(`${PREFIX}:open:${from.page}:${from.query}`)) ?? `${PREFIX}:open`;
}

export function parseCustomId(customId: string): ComponentAction | undefined {
  const match = /^qcon:(page|open|share)(?::(\d{1,6}):([\s\S]*))?$/.exec(customId);
  if (!match) return undefined;
  const from = match[2] && match[3] ? { page: Number(match[2]), query: match[3] } : undefined;
  if (match[1] === 'open') return from ? { kind: 'open', from } : { kind: 'open' };
  if (!from) return undefined;
  return match[1] === 'share' ? { kind: 'share', ...from } : { kind: 'page', ...from };
}

function fits(id: string): string | undefined {
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}
