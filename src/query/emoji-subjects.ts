import { fold, words } from '../search/analyze.ts';

/**
 * Emoji that stand for a subject by custom ("🦀 talks" asks for Rust), as their Slack and Discord
 * codes and as themselves. Any other emoji names nothing.
 */
const SUBJECT_CODES: Record<string, string> = {
  crab: 'rust',
  ferris: 'rust',
  rust: 'rust',
  snake: 'python',
  python: 'python',
  whale: 'docker',
  whale2: 'docker',
  docker: 'docker',
  kubernetes: 'kubernetes',
  k8s: 'kubernetes',
  wheel_of_dharma: 'kubernetes',
  helm: 'kubernetes',
  coffee: 'java',
  java: 'java',
  elephant: 'postgres',
  postgres: 'postgres',
  // "golang": Go the language, which a bare "go" is not.
  gopher: 'golang',
  golang: 'golang',
  robot_face: 'ai',
  robot: 'ai',
  lock: 'security',
  closed_lock_with_key: 'security',
  atom_symbol: 'react',
  react: 'react',
  penguin: 'linux',
  cloud: 'cloud',
};
const SUBJECT_EMOJI: [RegExp, string][] = [
  [/🦀/gu, 'rust'],
  [/🐍/gu, 'python'],
  [/🐳|🐋/gu, 'docker'],
  [/☸\u{FE0F}?/gu, 'kubernetes'],
  [/☕\u{FE0F}?/gu, 'java'],
  [/🐘/gu, 'postgres'],
  [/🤖/gu, 'ai'],
  [/🔒|🔐/gu, 'security'],
  [/⚛\u{FE0F}?/gu, 'react'],
  [/🐧/gu, 'linux'],
  [/☁\u{FE0F}?/gu, 'cloud'],
  // The gopher has no emoji of its own: chat uses the hamster.
  [/🐹/gu, 'golang'],
];

/**
 * "🦀 talks": the emoji that stand for subjects, as those subjects' words; beside the word itself
 * ("anything on postgres? 🐘") an emoji only decorates it, and is no word said twice.
 */
export function subjectEmoji(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  let out = text;
  for (const [emoji, word] of SUBJECT_EMOJI)
    out = out.replace(emoji, () => ` ${subjectWord(text, word)} `);
  return out === text ? text : tidy(out);
}

/** The word an emoji of a subject stands for in `text`: none where the text says the word. */
export function subjectWord(text: string, word: string): string {
  return words(fold(text)).includes(word) ? '' : word;
}

/** Spaces an emoji taken out leaves: none twice, none before a question mark or a comma. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+(?=[?!.,;…]+(?:\s|$))/gu, '')
    .trim();
}

/**
 * Emoji and other pictures and symbols (🐘, 🔥🔥, ➡️, ★, 👩‍💻 with its joiners, skin tones and
 * flags), which are no words: a question as shown back in an answer has none of them. U+FFFD,
 * half of a pair cut, stays: it shows that something was there.
 */
const SYMBOLS =
  /(?:\p{Extended_Pictographic}|(?!\u{FFFD})\p{So}|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3})+/gu;

/** A question as shown back: without its emoji and symbols ("anything on postgres? 🐘"). */
export function withoutSymbols(text: string): string {
  SYMBOLS.lastIndex = 0;
  return SYMBOLS.test(text) ? tidy(text.replace(SYMBOLS, ' ')) : text;
}

/** The subject an emoji's code stands for (`crab`: rust), if one. */
export function subjectOfCode(code: string): string | undefined {
  return Object.hasOwn(SUBJECT_CODES, code) ? SUBJECT_CODES[code] : undefined;
}
