/**
 * `— 👩‍💻 Aiyana Redcloud @ 🏢 Cloudpeak`, `(🎤 Kwabena Mensah, Buildstack)`, `🎤 A & 🎤 B`: signs an
 * author puts before a person or a company in a heading. They are no part of the name: dropped
 * where they stand after a dash, a parenthesis, `&`, `@` or a comma, before a capital.
 */
export function withoutPersonMarks(text: string): string {
  if (!PICTOGRAPH.test(text)) return text;
  return text.replace(MARKED, (_, separator: string) =>
    separator === '(' ? '(' : `${separator} `,
  );
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const MARK = String.raw`\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier}|\u{200D}\p{Extended_Pictographic}\u{FE0F}?)*`;
const MARKED = new RegExp(String.raw`(\s[—–-]|[(&@,])\s*(?:${MARK}\s*)+(?=\p{Lu})`, 'gu');

/**
 * `Jonas Pfeiffer (@jpfeiffer) — Strudel GmbH`: a handle between the name and the company, as a
 * profile link writes it; the name and the company are read without it.
 */
export function withoutHandle(text: string): string {
  return text.includes('(@') ? text.replace(HANDLE_BEFORE_COMPANY, '') : text;
}

const HANDLE_BEFORE_COMPANY = /\s*\(@[\w.-]{1,40}(?:@[\w.-]{1,60})?\)(?=\s*(?:[—–,]|\s-)\s*\S)/g;
