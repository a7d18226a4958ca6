import type { Speaker } from '../model.ts';
import { THREAD_NUMBER } from './section-names.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { sessionKind } from './title-marks.ts';

/**
 * A talk told by its speaker's first name and its subject, after the post introduced the person
 * in full: "…hosted by Anja Petrović (Shopify). Anja's lightning talk on flaky tests was the best
 * five minutes" is a lightning talk of Anja Petrović, of Shopify, titled by its subject ("Flaky
 * tests"). The people a post introduces are kept by their first name as its paragraphs are read
 * (`introduce`); a first name two people share names no one.
 */
export class FirstNames {
  /** "Anja" → "Anja Petrović (Shopify)", as written; null where two people share the name. */
  private readonly people = new Map<string, string | null>();

  /** "Anja Petrović (Shopify)", "Anja Keller from Ferrous Systems": people named in full. */
  introduce(text: string): void {
    if (!text.includes('(') && !text.includes(' from ')) return;
    for (const match of text.slice(0, 600).matchAll(INTRODUCED)) {
      const [, first, last, paren, from] = match;
      const company = (paren ?? from)?.trim();
      if (!first || !last || !company) continue;
      const person = `${first} ${last} (${company})`;
      const known = this.people.get(first);
      this.people.set(first, known === undefined || known === person ? person : null);
    }
  }

  /** "Anja's lightning talk on flaky tests was…": the talk, where Anja was introduced. */
  talk(text: string): { title: string; speakers: Speaker[]; kind?: string } | undefined {
    if (!POSSESSIVE_TALK.test(text)) return undefined;
    const said = text.replace(THREAD_NUMBER, '').slice(0, 600);
    const match = OWN_TALK_ON.exec(said);
    // "…hosted by Anja Petrović (Shopify). Anja's lightning talk on …": introduced just before.
    if (match && match.index > 0) this.introduce(said.slice(0, match.index));
    const written = match?.[1] ? this.people.get(match[1]) : undefined;
    const people = written ? parseSpeakerText(written) : undefined;
    const person = people?.length === 1 && people[0]?.company ? people[0] : undefined;
    const subject = match?.[3]?.trim();
    if (!person || !subject || !/\p{L}{3}/u.test(subject)) return undefined;
    const title = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}`;
    const kind = sessionKind(`${match?.[2]}: ${title}`);
    return kind ? { title, speakers: [person], kind } : { title, speakers: [person] };
  }
}

/** A quick look before the sentence is read: "'s talk", "’s lightning talk", "'s keynote". */
const POSSESSIVE_TALK =
  /['’]s (?:(?:opening |closing )?(?:lightning talk|talk|keynote|session|workshop)) (?:on|about) /;

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const INTRODUCED = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})\s+(${NAME}(?:\s+${NAME})?)\s*(?:\(([^()]{2,40})\)|\s+from\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}))`,
  'gu',
);
/**
 * "Anja's lightning talk on flaky tests", at the start of a sentence, up to where the sentence
 * goes on.
 */
const OWN_TALK_ON = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s))(?:[^.!?]{0,40}?\s)?(${NAME})['’]s\s+((?:opening |closing )?(?:lightning talk|talk|keynote|session|workshop))\s+(?:on|about)\s+([^.:;!?—–,]{3,80}?)(?=\s*[.:;!?—–,]|\s+(?:was|is|had|got|made|took|showed|blew|stole)\b)`,
  'u',
);
