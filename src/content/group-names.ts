import { isPlainGroup } from './section-names.ts';
import type { Section } from './sections.ts';
import { opensPost } from './site-pages.ts';

/** What a group heading's name says of the talks under it: a track, a series of workshops. */

/** "The workshop series: …", "Hands-on workshops", "Atölye": a group of workshop sessions. */
export const WORKSHOP_GROUP =
  /^(?!.*\b(?:talks?|sessions?|keynotes?|presentations?|panels?|lightning)\b)(?:the |our |a )?(?:[\p{L}-]+ )?(?:workshops?|hands-on|atölye|taller(?:es)?)\b/iu;

/**
 * "Track: Architecture", "Track 2 – Data", "Track A: DX", "Architecture track", "Trilha Cloud"
 * (Portuguese): a group that is a track.
 */
const TRACK =
  /^(?:track|trilha)\s*(?:\d+|\p{L}(?=\s*[:–—-]))?\s*[:–—-]\s*(.+)$|^trilha\s+(.+)$|^.+\strack$/iu;
/** The track a group's name says, or (`whole`) the name itself where it ends in "track". */
export const trackOf = (name: string, whole: boolean): string | undefined => {
  const track = TRACK.exec(name);
  return track ? (track[1] ?? track[2] ?? (whole ? name : undefined)) : undefined;
};

/**
 * A heading that groups talks without naming a topic: "Talks", "Schedule (what I attended)", or
 * a blog's subtitle over its byline ("6 min read") and the talk headings under it (Medium).
 */
export const isPlainGroupOf = (section: Section, name: string): boolean =>
  isPlainGroup(name) || (section.children.length > 0 && opensPost(section.body));
