import type { Speaker } from '../model.ts';

/**
 * Authors put more than the title into a talk heading: "Title by Jane Doe", "Title (Company)",
 * "Title (Jane Doe, Company)". Split those off so the title is the talk's title.
 */
export interface HeadingParts {
  title: string;
  speakers: Speaker[];
  company?: string;
}

const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le|del|bin|al)$/u;
const NOT_A_NAME = new Set([
  'Key',
  'Takeaways',
  'Notes',
  'Summary',
  'Lessons',
  'Overview',
  'Slides',
  'Video',
  'Resources',
  'Questions',
  'Q&A',
  'Introduction',
  'Conclusion',
  'Details',
  'Links',
  'Agenda',
  'The',
  'A',
]);

/** "Jane Doe", "Jan van der Berg": two to five words, capitalised, no digits. */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((word) => NAME_WORD.test(word) && !NOT_A_NAME.has(word));
}

/** "Jane Doe and John Roe", "Jane Doe & John Roe", "Jane Doe, John Roe". */
export function splitNames(text: string): string[] | undefined {
  const names = text
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every(looksLikeName) ? names : undefined;
}

/** "Jane Doe (Acme)", "Jane Doe, Acme", "Jane Doe @ Acme", "Jane Doe - Acme". */
export function parseSpeakerText(text: string): Speaker[] | undefined {
  const trimmed = text.trim();
  const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(trimmed);
  if (paren?.[1] && paren[2]) {
    const names = splitNames(paren[1]);
    return names?.map((name) => ({ name, company: paren[2]?.trim() }));
  }
  const names = splitNames(trimmed);
  if (names) return names.map((name) => ({ name }));
  const withCompany = /^(.+?)\s*(?:,|@|\s[-–—]\s|\bfrom\b|\bat\b)\s*(.+)$/.exec(trimmed);
  if (withCompany?.[1] && withCompany[2] && looksLikeName(withCompany[1])) {
    return [{ name: withCompany[1].trim(), company: withCompany[2].trim() }];
  }
  return undefined;
}

const SPEAKER_PREFIX = /^(?:speakers?|presented by|presenters?|by)\s*:?\s+(.+)$/i;

/** A sub-heading or bullet that names the speaker: "Speaker: Jane Doe (Acme)", "by Jane Doe". */
export function speakerLine(text: string, allowBareName: boolean): Speaker[] | undefined {
  const prefixed = SPEAKER_PREFIX.exec(text.trim());
  if (prefixed?.[1]) {
    return parseSpeakerText(prefixed[1]) ?? [{ name: prefixed[1].trim() }];
  }
  return allowBareName ? parseSpeakerText(text) : undefined;
}

export function splitHeading(heading: string): HeadingParts {
  let title = heading.trim();
  let speakers: Speaker[] = [];
  let company: string | undefined;

  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(title);
  if (paren?.[1] && paren[2]) {
    const inner = paren[2].trim();
    const person = /^(.+?),\s*(.+)$/.exec(inner);
    if (person?.[1] && person[2] && looksLikeName(person[1])) {
      speakers = [{ name: person[1], company: person[2] }];
    } else {
      company = inner;
    }
    title = paren[1];
  }

  const by = /^(.+)\s+by\s+(.+)$/.exec(title);
  if (by?.[1] && by[2]) {
    const names = splitNames(by[2]);
    if (names) {
      title = by[1];
      speakers = names.map((name) => (company ? { name, company } : { name }));
      company = undefined;
    }
  }
  return { title: title.trim(), speakers, company };
}
