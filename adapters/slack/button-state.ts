import { truncate } from '../../src/text.ts';
import { LIMITS } from './limits.ts';

/**
 * What a button carries: the question to ask again and the page. Everything a click needs is in
 * the button, so any process (Socket Mode or behind a load balancer) can answer any click.
 */
export interface ButtonState {
  q: string;
  /** The page to ask, the first too (the question may end in a "page 3" of its own); none: as typed. */
  p?: number;
}

/** Action ids are `<kind>:<n>`, unique within a message; listeners match on the kind. */
export const ACTIONS = {
  /** Previous / Next: the same question, another page, replacing the answer. */
  page: 'qcon_page',
  /** A suggestion, topic, example or event button: a new question, replacing the answer. */
  ask: 'qcon_ask',
  /** One talk in full, as a new message so the list stays. */
  details: 'qcon_details',
  /** Post the answer publicly. */
  share: 'qcon_share',
  /** Slides / Video: Slack opens the URL; the click is only acknowledged. */
  link: 'qcon_link',
} as const;

export type ActionKind = keyof typeof ACTIONS;

export function actionPattern(kind: ActionKind): RegExp {
  return new RegExp(`^${ACTIONS[kind]}(?::|$)`);
}

/**
 * JSON with `<`, `>` and `&` written as \u escapes, so a question like `<!channel>` travels in the
 * value without a raw bracket anywhere in the message. A question the bot reads (500 characters)
 * fits the 2,000 of a value whole: escaped JSON passes 2,000 only for a question made mostly of
 * those three (6 characters each), which goes as base64url of its UTF-8 instead (`b`: 4 characters
 * per 3 bytes, one byte each for them). A cut question would page through another question's
 * list; only a text far longer than any question is cut, as a last resort.
 */
export function encodeState(state: ButtonState): string {
  const page = state.p !== undefined && state.p >= 1 ? { p: state.p } : {};
  const json = (q: string) => escapeBrackets(JSON.stringify({ q, ...page }));
  const base64 = (q: string) =>
    JSON.stringify({ b: Buffer.from(q).toString('base64url'), ...page });
  const shorter = (q: string) => {
    const plain = json(q);
    if (plain.length <= LIMITS.buttonValue) return plain;
    const packed = base64(q);
    return packed.length < plain.length ? packed : plain;
  };
  let q = state.q;
  let value = shorter(q);
  while (value.length > LIMITS.buttonValue) {
    q = truncate(q, Math.floor(q.length * 0.8));
    value = shorter(q);
  }
  return value;
}

function escapeBrackets(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The state of a clicked button, or undefined when the value is not one of ours. */
export function decodeState(value: string | undefined): ButtonState | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { q, b, p } = parsed as { q?: unknown; b?: unknown; p?: unknown };
    const question =
      typeof q === 'string'
        ? q
        : typeof b === 'string' && /^[\w-]*$/.test(b)
          ? Buffer.from(b, 'base64url').toString('utf8')
          : undefined;
    if (question === undefined) return undefined;
    const page = typeof p === 'number' && Number.isInteger(p) && p >= 1 ? p : undefined;
    return page ? { q: question, p: page } : { q: question };
  } catch {
    return undefined;
  }
}
