import type { Speaker } from '../model.ts';
import { englishWord } from '../search/english-words.ts';
import { escapeRegExp } from '../text.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';
import { commonWordsOnly } from './subtitle-dash.ts';

/**
 * "Charity Majors on why dashboards are not enough.", "David Sullins walked through ownership…",
 * "Dave Thomas shared how agile lost its way": the notes opening with a person's name and what
 * they spoke on, as notes shorten it. From a common given name; else only where the paragraph
 * (or the next) goes on about a person ("She argued…", "Majors also…"): "Kafka Streams on how…", "Rust Belt
 * walked through…" name no one.
 */
const ON_TOPIC = new RegExp(
  String.raw`^(${PROSE_NAME})(?:\s+on\s+(?:why|how|what|when|whether|the|building|making|running|scaling)\b|\s+walked\s+(?:us\s+)?through\b|\s+(?:dove|dived|dug)\s+into\b|\s+(?:shared|explained|showed|argued|described|told\s+us|asked|made\s+the\s+case)\s+(?:how|why|what|whether|that)\b)`,
  'u',
);

/**
 * The same told as a day's recap tells it: "I started with Holly Wu talking about …", "Evan
 * Czaplicki, creator of Elm, spoke to a packed room.", "Julia Evans cheered us up with …",
 * "Randall Munroe was the perfect ending. He gave a talk about comics."
 */
const LEAD_IN = new RegExp(
  String.raw`^(?:I\s+(?:started|began|kicked\s+off)(?:\s+the\s+day)?\s+with|I\s+(?:went\s+to\s+see|caught|saw|heard)|Next\s+(?:up\s+)?(?:was|came))\s+(${PROSE_NAME})\s+(?:talking|speaking|presenting|explaining|showing)\b`,
  'u',
);
const DOING = new RegExp(
  String.raw`^(${PROSE_NAME})(?:,\s+[^,.]{3,60},)?\s+(?:spoke|talked|presented|explained|showed|argued|shared|demoed|described|cheered\s+us|entertained\s+us|treated\s+us|took\s+us|walked\s+us|told\s+us|kept\s+us|had\s+us)\b`,
  'u',
);
/**
 * "Mark Seemann tried to disprove that TDD is dead by …", "Jane Roe gave a tour of …": more that
 * a speaker does on stage, read only after a common given name ("Docker Compose gives …" is no one).
 */
const ACTING = new RegExp(
  String.raw`^(${PROSE_NAME})\s+(?:(?:tried|tries|set\s+out|sets\s+out|wanted|wants|attempted|attempts)\s+to|gave|gives|delivered|introduced|introduces|discussed|discusses|covered|covers|demonstrated|demonstrates|went\s+(?:through|over)|goes\s+(?:through|over)|walks\s+us|takes\s+us|reviewed|outlined|outlines|pointed\s+out|points\s+out|highlighted|highlights|focused|focuses|emphasi[sz]ed|stressed|talks|speaks|presents|explains|shows|shares|argues|describes|demos|made\s+the\s+case|makes\s+the\s+case|reminded\s+us|taught\s+us|teaches\s+us|urged|warned)\b`,
  'u',
);
const WAS_THEN_GAVE = new RegExp(
  String.raw`^(${PROSE_NAME})\s+(?:was|is)\b[^.!?]{3,120}[.!?]\s+(?:She|He)\s+(?:gave|talked|spoke|presented|showed|explained)\b`,
  'u',
);

export function subjectOnTopic(
  text: string,
  content: MdNode[] = [],
  first?: MdNode,
): Speaker | undefined {
  const lead = LEAD_IN.exec(text)?.[1] ?? WAS_THEN_GAVE.exec(text)?.[1];
  if (lead) {
    const words = lead.split(/\s+/);
    return isGivenName(words[0] ?? '') || !commonWordsOnly(words) ? person(lead) : undefined;
  }
  const after = first ? content[content.indexOf(first) + 1] : undefined;
  const next = after?.type === 'paragraph' ? plainText(after) : '';
  const match = ON_TOPIC.exec(text) ?? DOING.exec(text);
  const name = match?.[1];
  if (!match || !name) return givenNameActs(text) ?? givenNameSpeaks(text, next);
  const words = name.split(/\s+/);
  const rest = `${text.slice(match[0].length)}. ${next}`;
  if (!isGivenName(words[0] ?? '') && !aboutPerson(rest, words)) {
    return undefined;
  }
  return person(name);
}

/** A person by a common given name opening the notes as the subject of {@link ACTING}. */
function givenNameActs(text: string): Speaker | undefined {
  const name = ACTING.exec(text)?.[1];
  return name && isGivenName(name.split(/\s+/)[0] ?? '') ? person(name) : undefined;
}

function person(name: string): Speaker | undefined {
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name ? { name } : undefined;
}

/**
 * A later sentence that opens with "She" or "He", or names the person by a family name no
 * dictionary has ("Kafka Streams … Streams can" is a product said again).
 */
function aboutPerson(rest: string, words: string[]): boolean {
  if (/[.!?]\s+(?:She|He|Her|His)\s/u.test(rest)) return true;
  const family = words.at(-1) ?? '';
  if (family.length < 3 || englishWord(family.toLowerCase())) return false;
  return new RegExp(`(?<!\\p{L})${escapeRegExp(family)}(?!\\p{L})`, 'u').test(rest);
}

/**
 * "Alex Miller created Strange Loop in 2009. …" / "Alex talked about the origins of the
 * conference": a person named in full opens the notes, and a later sentence has them speak by
 * their given name alone. That person is the speaker.
 */
function givenNameSpeaks(text: string, next: string): Speaker | undefined {
  const name = OPENING_NAME.exec(text)?.[1];
  const given = name?.split(/\s+/)[0];
  if (!name || !given || !isGivenName(given)) return undefined;
  const speaks = new RegExp(`(?:^|[.!?]\\s+)${escapeRegExp(given)}\\s+(?:${SPOKE})\\b`, 'u');
  return speaks.test(`${text.slice(name.length)} ${next}`) ? person(name) : undefined;
}

const OPENING_NAME = new RegExp(String.raw`^(${PROSE_NAME})\s+\p{Ll}`, 'u');
const SPOKE =
  'talked|spoke|presented|explained|showed|covered|shared|walked us|told us|argued|gave|described|demoed';
