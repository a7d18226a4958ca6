import { trimEndOf } from '../text.js';
import type { HeadingParts } from './heading-title.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "Python Beats: Live Coding Music. Paul Amazona. 2:30 pm, Day 1", "Firecracker Made Easy. Ana
 * Lim – Acme. 4 pm, Day 1", "CDK for Automation, Sreedhar Bukya, 4:50 pm, Day 1": a heading
 * copied from a schedule, its fields parted by periods or commas, the time and day last. The
 * time and day are the talk's; the field before them, a person (a company after a dash), its
 * speaker; what is before, its title.
 */
export function slotTail(
  text: string,
  split: (title: string) => HeadingParts,
): HeadingParts | undefined {
  if (!text.includes('m') || !/\d\s*[ap]\.?m\b/i.test(text)) return undefined;
  const tail = TAIL.exec(text);
  if (!tail?.[1] || tail.index < 3) return undefined;
  const day = tail[2]?.replace(/\s+/g, ' ');
  const rest = trimEndOf(text.slice(0, tail.index), '.,–—-');
  const cut = Math.max(...['. ', ', ', '? ', '! '].map((mark) => rest.lastIndexOf(mark)));
  const field = cut > 0 ? rest.slice(cut + 2).trim() : '';
  const [name = '', company] = field.split(/\s+[–—-]\s+/);
  const people = field ? parseSpeakerText(name) : undefined;
  const named = people?.length && people.every((person) => person.name && !person.company);
  const parts: HeadingParts = named
    ? {
        title: rest
          .slice(0, rest.charAt(cut) === '?' || rest.charAt(cut) === '!' ? cut + 1 : cut)
          .trim(),
        speakers: people.map((person) => (company ? { ...person, company } : person)),
      }
    : split(rest);
  parts.time = tail[1].replace(/\s+/g, ' ');
  if (day) parts.day = day;
  return /\p{L}{2}/u.test(parts.title) ? parts : undefined;
}

/** ". 2:30 pm, Day 1", ", 4 pm", " – 1:30 pm, Day 2" at the end of the heading. */
const TAIL =
  /(?:[.,]\s*|\s+[–—-]\s+|\s*[.]\s*[–—-]\s+)(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)(?:\s*,\s*(day\s*\d{1,2}))?\s*$/iu;
