/** Text helpers shared by the core and every renderer. Lengths are UTF-16 code units, as the platforms count. */

/** Cut at a word boundary and mark the cut with "…", never exceeding `max`, never splitting a character. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max - 1) break;
    cut += char;
  }
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * What a user typed, made safe to process: control characters (NUL included), zero-width and
 * bidirectional marks removed, white space folded, cut to `max`.
 */
export function cleanInput(text: string, max = 500): string {
  return truncate(
    stripControls(text, ' ')
      .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
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
