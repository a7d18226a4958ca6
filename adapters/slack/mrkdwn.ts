import { truncate } from '../../src/text.ts';
import { BUDGETS, LIMITS } from './limits.ts';

/**
 * Slack text safety. Slack parses `<…>` in text as links, mentions and `<!channel>`-style
 * broadcasts; escaping `&`, `<` and `>` (and nothing else, as Slack asks) makes anything from a
 * user or the notes show as typed and never notify anyone.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack's `mrkdwn` has no escape for its formatting marks: `*bold*`, `_italic_`, `~strike~` and
 * `` `code` `` in a title or a note would format. A mark where one could open or close (beside a
 * space, a punctuation mark or the end) becomes a look-alike that formats nothing; one inside a
 * word (`snake_case`, `a*b`) formats nothing in Slack and stays as written.
 */
const LOOK_ALIKE: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };
const WORD = /[\p{L}\p{N}]/u;

export function withoutFormatting(text: string): string {
  return text.replace(/[*_~`]/g, (mark, at: number) =>
    WORD.test(text[at - 1] ?? ' ') && WORD.test(text[at + 1] ?? ' ')
      ? mark
      : (LOOK_ALIKE[mark] ?? mark),
  );
}

/**
 * Escaped for `mrkdwn` (also its formatting marks) and cut with "…" so that the *escaped* text
 * fits `max` (escaping can grow it fivefold).
 */
export function cut(raw: string, max: number): string {
  return fitted(raw, max, (text) => escapeText(withoutFormatting(text)));
}

function fitted(raw: string, max: number, escaping: (text: string) => string): string {
  let budget = max;
  for (;;) {
    const escaped = escaping(truncate(raw, budget));
    if (escaped.length <= max || budget <= 1) return escaped.length <= max ? escaped : '';
    budget -= Math.max(1, Math.ceil((escaped.length - max) / 5));
  }
}

/** A mrkdwn text object; `verbatim` stops Slack from linking bare channel names and URLs. */
export function mrkdwn(text: string) {
  return { type: 'mrkdwn' as const, text: text || ' ', verbatim: true };
}

/**
 * A plain_text object. Slack does not parse mentions in plain text, but the text is escaped all
 * the same, so no message we send carries an unescaped `<` whatever field it is in.
 */
export function plain(raw: string, max: number) {
  return { type: 'plain_text' as const, text: fitted(raw, max, escapeText) || ' ', emoji: true };
}

/** A URL Slack will accept in a link or a button: http(s), no spaces or brackets, not too long. */
export function isSafeUrl(url: string | undefined, max: number = LIMITS.buttonUrl): url is string {
  return url !== undefined && url.length <= max && /^https?:\/\/[^\s<>"|]+$/i.test(url);
}

/** `<url|text>` when the URL is safe, else just the text: a bad URL never breaks the message. */
export function link(url: string | undefined, text: string, max: number = BUDGETS.title): string {
  const label = cut(text, max);
  if (!isSafeUrl(url, BUDGETS.linkUrl)) return label;
  return `<${escapeText(url)}|${label}>`;
}

/** A user id from Slack, as a mention; anything unexpected is dropped rather than echoed. */
export function userMention(userId: string | undefined): string {
  return userId && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : 'Someone';
}
