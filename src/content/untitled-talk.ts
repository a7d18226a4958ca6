import type { DraftTalk } from './talk-body.ts';

/**
 * Whether a talk heading has no title to show: zero-width characters only, emoji and signs only
 * ("## 🎉🎉" over a word about the party), or the author's note that the title is missing
 * ("### Title missing", "### Untitled", "### TBD"), with no speaker and no link saying it is a
 * talk. "🚀 Launch day" keeps its words; a talk titled "👾" with its slides stays a talk.
 */
export function untitled(draft: DraftTalk): boolean {
  const bare = draft.speakers.length === 0 && draft.links.length === 0;
  if (MISSING.test(draft.title.trim())) return bare;
  if (WORDS.test(draft.title)) return false;
  return !SIGNS.test(draft.title) || bare;
}

const WORDS = /[\p{L}\p{N}]/u;
const SIGNS = /\p{S}/u;
/** "Title missing", "No title", "Untitled talk", "Title TBD", "???": no title, in the author's words. */
const MISSING =
  /^(?:\(?\s*(?:title (?:missing|unknown|tbd|tba|to come|forgotten|\?+)|(?:missing|unknown|no|forgot the) title|untitled(?: talk| session)?|tbd|tba|\?{1,3})\s*\)?[.!]?)$/i;
