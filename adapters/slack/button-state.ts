import { BUDGETS, LIMITS } from './limits.ts';

/**
 * What a button carries: the question to ask again and the page. Everything a click needs is in
 * the button, so any process (Socket Mode or behind a load balancer) can answer any click.
 */
export interface ButtonState {
  q: string;
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
 * value without a raw bracket anywhere in the message. Long questions are cut to fit.
 */
export function encodeState(state: ButtonState): string {
  const encode = (q: string) =>
    JSON.stringify(state.p && state.p > 1 ? { q, p: state.p } : { q }).replace(
      /[<>&]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  let q = state.q.slice(0, BUDGETS.query * 2);
  let value = encode(q);
  while (value.length > LIMITS.buttonValue) {
    q = q.slice(0, Math.floor(q.length * 0.8));
    value = encode(q);
  }
  return value;
}

/** The state of a clicked button, or undefined when the value is not one of ours. */
export function decodeState(value: string | undefined): ButtonState | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { q, p } = parsed as { q?: unknown; p?: unknown };
    if (typeof q !== 'string') return undefined;
    const page = typeof p === 'number' && Number.isInteger(p) && p > 1 ? p : undefined;
    return page ? { q, p: page } : { q };
  } catch {
    return undefined;
  }
}
