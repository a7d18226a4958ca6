import type { Answer } from '../../src/answer.ts';
import { quoted } from './quoted.ts';

type None = Extract<Answer, { kind: 'none' }>;

/**
 * "Data lake", "kubernetes rbac" where the notes have each word, never side by side: what no
 * talk says, and what the notes do say, plainly. “No talk mentions “data lake”: the notes have
 * “data” and “lake” in one talk, never side by side”; in different talks, said so.
 */
export function apartTitle(answer: Pick<None, 'apart' | 'apartInOne'>, asked: string): string {
  const apart = answer.apart ?? [];
  const phrase = apart.join(' ');
  const what = ` ${asked} `.includes(` ${phrase} `)
    ? `“${phrase}”`
    : `${quoted(apart, 'and')} together`;
  const where = answer.apartInOne ? 'in one talk, never side by side' : 'only in different talks';
  return `No talk mentions ${what}: the notes have ${quoted(apart, 'and')} ${where}`;
}
