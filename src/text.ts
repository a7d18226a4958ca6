/** Text helpers shared by the core and every renderer. Lengths are UTF-16 code units, as the platforms count. */

/**
 * Accents off and lower case ("Mittwoch" → "mittwoch", "Sábado" → "sabado", "été" → "ete"): how
 * the word lists of other languages are written, for the notes' day headings and questions alike.
 * (Search has its own fold, `fold` in `search/analyze.ts`, which keeps kana's voicing marks.)
 */
export function withoutAccents(text: string): string {
  // Plain ASCII (most notes and questions) has no accent to take off: lower case is all.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(STROKED_LETTERS, plainLetter);
}

/** Whether every character is plain ASCII (nothing to normalize or fold but the case). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Letters no accent makes, typed without their stroke on most keyboards ("tromso", "bolgedata",
 * "pawel"): read as those, by `fold` too.
 */
export const STROKED_LETTERS = /[øłđßæœ]/g;
const STROKED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
export const plainLetter = (letter: string): string => STROKED[letter] ?? letter;

/**
 * Cut at a word boundary and mark the cut with "…", never exceeding `max`, never splitting a
 * character as a reader sees it (a grapheme: an emoji family joined by ZWJ, a flag, a letter with
 * its accents), so a cut never leaves half a family or a dangling joiner before the "…".
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  const cut = text.slice(0, graphemeBoundary(text, max - 1));
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${trimEndOf(atWord.length > max / 2 ? atWord : cut, ',;:.')}…`;
}

/**
 * `text` without the run at its end of `chars` and (unless `spaces` is false) white space: what
 * `/[\s<chars>]+$/` cuts, without its cost — such a pattern is tried from every character of a
 * long run and grows with the square of it.
 */
export function trimEndOf(text: string, chars: string, spaces = true): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charAt(end - 1);
    if (!chars.includes(c) && !(spaces && c.trim() === '')) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Graphemes are found near the cut only: segmenting a whole 100 kB note for one cut would be slow. */
const SEGMENT_WINDOW = 256;
let segmenter: Intl.Segmenter | undefined;

/**
 * The last grapheme boundary at or before `end` (a UTF-16 index). Only a window before `end` is
 * segmented, starting after a space where one is near (a space always starts a grapheme, so the
 * window's first boundaries are right); a cluster longer than the window (a letter buried under
 * hundreds of combining marks) is cut between code points, never inside a surrogate pair.
 */
export function graphemeBoundary(text: string, end: number): number {
  if (end >= text.length) return text.length;
  if (end <= 0) return 0;
  let start = Math.max(0, end - SEGMENT_WINDOW);
  const space = text.slice(start, end).search(/\s/);
  const startIsBoundary = start === 0 || space >= 0;
  if (start > 0 && space >= 0) start += space;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let boundary = -1;
  // Segment one grapheme past `end`, so the cluster straddling the cut is seen whole.
  for (const { index } of segmenter.segment(text.slice(start, Math.min(text.length, end + 64)))) {
    if (start + index > end) break;
    boundary = start + index;
  }
  if (boundary > start || (boundary === start && startIsBoundary)) return boundary;
  // No boundary in the window: at least keep surrogate pairs whole.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/**
 * Text from the notes made safe to show: characters that reorder or hide text are removed —
 * bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069: "‮gnp.exe"
 * would read as "exe.png"), directional marks, invisible operators, the BOM, interlinear
 * annotation marks — and control characters except newlines and tabs. Joiners (U+200C, U+200D)
 * stay: emoji sequences and several scripts need them.
 */
export function stripInvisible(text: string): string {
  return stripControls(text, '', true).replace(INVISIBLE, '');
}

/** `stripInvisible`, then on one line: every run of white space one space. */
export function oneLine(text: string): string {
  return stripInvisible(text).replace(/\s+/g, ' ').trim();
}

/** The characters `stripInvisible` removes (a class's contents, shared with `cleanInput`). */
const INVISIBLE_CHARS =
  '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/**
 * A URL a chat platform will take in a link button, an embed or a `<url|text>` link: it parses,
 * is http(s), has no white space, names a real host (a domain with a dot, or an IP address) on a
 * valid port, carries no user name or password (`https://bank.example@evil.example` is a
 * disguise), and fits `max`. Returns the URL to send (as written, or normalised when it is not
 * plain ASCII), or undefined: a note's typo must never get a whole message rejected.
 */
export function webUrl(url: string | undefined, max: number): string | undefined {
  // White space inside is a typo in the notes (Markdown links encode theirs), not a URL to fix up.
  if (!url || url.length > max * 3 || /\s/.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password || !isHost(parsed.hostname)) return undefined;
  // Kept as written when it holds only what RFC 3986 allows (a link reads as the author wrote
  // it); otherwise normalised, its non-ASCII host and path encoded. Either way no `<`, `>`, `"`,
  // `|`… is left raw: they would end a Slack `<url|text>` or a Markdown link early.
  const href = (RFC_3986.test(url) ? url : parsed.href).replace(/[<>"{}|\\^`]/g, (c) =>
    encodeURIComponent(c),
  );
  return href.length <= max ? href : undefined;
}

const RFC_3986 = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

function isHost(host: string): boolean {
  if (host.startsWith('[')) return true; // an IPv6 literal URL has already checked
  if (host.length > 253) return false;
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 2) return false;
  // IPv4 is normalised by URL to four numbers; a name's last label is never all digits.
  if (labels.every((l) => /^\d+$/.test(l))) return labels.length === 4;
  // Labels as DNS allows them (underscores too: some real hosts have them; IDNs arrive as xn--).
  return labels.every((l) => /^[a-z0-9_-]{1,63}$/.test(l)) && !/^\d+$/.test(labels.at(-1) ?? '');
}

/**
 * What a user typed, made safe to process: control characters (NUL included), zero-width and
 * bidirectional marks removed, white space folded, cut to `max`.
 */
export function cleanInput(text: string, max = 500): string {
  return truncate(
    wellFormed(stripControls(text, ' '))
      .replace(HIDDEN_IN_QUESTIONS, '')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}

/**
 * Zero-width, direction and invisible characters: they hide words from the search ("kuber​netes")
 * and disguise mentions. A zero-width joiner stays between two emoji, where it makes one (👩‍💻).
 */
const HIDDEN_IN_QUESTIONS = new RegExp(
  `[${INVISIBLE_CHARS}\\u200b\\u200c\\u2065]|(?<!\\p{Extended_Pictographic}|\\u{fe0f}|[\\u{1f3fb}-\\u{1f3ff}])\\u200d|\\u200d(?!\\p{Extended_Pictographic})`,
  'gu',
);

/**
 * Text that encodes: half of a surrogate pair on its own (typed so, or pasted cut) becomes U+FFFD,
 * as a UTF-8 encoder writes it. Sent as is, JSON carries it as `\ud83d`, which a platform may
 * refuse with the whole message.
 */
export function wellFormed(text: string): string {
  // `String.prototype.toWellFormed` (Node 20), which the ES2023 typings do not have yet.
  return (text as unknown as { toWellFormed(): string }).toWellFormed();
}

/**
 * Remove what could drive a terminal or break a message: ANSI escape sequences and control
 * characters (NUL included). Newlines and tabs stay when `keepLines` is set.
 */
export function stripControls(text: string, replacement = '', keepLines = false): string {
  const noEscapes = text.replace(ANSI_ESCAPE, '');
  return noEscapes.replace(keepLines ? CONTROLS_BUT_LINES : CONTROLS, replacement);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Whether a char code is white space as `\s` matches it, without a regex (hot loops). */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Chinese and Japanese characters (a regular expression class's inside): scripts written without
 * spaces between words, where one character says as much as a word of a spaced script.
 */
export const SPACELESS_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

/** `{ key: value }` when the value is there, `{}` otherwise: keeps objects free of undefined. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
