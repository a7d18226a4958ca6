import { isEventName } from './company-words.ts';

/**
 * A post's title that names the conference, then goes on about the post: "Pragmatic Testing
 * Conference 2024 so you don't have to", "InfraSummit Dublin 2025. I'm glad I did", "Craft
 * Conference that changed how I think", "DevNation through a DevOps lens": the conference's name,
 * or undefined. `afterLead`: the post's own words ("Day one at") came before.
 */
export function nameBeforeClause(title: string, afterLead: boolean): string | undefined {
  const goesOn =
    YEAR_THEN_CLAUSE.exec(title) ?? YEAR_THEN_SENTENCE.exec(title) ?? WORD_THEN_CLAUSE.exec(title);
  const named = YEAR_THEN_WORDS.exec(title)?.[1];
  return (
    goesOn?.[1] ??
    (named && isEventName(named) ? named : undefined) ??
    beforeViewpoint(title, afterLead)
  );
}

/**
 * "RailsConf 2015 talks that you should watch", "RailsConf 2015 for the non-Attendee": after a
 * conference's year, words in lower case say what the post is; a name goes on in capitals
 * ("QCon 2016 New York"). Not "by" (an author, or "by the numbers": `event-name.ts`).
 */
const YEAR_THEN_WORDS = /^(.{3,80}?\b(?:19|20)\d{2})\s+(?!by\s)(?=\p{Ll}{2,}\s+\p{L})/u;

/** "Craft Conference that changed how I think": a conference's word, then a clause about the post. */
const WORD_THEN_CLAUSE =
  /^(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}\s+(?:[Cc]onf|[Cc]onference|[Ss]ummit|[Dd]ays|[Ff]est|[Cc]amp|[Ff]orum)|\p{Lu}\p{L}*Con(?:\s+\p{Lu}[\p{L}\d]*){0,2})\s+(?:that|which|where|who)\s+\p{Ll}/u;
const YEAR_THEN_CLAUSE =
  /^(.{3,80}?\b(?:19|20)\d{2})\s+(?:so|and|but|because|where|when|which|if|as|to|was|is|were)\s+\p{Ll}/u;
/**
 * "InfraSummit Dublin 2025. I'm glad I did", "EdgeConf Lisboa 2025 was 🔥🔥🔥": the sentence goes
 * on after the year, in a sentence of its own or with a verb and the author's emoji.
 */
const YEAR_THEN_SENTENCE =
  /^(.{3,80}?\b(?:19|20)\d{2})(?:[.!?]\s+\S.*|\s+(?:was|is|were|rocked|ruled)(?:\s+(?:\p{Extended_Pictographic}|\u{FE0F}|[!.])+)?)$/u;

/**
 * "DevNation through a DevOps lens", "Day one at KubeCon from a tester's perspective", "JSNation
 * as a first-timer": a post's title names the conference, then says from where the author saw it.
 * The conference is the words before; only where they read as one (the post's words led to them,
 * or a conference's word, a year or a brand's inner capital says so): "Rust through a DevOps
 * lens" is a post about Rust.
 */
function beforeViewpoint(title: string, afterLead: boolean): string | undefined {
  const name = VIEWPOINT.exec(title)?.[1];
  return name && (afterLead || isEventName(name) || BRAND.test(name)) ? name : undefined;
}

const VIEWPOINT = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\d&.'’+-]*(?:\s+[\p{Lu}\d][\p{L}\d&.'’+-]*){0,4})\s+(?:` +
    [
      // "through a DevOps lens", "through the eyes of a junior developer"
      String.raw`through\s+(?:(?:a|an|the|my|our|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:lens|lenses|eyes|glasses)(?:\s+of\s+.{1,40})?`,
      // "from a tester's perspective", "from the point of view of an SRE"
      String.raw`from\s+(?:a|an|the|my|our)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:perspective|point of view|viewpoint|standpoint|angle)(?:\s+of\s+.{1,40})?`,
      // "as a first-timer", "as a remote attendee", "for the first time"
      String.raw`as\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:first[- ]timer|newcomer|beginner|newbie|attendee|speaker|volunteer|student|outsider)`,
      String.raw`for\s+the\s+first\s+time`,
    ].join('|') +
    String.raw`)$`,
  'u',
);

/** "DevNation", "JSNation", "KubeCon": a brand's one word with a capital inside. */
const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$/u;
