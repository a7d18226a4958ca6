import type { Speaker } from '../model.ts';
import { looksLikeName } from './speaker-names.ts';

/*
 * How a recap by theme names a talk's speaker around its title in prose, besides the
 * parentheses right after it (cited-talks.ts): after the title (`*Title* by Jane Doe (Acme)`,
 * `"Title", Jane Doe (Acme)`, `"Title" — Jane Doe (Acme)`, `by Jane Doe from Acme`) or before it
 * (`Jane Doe (Acme) — *Title*`, `Jane Doe from Acme gave *Title*`, `Jane Doe's talk "Title"`,
 * `Jane Doe’s lecture — “Title”`, `Jane Doe in her lecture “Title”`).
 * A keynote is named without a title too: `opened with Jane Doe's keynote on platform teams`.
 */

/** A person's name in prose: two to four capitalised words, "de", "van", "von" … between. */
export const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|do|dos|van|von|der|den|di|du|le|la|ten|ter)\s+)*\p{Lu}[\p{L}'’-]+){1,3}`;
/** A company after "from", "of", "at": capitalised words, a period inside only ("Booking.com"). */
const COMPANY = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*(?:\s+\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*){0,2}`;
const PAREN = String.raw`\s*\(([^()]{2,60})\)`;

/** "Jane Doe und John Roe": two people named together. */
const PEOPLE = String.raw`${NAME}(?:\s+(?:and|und|en|et|&)\s+${NAME})?`;

const AFTER = [
  // "*Title* by Jane Doe (Acme)", "by Jane Doe from Acme"; in German "von", in Dutch "door".
  new RegExp(
    String.raw`^,?\s+(?:by|von|door)\s+(${PEOPLE})(?:${PAREN}|\s+(?:from|of|at)\s+(${COMPANY}))?`,
    'u',
  ),
  // '"Title", Jane Doe (Acme)', '"Title" — Jane Doe (Acme)'
  new RegExp(String.raw`^\s*(?:,|[—–-])\s*(${NAME})${PAREN}`, 'u'),
];

/** A dash, then a marked or quoted title (or the end of the words before one). */
const NEXT_TITLE = /^\s*[—–-]\s*(?:["“„*_]|$)/u;

/** What a German recap says a speaker did ("sprach", "erklärte", "präsentierte", "gab"). */
const GERMAN_VERB =
  '(?:sprach(?:en)?|erklärt(?:e|en)?|präsentiert(?:e|en)?|referiert(?:e|en)?|zeigt(?:e|en)?|plädiert(?:e|en)?|gab(?:en)?|stellt(?:e|en)?)';
const VERB = `(?:gave|presented|delivered|showed|explained|walked us through|in)`;
const BEFORE = [
  // "Jane Doe (Acme) — *Title*"
  new RegExp(String.raw`(?:^|[\s,;:])(${NAME})${PAREN}\s*[—–-]\s*$`, 'u'),
  // "Jane Doe from Acme gave *Title*", "Jane Doe (Acme) presented *Title*"
  new RegExp(
    String.raw`(?:^|[\s,;:])(${NAME})(?:${PAREN}|\s+(?:from|of|at)\s+(${COMPANY}))\s+${VERB}\s+(?:(?:her|his|their|the|a)\s+)?(?:talk\s+|keynote\s+|session\s+)?$`,
    'u',
  ),
  // "Jane Doe's talk "Title"", "Jane Doe’s lecture — “Title”"
  new RegExp(
    String.raw`(?:^|[\s,;:])(${NAME})['’]s\s+(?:talk|keynote|session|presentation|lecture)\s*(?:,|[—–-])?\s*$`,
    'u',
  ),
  // "Jane Doe in her lecture “Title”"
  new RegExp(
    String.raw`(?:^|[\s,;:])(${NAME})\s+in\s+(?:his|her|their)\s+(?:talk|keynote|session|presentation|lecture)\s*(?:,|[—–-])?\s*$`,
    'u',
  ),
  // German: "Jana Roth und Eva Lind erklärten in „Title“", "Jana Roth gab einen Einblick in …"
  new RegExp(
    String.raw`(?:^|[\s,;:])(${PEOPLE})\s+(?:${GERMAN_VERB}(?:\s+\p{Ll}+)?\s+|(?:gab\s+)?einen\s+(?:Einblick|Überblick)\s+)(?:in|mit|über)\s*$`,
    'u',
  ),
  // … and the verb first: "sprach Jana Roth in „Title“", "referierte derweil Jana Roth mit …"
  new RegExp(
    String.raw`(?:^|[\s,;:])${GERMAN_VERB}(?:\s+\p{Ll}+)?\s+(${PEOPLE})\s+(?:in|mit|über)\s*$`,
    'u',
  ),
];

/** The speaker a title's surroundings name, or undefined. */
export function speakerAround(before: string, after: string): Speaker[] | undefined {
  for (const [index, pattern] of AFTER.entries()) {
    const match = pattern.exec(after.slice(0, 160));
    // "A (Acme) — *T1*, B (Beta) — *T2*": a name with a dash and the next title after it is
    // that title's speaker, cited the same way as the first, not the first's.
    if (match && index > 0 && NEXT_TITLE.test(after.slice(match[0].length))) continue;
    const found = person(match);
    if (found) return found;
  }
  if (!/[—–-]\s*$|\s$/.test(before)) return undefined;
  const tail = before.slice(-160);
  for (const pattern of BEFORE) {
    const found = person(pattern.exec(tail));
    if (found) return found;
  }
  return undefined;
}

function person(match: RegExpExecArray | null): Speaker[] | undefined {
  // "Jane Doe und John Roe": each of them.
  let people = (match?.[1] ?? '').replace(/\s+/g, ' ');
  // "im Nebenraum Raoul Schlotterbek": after an article or a preposition, a capital is a noun's.
  const at = match ? match.index + match[0].indexOf(match[1] ?? '') : 0;
  if (match && ARTICLE_BEFORE.test(match.input.slice(Math.max(0, at - 12), at)))
    people = people.split(' ').length >= 3 ? people.replace(/^\S+ /, '') : people;
  const [first, ...others] = people.split(/ (?:and|und|en|et|&) /);
  const name = first ? withoutLeadWord(first) : undefined;
  if (!name) return undefined;
  const more = others.filter((other) => looksLikeName(other)).map((other) => ({ name: other }));
  if (more.length < others.length) return undefined;
  const company = (match?.[2] ?? match?.[3])?.trim();
  // "(she/her)", "(remote)", "(2024)": no company; "(data61)", "(eBay)", "(fly.io)" are brands.
  const real =
    company && (/^\p{Lu}/u.test(company) || LOWER_BRAND.test(company)) && !/\d{4}/.test(company)
      ? company
      : undefined;
  return [real ? { name, company: real } : { name }, ...more];
}

const ARTICLE_BEFORE =
  /(?:^|\s)(?:im|in|der|die|das|dem|den|des|ein|eine|einem|einen|am|vom|zum|beim|the)\s+$/u;

/** A brand written in lower case: letters then digits, an inner capital, or a domain. */
const LOWER_BRAND = /^\p{Ll}+(?:\d+|\p{Lu}[\p{L}\d]*|\.(?:io|ai|dev|com|net|org|co|app))$/u;

/** "Later Piotr Kaczmarek": a sentence's first word before the name is no part of it. */
function withoutLeadWord(text: string): string | undefined {
  if (looksLikeName(text) && !LEAD_WORD.test(text)) return text;
  const rest = text.replace(/^\S+\s+/, '');
  return rest !== text && looksLikeName(rest) ? rest : undefined;
}

const LEAD_WORD =
  /^(?:Later|Then|And|But|Also|Next|Finally|Afterwards|Meanwhile|Earlier|Today|Yesterday)\s/;

/** "opened with Jane Doe's keynote on platform teams": a keynote named by its subject alone. */
const KEYNOTE = new RegExp(
  String.raw`(?:^|[\s,;:])(${NAME})['’]s\s+(?:opening\s+|closing\s+)?keynote\s+(?:on|about)\s+([^.;!?()]{6,100}?)(?=\s*[.;!?(]|,\s|\s+(?:which|where)\s|$)`,
  'gu',
);

export interface ProseKeynote {
  title: string;
  speakers: Speaker[];
  start: number;
  end: number;
}

/** The keynotes a paragraph's text names by their subject. */
export function proseKeynotes(text: string): ProseKeynote[] {
  if (!text.includes('keynote')) return [];
  const found: ProseKeynote[] = [];
  for (const match of text.matchAll(KEYNOTE)) {
    const name = match[1] ? withoutLeadWord(match[1]) : undefined;
    const subject = match[2]?.trim();
    if (!name || !subject || !/\p{L}{3}/u.test(subject)) continue;
    const title = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
    found.push({
      title,
      speakers: [{ name }],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
