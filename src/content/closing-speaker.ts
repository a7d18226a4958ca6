import type { Speaker } from '../model.ts';
import { plainText } from './markdown-text.ts';
import { meaningful, type Section } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "Talk given by [@jkleinsc](…)", "Presented by Ann Berg": the speaker of a one-talk file named
 * only in its last line, after the parts. Only the file's last paragraph is looked at.
 */

const CLOSING =
  /^(?:(?:this )?(?:talk|session|presentation) (?:was )?(?:given|presented) by|presented by|given by)\s+(.{2,120})$/i;

/** The speakers the last line of a talk's notes names, and how to take that line out of them. */
export function closingSpeaker(
  section: Section,
): { speakers: Speaker[]; drop: () => void } | undefined {
  let last = section;
  while (last.children.length > 0) last = last.children[last.children.length - 1] as Section;
  const node = meaningful(last.body).at(-1);
  if (node?.type !== 'paragraph') return undefined;
  const text = plainText(node).trim();
  // A cheap look first: the line must open with one of the words.
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x70 && first !== 0x67) return undefined;
  const said = CLOSING.exec(text);
  const speakers = said?.[1] ? parseSpeakerText(said[1].replace(/[.!]$/, '')) : undefined;
  if (!speakers?.length) return undefined;
  const drop = () => {
    last.body = last.body.filter((other) => other !== node);
  };
  return { speakers, drop };
}
