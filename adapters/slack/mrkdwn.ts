import { graphemeBoundary, webUrl } from '../../src/text.ts';
import { escapedWithin } from '../present/index.ts';
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
  return fitted(raw, max, (text) => escapeText(withoutQuotes(withoutFormatting(text))));
}

/**
 * A `>` that opens a line makes the line a quote in `mrkdwn` (escaped as `&gt;` too), and any
 * text may open a line of a section. It becomes a look-alike that quotes nothing, as the marks above.
 */
function withoutQuotes(text: string): string {
  return text.replace(/^(\s*)>/gm, '$1˃');
}

/** Within `max` once escaped (`&` becomes five characters; see escapedWithin). */
function fitted(raw: string, max: number, escaping: (text: string) => string): string {
  return escapedWithin(raw, max, escaping, 5);
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

/**
 * The URL Slack will take in a button or a link (see `webUrl` in src/text.ts: it parses,
 * http(s), a real host and port, no user name, `|` and `<>` encoded so they cannot end a
 * `<url|text>` early), within `max`; else undefined.
 */
export function safeUrl(
  url: string | undefined,
  max: number = LIMITS.buttonUrl,
): string | undefined {
  return webUrl(url, max);
}

/**
 * `<url|text>` when the URL is safe and its escaped form (`&` grows fivefold) fits `urlMax`,
 * else just the text: a bad or huge URL never breaks the message.
 */
export function link(
  url: string | undefined,
  text: string,
  max: number = BUDGETS.title,
  urlMax: number = BUDGETS.linkUrl,
): string {
  const label = cut(text, max);
  const href = safeUrl(url);
  const escaped = href && escapeText(href);
  if (!escaped || escaped.length > urlMax) return label;
  return `<${escaped}|${label}>`;
}

/**
 * Escaped `mrkdwn` cut to `max` where a cut is safe: never inside a `<url|text>` link (Slack
 * would show the rest raw), an entity (`&am…`) or a grapheme, marked with "…". The last guard for
 * composed texts; their parts are budgeted with `cut` first.
 */
export function cutEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = graphemeBoundary(text, max - 1);
  const open = text.lastIndexOf('<', end - 1);
  if (open > text.lastIndexOf('>', end - 1)) end = open;
  const amp = text.lastIndexOf('&', end - 1);
  if (amp >= 0 && !text.slice(amp, end).includes(';')) end = amp;
  return `${text.slice(0, end).replace(/\s+$/, '')}…`;
}

/** A user id from Slack, as a mention; anything unexpected is dropped rather than echoed. */
export function userMention(userId: string | undefined): string {
  return userId && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : 'Someone';
}
