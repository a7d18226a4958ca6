import type { Speaker } from '../model.ts';
import { trimEndOf } from '../text.js';
import { gaveTheTalk } from './gave-the-talk.ts';
import { isGivenName } from './given-names.ts';
import { honorificSpeaker } from './honorific-talk.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { openingWith } from './opening-with.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';
import { commonWordsOnly } from './subtitle-dash.ts';
import { talkBySpeaker } from './talk-by.ts';

/**
 * A speaker named only in the prose of a talk's notes, in the few ways a blog post says who gave
 * a talk: "…, done by Jane Roe from Intel.", "presented by Jane Roe of Acme", and a later
 * sentence of the first paragraph opening with "Jane Roe from IBM took us through …". A name
 * with no company after "by" counts only after "presented/given/delivered by": a bare "by" in
 * prose names authors of books and tools as often as speakers.
 */

/** "done by", "presented by" …, a name, and optionally "from/of/at Company". */
const DONE_BY = new RegExp(
  String.raw`\b(?:done|given|presented|delivered|held|run|hosted|led) by\s+(${PROSE_NAME})(?:\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))?(?=[\s,.;:!?)]|$)`,
  'u',
);
/**
 * "Cette présentation de Julien Martin était…", "La conférence de Sophie Bernard a fait…", "A
 * palestra do Rafael Souza mostrou…", "La charla de Lucía Gómez…", "Il talk di Marco Rossi…",
 * "Esta charla fue de José Merchante, donde…", "Essa palestra foi do Rafael Souza": the talk
 * "of" a person, in French, Portuguese, Spanish and Italian prose. The person is named in
 * full, from a common given name ("la conférence de Devoxx France" names none).
 */
const TALK_OF = new RegExp(
  String.raw`(?:^|[.!?]\s+|\s)(?:[Cc]ette|[Ll]a|[Uu]ne|[Àà] la|[Dd]ans la|[Ll]ors de la|[Pp]endant la|[Aa]|[Nn]a|[Ee]sta|[Ee]ssa|[Nn]esta|[Nn]essa|[Ee]l|[Ee]n la|[Dd]urante la|[Ii]l|[Nn]el|[Nn]ella|[Qq]uesta|[Qq]uesto)\s+(?:présentation|conférence|session|keynote|talk|palestra|apresentação|sessão|charla|ponencia|presentación|sesión|intervento|presentazione)\s+(?:(?:fue|era|es|foi|é|était|est)\s+)?(?:de\s+|d['’]|da\s+|do\s+|di\s+|del\s+|della\s+)(${PROSE_NAME})(?=[\s,.;:!?)]|$)`,
  'u',
);

function talkOfPerson(text: string): Speaker | undefined {
  const name = TALK_OF.exec(text)?.[1];
  if (!name || !isGivenName(name.split(/\s+/)[0] ?? '')) return undefined;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}

/**
 * "In this talk, Mary Poppendieck makes an interesting analysis…", "In her keynote, Jane Roe
 * argued…": the person doing something in the talk, named in a sentence of the notes.
 */
const IN_THIS_TALK = new RegExp(
  String.raw`(?:^|[.!?]\s+)In (?:this|his|her|their|the) (?:talk|keynote|session|presentation|lecture),?\s+(${PROSE_NAME})\s+(?:\p{Ll}+(?:s|ed)|gave|took|made|shows|spoke|went)\b`,
  'u',
);

function inThisTalk(text: string): Speaker | undefined {
  if (!text.includes('In ')) return undefined;
  // "In this talk, Dr. Vera Holm shares …": the person, without the title (as her profile link reads).
  const name = IN_THIS_TALK.exec(text)?.[1]?.replace(/^(?:Dr|Prof)\.?\s+/, '');
  const words = name?.split(/\s+/) ?? [];
  if (!name || (!isGivenName(words[0] ?? '') && commonWordsOnly(words))) return undefined;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}

/** "done by" names the speaker only with a company after it; the other verbs say so alone. */
const NAMING_ALONE = /^(?:presented|given|delivered)\b/;

/**
 * The speaker the opening paragraphs (the first two) or the closing one of a talk's notes name,
 * if they do so clearly; `subject` reads a sentence opening with a person ("Jane Roe (Acme) opened
 * with …").
 */
export function proseSpeaker(
  content: MdNode[],
  subject: (sentence: string) => Speaker | undefined,
): Speaker | undefined {
  const paragraphs = content.filter((node) => node.type === 'paragraph');
  const opening = paragraphs.slice(0, 2);
  const last = paragraphs.length > 2 ? paragraphs.at(-1) : undefined;
  let all: string | undefined;
  const notes = () => (all ??= paragraphs.map((node) => plainText(node)).join('\n'));
  for (const [index, node] of (last ? [...opening, last] : opening).entries()) {
    const person = paragraphSpeaker(plainText(node), index === 0 ? 1 : 0, subject, notes);
    if (person) return person;
  }
  return undefined;
}

function paragraphSpeaker(
  text: string,
  from: number,
  subject: (sentence: string) => Speaker | undefined,
  notes: () => string,
): Speaker | undefined {
  if (text.length > 1500) return undefined;
  const named =
    namedSpeaker(text) ??
    honorificSpeaker(text) ??
    talkOfPerson(text) ??
    talkBySpeaker(text) ??
    inThisTalk(text) ??
    (from === 1 ? openingWith(text) : undefined) ??
    gaveTheTalk(text, notes);
  if (named) return named;
  if (text.includes(' by ')) {
    const match = DONE_BY.exec(text);
    const name = match?.[1];
    const company = match?.[2] && trimEndOf(match[2], ".'’", false);
    if (match && name && (company || NAMING_ALONE.test(match[0]))) {
      const people = parseSpeakerText(name);
      if (people?.length === 1 && people[0]?.name === name)
        return company ? { name, company } : { name };
    }
  }
  // "To conclude the day, more microservices! Jane Roe from IBM took us through …": a sentence
  // of the paragraph (a paragraph's first one is read by subjectSpeaker before this).
  if (!text.includes(' from ') && !text.includes(' of ') && !text.includes(' (')) return undefined;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(from, 4)) {
    const person = subject(sentence);
    if (person?.company) return person;
  }
  return undefined;
}

/** "Per Aune", "Jan van Berg": a name with no title before it ("Dr. Jane Doe." ends a sentence early). */
const PLAIN_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|von|de|der|den|da|di|du|la|le|del)){1,3}`;

/**
 * "The speaker, Per Aune, has…", "The speaker was Bo Sten from Fjordpay", "Speaker: Ola Nord
 * (Acme). She showed…": a sentence that says outright who the speaker was, anywhere in the
 * paragraph.
 */
const NAMED_SPEAKER = new RegExp(
  String.raw`(?:^|[.!?]\s+|\b(?:[Tt]he|[Oo]ur|[Tt]his talk['’]s|[Tt]he talk['’]s)\s+)(?:(?:[Kk]eynote\s+)?[Ss]peaker|[Pp]resenter)(?:\s*:\s*|,\s+|\s+(?:was|is)\s+)(${PLAIN_NAME})(?:\s+\((\p{Lu}[^()]{1,40})\)|\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))?(?=[\s,.;:!?)]|$)`,
  'u',
);

export function namedSpeaker(text: string): Speaker | undefined {
  if (!/speaker|presenter/i.test(text)) return undefined;
  const match = NAMED_SPEAKER.exec(text);
  const name = match?.[1];
  if (!match || !name) return undefined;
  const people = parseSpeakerText(name);
  if (people?.length !== 1 || people[0]?.name !== name) return undefined;
  const company = trimEndOf(match[2] ?? match[3] ?? '', ".'’", false) || undefined;
  return company ? { name, company } : { name };
}
