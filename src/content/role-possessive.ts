import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "- Ana Lind (Staff Engineer at Tidewater)'s keynote, "Ships in the Night," was…", "- Bo Ek
 * (Fjordly)'s talk on queue design was…": a bullet that opens with a person and their company in
 * parentheses, in the possessive, the kind of session, then its quoted title or its subject. The
 * rest of the line is the author's notes.
 */
export function rolePossessive(
  paragraph: MdNode,
): { title: string; speakers: Speaker[]; notes?: string; kind?: string } | undefined {
  const first = paragraph.children[0];
  // Cheap first: the text opens with a capital and has ")'s " early on.
  if (first?.type !== 'text' || !/^\s*\p{Lu}/u.test(first.value ?? '')) return undefined;
  const head = (first.value ?? '').slice(0, 160);
  if (!/\)['’]s\s/.test(head)) return undefined;
  const text = plainText(paragraph).split('\n')[0] ?? '';
  const found = ROLE_POSSESSIVE.exec(text);
  if (!found?.[1] || !found[2] || !found[3]) return undefined;
  const title = (found[4] ?? found[5])?.trim().replace(/[,.;:]$/, '');
  if (!title) return undefined;
  const speakers = parseSpeakerText(`${found[1]} (${found[2]})`);
  if (speakers?.length !== 1 || speakers[0]?.name !== found[1]) return undefined;
  const notes = (found[6] ?? '').trim();
  const word = found[3].toLowerCase();
  const kind = word.includes('keynote')
    ? 'Keynote'
    : word.includes('lightning')
      ? 'Lightning talk'
      : undefined;
  return {
    title,
    speakers,
    ...(notes ? { notes } : {}),
    ...(kind ? { kind } : {}),
  };
}

const ROLE_POSSESSIVE =
  /^\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+\(([^()]{2,80})\)['’]s\s+((?:opening |closing )?(?:keynote|talk|session|presentation|workshop|lightning talk))(?:,?\s*["“]([^"”]{3,150})["”],?|\s+(?:on|about)\s+([^,.;:!?"“]{3,100}?)(?=\s+(?:was|were|is|had|made|showed|gave|covered|left)\b|\s*[,.;:!?]|\s*$))\s*(.*)$/u;
