import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * "- Ana Lind (Staff Engineer at Tidewater)'s keynote, "Ships in the Night," was…", "- Bo Ek
 * (Fjordly)'s talk on queue design was…": a bullet that opens with a person and their company in
 * parentheses, in the possessive, the kind of session, then its quoted title or its subject. The
 * rest of the line is the author's notes.
 */
export function rolePossessive(
  paragraph: MdNode,
  linked = false,
): { title: string; speakers: Speaker[]; notes?: string; kind?: string } | undefined {
  if (linked) return linkedPossessive(paragraph);
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
  return possessed(title, speakers, found[3], found[6]);
}

/**
 * "1. [Marcus Lind](…) of [Fjordly](…)'s talk about the human value of culture was…", "- [Bo
 * Ek](…)' talk about queue design was…": the person's linked name, perhaps "of" their company,
 * in the possessive, the kind of session and its subject, as above. The subject is the title.
 */
function linkedPossessive(paragraph: MdNode) {
  const [first, second] = paragraph.children;
  if (first?.type !== 'link' || second?.type === undefined) return undefined;
  const name = plainText(first).trim();
  if (!looksLikeName(name)) return undefined;
  const text = plainText(paragraph).split('\n')[0] ?? '';
  if (!text.startsWith(name)) return undefined;
  const found = LINKED_POSSESSIVE.exec(text.slice(name.length));
  const title = found?.[3]?.trim();
  if (!found?.[2] || !title) return undefined;
  const company = found[1]?.trim();
  // "about the human value of culture": what it was about, as a title starts.
  const titled = title.charAt(0).toUpperCase() + title.slice(1);
  return possessed(titled, [company ? { name, company } : { name }], found[2], found[4]);
}

function possessed(title: string, speakers: Speaker[], kindWord: string, rest?: string) {
  const notes = (rest ?? '').trim();
  const word = kindWord.toLowerCase();
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

const LINKED_POSSESSIVE =
  /^(?:\s+(?:of|from|at)\s+([^'’,]{2,60}?))?(?:['’]s|['’])\s+((?:opening |closing )?(?:keynote|talk|session|presentation|workshop|lightning talk))\s+(?:on|about)\s+([^,.;:!?"“]{3,140}?)(?=\s+(?:was|were|is|had|made|showed|gave|covered|left)\b|\s*[,.;:!?]|\s*$)\s*(.*)$/u;
