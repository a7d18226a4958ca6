import { createHash } from 'node:crypto';
import { wellFormed } from '../present/index.ts';
import { DISCORD_LIMITS } from './limits.ts';

/**
 * Buttons and menus carry everything a click needs, so no conversation state lives on the server
 * and any process (another replica, this one after a restart) can answer any click. Shapes:
 *   `qcon:page:<n>:<query>`  ask <query> again at page n (Previous / Next / Back to the list)
 *   `qcon:open[:<n>:<query>]` a menu whose chosen value is a question to ask; the list it came
 *                            from rides along so the answer can offer "Back to the list"
 *   `qcon:share:<n>:<query>`  post the answer to <query> (page n) for the whole channel
 * A custom_id holds 100 characters, and a question may have 500. A question too long to carry
 * rides as a key instead (`qcon:pagek:<n>:<key>`, `qcon:sharek:…`, `qcon:openk:…`): the key is a
 * hash of the question, and the message the button is on shows the question itself (its footer,
 * see carried-questions.ts). Discord sends that message with every click, ephemeral ones
 * included, so the click finds the question there by its key: nothing is remembered here.
 */
const PREFIX = 'qcon';

/** A question at a page: in the custom_id itself, or by its key (to find in the message). */
export type Carried = { page: number; query: string } | { page: number; key: string };

export type ComponentAction =
  | ({ kind: 'page' } & Carried)
  | ({ kind: 'share' } & Carried)
  | { kind: 'open'; from?: Carried };

/** What a user sees when a keyed question is not on the message clicked (one made before keys were shown). */
export const EXPIRED = 'That list has expired — ask again.';

/** The custom_id for a page of `query`: the question itself, or its key when it is too long. */
export function pageId(query: string, page: number): string {
  return carry('page', query, page);
}

/** The custom_id of "Share". */
export function shareId(query: string, page: number): string {
  return carry('share', query, page);
}

/** The custom_id of a menu of questions; carries the list it came from. */
export function openId(from?: { query: string; page: number }): string {
  return from ? carry('open', from.query, from.page) : `${PREFIX}:open`;
}

export function parseCustomId(customId: string): ComponentAction | undefined {
  const match = /^qcon:(page|open|share)(k?)(?::(\d{1,6}):([\s\S]*))?$/.exec(customId);
  if (!match) return undefined;
  const [, kind, keyed, page, carried] = match;
  let from: Carried | undefined;
  // An empty question is one too (Share under help, asked with nothing): it asks for help again.
  if (page !== undefined && carried !== undefined) {
    if (keyed && !KEY.test(carried)) return undefined;
    from = keyed ? { page: Number(page), key: carried } : { page: Number(page), query: carried };
  } else if (keyed) return undefined;
  if (kind === 'open') return from ? { kind: 'open', from } : { kind: 'open' };
  if (!from) return undefined;
  return kind === 'share' ? { kind: 'share', ...from } : { kind: 'page', ...from };
}

/**
 * 22 base64url characters: 132 bits of SHA-256, so two questions never share a key. Of the
 * question in NFC, so an "é" typed as e + accent is found again if the message comes back
 * composed; and well-formed, as the footer shows it (fit.ts).
 */
export function questionKey(query: string): string {
  return createHash('sha256')
    .update(wellFormed(query).normalize('NFC'))
    .digest('base64url')
    .slice(0, 22);
}

const KEY = /^[\w-]{22}$/;

function carry(kind: 'page' | 'share' | 'open', query: string, page: number): string {
  const id = `${PREFIX}:${kind}:${page}:${query}`;
  if (id.length <= DISCORD_LIMITS.customId) return id;
  return `${PREFIX}:${kind}k:${page}:${questionKey(query)}`;
}
