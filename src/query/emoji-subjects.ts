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

/** "🦀 talks": the emoji that stand for subjects, as those subjects' words. */
export function subjectEmoji(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  let out = text;
  for (const [emoji, word] of SUBJECT_EMOJI) out = out.replace(emoji, ` ${word} `);
  return out === text ? text : out.replace(/\s+/g, ' ').trim();
}

/** The subject an emoji's code stands for (`crab`: rust), if one. */
export function subjectOfCode(code: string): string | undefined {
  return Object.hasOwn(SUBJECT_CODES, code) ? SUBJECT_CODES[code] : undefined;
}
