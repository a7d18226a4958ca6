import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { DISCORD_LIMITS } from './limits.ts';

/**
 * Buttons and menus carry everything a click needs in their custom_id, so no conversation state
 * lives on the server and any process can answer any click. Shapes:
 *   `qcon:page:<n>:<query>`  ask <query> again at page n (Previous / Next / Back to the list)
 *   `qcon:open[:<n>:<query>]` a menu whose chosen value is a question to ask; the list it came
 *                            from rides along so the answer can offer "Back to the list"
 *   `qcon:share:<n>:<query>`  post the answer to <query> (page n) for the whole channel
 * A custom_id holds 100 characters, and a question may have 500. A question too long to carry
 * rides as a key instead (`qcon:pagek:<n>:<key>`, `qcon:sharek:…`, `qcon:openk:…`): the key is a
 * hash of the question, kept with it in this process's memory for a day. A Discord guild's clicks
 * come back to the shard that answered it, so the process that made the key is the one asked; a
 * key gone (a restart, or evicted) answers "That list has expired — ask again".
 */
const PREFIX = 'qcon';

export type ComponentAction =
  | { kind: 'page'; page: number; query: string }
  | { kind: 'open'; from?: { page: number; query: string } }
  | { kind: 'share'; page: number; query: string }
  /** A keyed question this process no longer remembers. */
  | { kind: 'expired' };

/** What a user sees when a keyed question is gone. */
export const EXPIRED = 'That list has expired — ask again.';

/** Long questions by key: bounded (10,000 questions of at most 500 characters is ~10 MB at worst). */
const questions = new LRUCache<string, string>({ max: 10_000, ttl: 24 * 60 * 60 * 1000 });

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
  let from: { page: number; query: string } | undefined;
  if (page && carried) {
    const query = keyed ? questions.get(carried) : carried;
    if (query === undefined) return { kind: 'expired' };
    from = { page: Number(page), query };
  } else if (keyed) return undefined;
  if (kind === 'open') return from ? { kind: 'open', from } : { kind: 'open' };
  if (!from) return undefined;
  return kind === 'share' ? { kind: 'share', ...from } : { kind: 'page', ...from };
}

function carry(kind: 'page' | 'share' | 'open', query: string, page: number): string {
  const id = `${PREFIX}:${kind}:${page}:${query}`;
  if (id.length <= DISCORD_LIMITS.customId) return id;
  // 22 base64url characters: 132 bits, so two questions never share a key.
  const key = createHash('sha256').update(query).digest('base64url').slice(0, 22);
  questions.set(key, query);
  return `${PREFIX}:${kind}k:${page}:${key}`;
}
