import type { Speaker } from '../model.ts';
import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * "- **Rick Ames: Latency, solved**. The highlight…", "- **Latency, solved by Rick Ames**: …":
 * a bullet whose bold lead holds both the speaker and the title, the author's words after it.
 * Only where the bold words split into a title and people named in full (two words at least),
 * so that "**Note: read the docs**" stays a note.
 */
export function boldWhole(bold: MdNode): { title: string; speakers: Speaker[] } | undefined {
  const text = plainText(bold).trim();
  // Cheap first: a colon, a dash or "by" between the parts.
  if (text.length > 160 || !/:|\s[-–—]\s|\sby\s/.test(text)) return undefined;
  const parts = splitHeading(text, true);
  if (parts.speakers.length === 0 || !/\p{L}{2}/u.test(parts.title)) return undefined;
  const named = parts.speakers.every(
    (s) => s.name && looksLikeName(s.name) && text.includes(s.name),
  );
  return named ? { title: parts.title, speakers: parts.speakers } : undefined;
}
