import type { Speaker } from '../model.ts';
import { looksLikeName, PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * A recap's sentence that sets a talk's title off by commas, unmarked: "The opening keynote, The
 * importance of Laughter, was held by Aino Vonge Corry.", "Kent Beck's keynote, Tidy First, …",
 * "Woody Zuill talked in Mob Programming, A Whole Team Approach, about …". Only right after a
 * word of a session ("keynote", "talk") or a speaker's "talked in|about|on", with a speaker beside
 * it, and a title in capitals of two words at least: "My colleague, John Smith, was there" and "The
 * keynote, this year, was …" are no talks.
 */
export function commaTitledTalk(text: string): { title: string; speakers: Speaker[] } | undefined {
  // The first sentences of the paragraph: "I've been pair programming for years. Woody Zuill
  // talked in …" sets the scene first.
  const starts = [...text.slice(0, 400).matchAll(SENTENCE_START)].slice(0, 3);
  for (const start of starts) {
    const sentence = text.slice(start.index + start[0].length, start.index + 300);
    const found = kindFirst(sentence) ?? personFirst(sentence);
    if (found) return found;
  }
  return undefined;
}

const SENTENCE_START = /(?:^|[.!?]\s+)(?=\p{Lu})/gu;

/** A title in capitals between commas; a comma inside it goes on with a capital ("Mob Programming, A …"). */
const TITLE = String.raw`(\p{Lu}[^.!?"“”()\n,]{2,80}(?:,\s+\p{Lu}[^.!?"“”()\n,]{1,60})?)`;
/** Where the title's commas end: the sentence goes on in lower case ("was held by", "about"). */
const GOES_ON = String.raw`,\s+(?=\p{Ll})`;
const KIND = String.raw`(?:(?:opening|closing|first|second|last|final|morning|afternoon|main)\s+)?(?:keynote|talk|session|presentation|lightning talk)`;

/** "The opening keynote, Title, was held by Jane Doe", "Jane Doe's talk, Title, …", "The keynote by Jane Doe, Title, …". */
const KIND_FIRST = new RegExp(
  String.raw`^(?:[\p{L}'’]+\s+){0,6}?(?:(${PROSE_NAME})['’]s?\s+)?${KIND}(?:\s+(?:by|from)\s+(${PROSE_NAME}))?,\s+${TITLE}${GOES_ON}(.{0,160})`,
  'u',
);

/** After the title: "was held by Jane Doe", "given by Jane Doe from Acme", "by Jane Doe". */
const HELD_BY = new RegExp(
  String.raw`^(?:(?:was|is)\s+)?(?:(?:held|given|presented|delivered|done|hosted|led)\s+)?by\s+(${PROSE_NAME})(?:\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}))?(?=[.,;:!]|\s+(?:and|who|was|—|-)\s|\s*$)`,
  'u',
);

function kindFirst(text: string): { title: string; speakers: Speaker[] } | undefined {
  const match = KIND_FIRST.exec(text);
  const title = match?.[3]?.trim();
  // "Kent Beck's keynote, Tidy First, …": whose talk it is is said; the title may read as a name.
  if (!match || !title || !titled(title, match[1] !== undefined || match[2] !== undefined))
    return undefined;
  const after = match[4] ?? '';
  const held = HELD_BY.exec(after);
  const name = match[1] ?? match[2] ?? held?.[1];
  const speaker = name ? person(name) : undefined;
  if (!speaker) return undefined;
  // "… was held by Aino Corry from Cphbusiness.": her company after her name.
  const company = held && held[1] === name ? held[2] : undefined;
  return { title, speakers: [company ? { ...speaker, company } : speaker] };
}

/** A capitalised word of a title, and the small words between them ("of", "the"). */
const CAP = String.raw`[\p{Lu}\d][\p{L}\d'’&+#-]*`;
const SMALL = `(?:a|an|the|of|in|on|for|to|and|or|with|at|by|from|vs|as|is|your|our|my|into|over|without)`;
/** Words in capitals to the last capitalised one: "Mob Programming, A Whole Team Approach". */
const TITLE_RUN = String.raw`(${CAP}(?:,?\s+(?:${SMALL}\s+)*${CAP})+)`;

/**
 * "Woody Zuill talked in Mob Programming, A Whole Team Approach, about working …", "After lunch,
 * Nadia Haddad talked about Building Resilient Systems, which …": the person, then the title
 * between commas (or in capitals up to where the sentence goes on), then what it was about.
 */
const PERSON_FIRST = new RegExp(
  String.raw`^(?:(?:Then|Next|Later|Finally|After\s+(?:that|lunch|the\s+break)|Afterwards),?\s+)?(${PROSE_NAME})\s+(?:talked|spoke|presented)\s+(?:in|on|about)\s+(?:${TITLE}${GOES_ON}|${TITLE_RUN},?\s+)(?:about|on|where|which|in which|explaining|showing|sharing|telling|covering|describing|a talk|an? \p{Ll}+ talk)\b`,
  'u',
);

function personFirst(text: string): { title: string; speakers: Speaker[] } | undefined {
  const match = PERSON_FIRST.exec(text);
  const title = (match?.[2] ?? match?.[3])?.trim();
  const speaker = match?.[1] ? person(match[1]) : undefined;
  return title && speaker && titled(title) ? { title, speakers: [speaker] } : undefined;
}

/** One person by name, as a speaker line reads it. */
function person(name: string): Speaker | undefined {
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name && looksLikeName(name)
    ? people[0]
    : undefined;
}

/**
 * Two words at least, capitalised at the start and once more or three words long ("The
 * importance of Laughter", "Tidy First"), no person's name (but where the talk's owner is
 * named before it), no list of single words ("Kafka,
 * Flink").
 */
function titled(title: string, owned = false): boolean {
  const words = title.split(/\s+/);
  if (words.length < 2 || (!owned && looksLikeName(title))) return false;
  // "Kafka and Flink", "Docker, Helm": names in a list, no title.
  if (title.split(/,\s*|\s+(?:and|&|or)\s+/).every((part) => !/\S\s+\S/.test(part.trim())))
    return false;
  return words.length >= 3 || words.slice(1).some((word) => /^\p{Lu}/u.test(word));
}
