import type { DraftTalk } from './talk-body.ts';

/**
 * Whether a talk heading has no title to show: zero-width characters only, or emoji and signs
 * only ("## 🎉🎉" over a word about the party) with no speaker and no link saying it is a talk.
 * "🚀 Launch day" keeps its words; a talk titled "👾" with its slides stays a talk.
 */
export function untitled(draft: DraftTalk): boolean {
  if (WORDS.test(draft.title)) return false;
  return !SIGNS.test(draft.title) || (draft.speakers.length === 0 && draft.links.length === 0);
}

const WORDS = /[\p{L}\p{N}]/u;
const SIGNS = /\p{S}/u;
