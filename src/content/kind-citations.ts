import type { Speaker } from '../model.ts';
import { NAME } from './cited-forms.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * A recap that names its talks after their speakers, the kind of session and the title in
 * parentheses: "Amara Osei (opening plenary: Pager Fatigue Is a Design Bug), Lars Berg and
 * Ines Wu (closing keynote: Nobody Owns the Runbook) were great." A name, then a session's word
 * and a colon inside the parentheses: a talk, even unmarked, even alone in its post. Two people
 * named each with the same title gave it together: one talk of both.
 */
/** "keynote" or "Keynote": names are matched by their capitals, so the words are not `i`. */
const either = (words: string): string =>
  words.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`);

const KIND_PAREN = new RegExp(
  String.raw`(?:^|[\s,;:])(${NAME})\s*\(\s*(${either('(?:opening|closing|morning|afternoon|evening|final|first|last|invited)')}\s+)?(${either('keynote|plenary(?: talk| session)?|talk|lightning talk|session|workshop|panel|tutorial|presentation')})\s*:\s*["“]?([^()"“”\n]{3,120}?)["”]?\s*\)`,
  'gu',
);

const KINDS: Record<string, string> = {
  keynote: 'Keynote',
  plenary: 'Keynote',
  'lightning talk': 'Lightning talk',
  workshop: 'Workshop',
  panel: 'Panel',
  tutorial: 'Tutorial',
};

export interface KindCitation {
  title: string;
  speakers: Speaker[];
  kind?: string;
  start: number;
  end: number;
}

/** Cheap first: a colon inside parentheses. */
export function mayNameKind(text: string): boolean {
  return text.includes('(') && /\([^()]{0,40}:/.test(text);
}

/** The talks a paragraph's text names as "Jane Doe (keynote: Title)", in order. */
export function kindCitations(text: string): KindCitation[] {
  if (!mayNameKind(text)) return [];
  const found: KindCitation[] = [];
  for (const match of text.matchAll(KIND_PAREN)) {
    const name = (match[1] ?? '').replace(/\s+/g, ' ').replace(LEAD_WORD, '');
    const title = (match[4] ?? '').trim();
    if (!looksLikeName(name) || title.split(/\s+/).length < 2 || !/\p{L}{2}/u.test(title)) continue;
    const word = (match[3] ?? '').toLowerCase();
    const kind = KINDS[word.startsWith('plenary') ? 'plenary' : word];
    const same = found.find((cited) => cited.title.toLowerCase() === title.toLowerCase());
    if (same) {
      // "A (closing keynote: T), and B (closing keynote: T)": one talk, two people.
      if (!same.speakers.some((s) => s.name === name)) same.speakers.push({ name });
      continue;
    }
    const start = match.index + match[0].indexOf(match[1] ?? '');
    found.push({
      title,
      speakers: [{ name }],
      ...(kind ? { kind } : {}),
      start,
      end: match.index + match[0].length,
    });
  }
  return found;
}

/** "Then Amara Osei (keynote: …)": a sentence's first word is no part of the name. */
const LEAD_WORD =
  /^(?:Later|Then|And|But|Also|Next|Finally|Afterwards|Meanwhile|Earlier|First|Today)\s+/;
