import type { Speaker } from '../model.ts';
import { startsMessage } from './chat-messages.ts';
import { commaTitledTalk } from './comma-title.ts';
import { isGivenName } from './given-names.ts';
import { loggedTalk } from './log-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { personBefore } from './person-before-title.ts';
import { headingName, isPostSection, THREAD_NUMBER } from './section-names.ts';
import { findFirst } from './sections.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { SPEAKING } from './subject-speaker.ts';
import { sessionKind } from './title-marks.ts';
import { watchedTalk } from './watched-title.ts';

/**
 * A blog recap in prose: "**Kafka at scale** by Jo Park was the first talk…", "After coffee I
 * caught **Typing** by Luis Ortega from Lambda Works.", "The keynote, **Software that lasts**, was
 * given by Hannah Cole.", "The highlight was **Observability is a team sport** (Charity Majors).",
 * "I went to see Kevlin Henney's *Refactoring to immutability*", "I did catch [Designing for
 * failure](…) by Sam Newman". The title is marked (bold, italic or a link) in the paragraph's first
 * sentence and a name is right beside it; anything looser stays prose (fewer talks rather than
 * doubtful ones).
 */
export function proseTalk(paragraph: MdNode): ProseTalk | undefined {
  const text = plainText(paragraph).slice(0, 400);
  const found =
    markedTalk(paragraph.children) ??
    quotedTalk(text) ??
    watchedTalk(text) ??
    commaTitledTalk(text) ??
    (startsMessage(paragraph) ? afterAside(text) : undefined);
  if (!found) return undefined;
  // "Anja Berg's lightning talk "Records…"", "The opening keynote, **Software that lasts**": the
  // words just before the title say what kind of session it was.
  const at = text.indexOf(found.title);
  const kind = at > 0 ? KIND_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1] : undefined;
  // Read as a title's prefix is ("Workshop: …"): a kind word alone names only some kinds.
  const named = kind ? sessionKind(`${kind}: …`) : undefined;
  return named ? { ...found, kind: named } : found;
}

/** "The opening keynote, ", "Workshop pomeridiano: ", "Il keynote d'apertura, " before the title. */
const KIND_BEFORE =
  /(?:^|\s)((?:opening |closing )?(?:keynote|lightning talk|panel|workshop|fireside chat|taller|tavola rotonda|mesa redonda))(?:\s+[\p{L}'’]+){0,2}[,:]?\s*["“*_]*$/iu;

/**
 * A chat message often opens with a short aside before it names the talk ("Bin im Saal 3.
 * "Virtual Threads in der Praxis" von Markus Weber war sehr gut", "Heads up. The talk "…" by …"):
 * there the quoted title may stand in the second sentence. Only in a chat's message, where a
 * message is about one thing; a recap's paragraph keeps its title in the first sentence.
 */
function afterAside(text: string): ProseTalk | undefined {
  const aside = /^[^"“”\n]{1,40}?[.!?]\s+(?=\S)/u.exec(text);
  return aside ? quotedTalk(text.slice(aside[0].length)) : undefined;
}

function markedTalk(children: MdNode[]): ProseTalk | undefined {
  const first = children.findIndex(isMarked);
  // "**Charla 1.** *"Micro-frontends sin dolor"*, de …": a bold number of the post's own is the
  // lead-in, the title is the marked words after it.
  const second = children.findIndex((node, i) => i > first && isMarked(node));
  const numbered =
    first >= 0 &&
    SESSION_NUMBER.test(plainText(children[first] as MdNode).trim()) &&
    second === first + 2 &&
    plainText(children[first + 1] as MdNode).trim() === '';
  const at = numbered ? second : first;
  const marked = children[at];
  if (!marked) return undefined;
  const before = numbered ? '' : plainText(children.slice(0, at));
  // The title belongs to the first sentence, after a short lead-in ("After coffee I caught").
  // "A nice evening meetup: **Backstage, two years in** — …": a colon may end the lead-in.
  if (before.length > 120 || /[.!?]\s|:\s+\S|\n/.test(before)) return undefined;
  const title = plainText(marked).trim();
  if (title.length < 3 || title.length > 100 || !/\p{L}{2}/u.test(title) || /[:.!]$/.test(title)) {
    return undefined;
  }
  // "Our opening keynote by **Nadia Haddad** (Framewerk), *The web is still for documents*, set
  // the tone": the person first, then the talk's title.
  const person = personThenTitle(children, at, before, title);
  if (person) return person;
  // "**Kari Nordmann** (Vipps) opened the first day": a person, the subject of the sentence.
  const next = plainText(children.slice(at + 1, at + 3)).slice(0, 120);
  if (looksLikeName(title) && PERSON_THEN_VERB.test(next)) return undefined;
  // A link's text that is an address, or a word or two ("[here](…)"), names no talk.
  if (marked.type === 'link' && (/^\S+\.\S+$/.test(title) || !/\s\S+\s/.test(title)))
    return undefined;
  // Italics and links name books, projects and pages as often as talks: only a sentence that
  // speaks of a talk ("went to see", "the keynote", "I caught") makes them a talk's title.
  const rest = plainText(children.slice(at + 1, at + 4)).split(/[.!?]\s/)[0] ?? '';
  // "As Callum Reid said in *Quotas are kindness*": a person's words, in a talk.
  const said = NAME_IN.exec(before);
  // "Marco Bellini (Quanta Labs) talked about **Rust in the Data Path**": the people before it.
  const subject = personBefore(before);
  const spoken = said?.[2] !== undefined || said?.[3] !== undefined || subject !== undefined;
  const context = numbered || TALK_CONTEXT.test(before) || TALK_NOUN.test(rest) || spoken;
  if (marked.type !== 'strong' && !context) return undefined;
  // A linked title is the talk's page: its description.
  const link = marked.type === 'link' ? marked : findFirst(marked, 'link');
  const found = (speaker: Speaker): ProseTalk =>
    link ? { title, speakers: [speaker], link } : { title, speakers: [speaker] };
  const after = plainText(children.slice(at + 1, at + 4)).slice(0, 200);
  const match = BY_NAME.exec(after) ?? IN_PARENS.exec(after);
  if (match?.[1] && looksLikeName(match[1])) {
    const company = match[2]?.trim();
    return found(company ? { name: match[1], company } : { name: match[1] });
  }
  const named = byNames(after);
  if (named) return link ? { title, speakers: named, link } : { title, speakers: named };
  // "Kevlin Henney's *Refactoring to immutability*": the speaker's name just before the title.
  const owner = POSSESSIVE.exec(before)?.[1]?.replace(LEAD_VERB, '');
  if (owner && looksLikeName(owner)) return found({ name: owner });
  if (subject) return link ? { title, speakers: subject, link } : { title, speakers: subject };
  // "Courtesy of Hamid Rezaei (Intercom) in **"The smallest possible pager"**": the person, then
  // the talk they said it in (a title of two words at least: "Jane Doe in **Berlin**" is a place).
  const speaker = said?.[1]
    ?.replace(LEAD_VERB, '')
    .replace(/^(?:As|Like|Per|Via)\s+(?=\S+\s+\S)/, '');
  if (speaker && looksLikeName(speaker) && /\S\s+\S/.test(title)) {
    const company = said?.[2]?.trim();
    return found(company ? { name: speaker, company } : { name: speaker });
  }
  return undefined;
}

/** "… Hamid Rezaei (Intercom) in ", "… Callum Reid said in " right before the title. */
const NAME_IN =
  /(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(([^()]{2,60})\))?(\s+(?:said|says|explained|argued|showed|noted|put it))?\s+in\s*$/u;

function personThenTitle(
  children: MdNode[],
  at: number,
  before: string,
  name: string,
): ProseTalk | undefined {
  const [between, titled] = [children[at + 1], children[at + 2]];
  if (!/\b(?:by|with|from)\s*$/i.test(before) || !looksLikeName(name)) return undefined;
  if (between?.type !== 'text' || (titled?.type !== 'emphasis' && titled?.type !== 'link'))
    return undefined;
  const company = /^\s*(?:\(([^()]{2,60})\))?\s*[,:—–-]\s*$/.exec(between.value ?? '');
  const title = plainText(titled).trim();
  if (!company || !/\p{L}{2}/u.test(title) || title.length > 120) return undefined;
  const speaker: Speaker = company[1] ? { name, company: company[1].trim() } : { name };
  return titled.type === 'link'
    ? { title, speakers: [speaker], link: titled }
    : { title, speakers: [speaker] };
}

/** After a bold name: its company perhaps, then what the person did ("opened", "talked"). */
const PERSON_THEN_VERB = new RegExp(
  `^\\s*(?:\\([^()]{2,60}\\)\\s*)?(?:,\\s*[^,]{2,60},\\s*)?(?:${SPEAKING})\\b`,
  'u',
);

export interface ProseTalk {
  title: string;
  speakers: Speaker[];
  /** The link the title was written as. */
  link?: MdNode;
  /** "Keynote", "Lightning talk": the kind of session the sentence says it was. */
  kind?: string;
}

const TALK_CONTEXT =
  /\b(?:talks?|keynotes?|sessions?|presentations?|lightning|panel|went to|go to|see|saw|seeing|caught|catch|watched|attended|opened|closed|kicked off|highlight|favou?rite|stage|slot)\b/i;

const TALK_NOUN = /\b(?:talks?|keynotes?|sessions?|presentations?|lightning talks?)\b/i;

/** "Charla 1.", "Talk 3:", "Session 2", "Vortrag 4": a post's own number for a talk. */
const SESSION_NUMBER = /^\p{L}{3,12}\s*#?\d{1,3}[.:)]?$/u;

/** Bold, italic or a link: how prose marks a title. */
function isMarked(node: MdNode): boolean {
  return node.type === 'strong' || node.type === 'emphasis' || node.type === 'link';
}

/** " (Charity Majors)", " (Jane Doe, Acme)": the speaker in parentheses after the title. */
const IN_PARENS =
  /^\s*\((\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:,\s*([^()]{2,40}))?\)/u;

/** "… Kevlin Henney's " right before the title. */
const POSSESSIVE =
  /(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'-]+){1,3})['’]s?\s*$/u;

/** "Loved Charity Majors' talk": the sentence's verb before the name is no part of it. */
const LEAD_VERB =
  /^(?:\p{Lu}\p{Ll}+ed|Then|Next|Also|Finally|Really|Great|Saw|Caught|After|On|In|At)\s+(?=\S+\s+\S)/u;

/**
 * The same with the title in quotes, as threads and plain-text recaps write it: `2/ "Platform as a
 * product" by @mpais (Team Topologies): …`, `Next up was “Scaling Kafka” by Jane Doe.`, `Loved
 * Charity Major's talk "Observability 2.0": …`, `Next: Kaspar Weber (@kweber) on "Dynamic
 * configuration" — …`. The quote is in the first sentence and a name or handle right beside it.
 */
function quotedTalk(paragraph: string): ProseTalk | undefined {
  // "3/ Next: …", "Last one for me: …", "Room 2: …": a thread's number and a short lead-in
  // are not the sentence.
  // "Seoyeon Kim: "Title"", "Opening talk by Jiwoo Park: "Title"": a lead-in that names the
  // person is the speaker's, and stays.
  const text = paragraph
    .replace(THREAD_NUMBER, '')
    .replace(/^\p{L}+(?:\s[\p{L}\d]+){0,4}:\s+/u, (lead) => (namesPerson(lead) ? lead : ''));
  const quote = QUOTED.exec(text);
  // "Opening keynote by Niko Ruiz (AWS): "Title"": a colon may end the words before the quote.
  if (!quote?.[2] || /[.!?:]\s|\n/.test((quote[1] ?? '').replace(/:\s*$/, ''))) return undefined;
  const title = quote[2].trim();
  if (!/\p{L}{2}/u.test(title) || /[.!]$/.test(title)) return undefined;
  const after = text.slice(quote.index + quote[0].length).slice(0, 200);
  const by = BY_NAME.exec(after) ?? BY_HANDLE.exec(after);
  if (by?.[1] && (by[1].startsWith('@') || looksLikeName(by[1]))) {
    const company = by[2]?.trim();
    // "by @carol_n (Carol Nichols, Integer 32)": who the handle is, then their company.
    const person = by[1].startsWith('@') && company?.includes(',') && parseSpeakerText(company);
    if (person && person.length === 1 && looksLikeName(person[0]?.name ?? ''))
      return { title, speakers: person };
    return { title, speakers: [company ? { name: by[1], company } : { name: by[1] }] };
  }
  const named = byNames(after);
  if (named) return { title, speakers: named };
  // "Charity Major's talk", "Kaspar Weber (@kweber) on": the name before the quote.
  const before = NAME_BEFORE.exec(quote[1] ?? '');
  const name = before?.[1]?.replace(LEAD_VERB, '');
  const people = name && !looksLikeName(name) ? parseSpeakerText(name) : undefined;
  if (name && (looksLikeName(name) || (people && people.length > 1))) {
    const company = before?.[2]?.trim();
    const speakers = people && people.length > 1 ? people : [{ name }];
    return { title, speakers: speakers.map((s) => (company ? { ...s, company } : s)) };
  }
  // "The session from A and B titled "Title" was amazing": the people, then "titled".
  const titled = TALK_NOUN.test(quote[1] ?? '') ? TITLED.exec(quote[1] ?? '') : null;
  const from = titled?.[1] ? parseSpeakerText(titled[1]) : undefined;
  if (from?.every((s) => looksLikeName(s.name ?? ''))) return { title, speakers: from };
  // "… went to see A and B (both at Brightline) present "Title"": the people, a speaking verb.
  const subject = personBefore(quote[1] ?? '');
  if (subject) return { title, speakers: subject };
  // "The last talk I caught was Aiko Tanaka's "Title"": whose talk, where the sentence says talk.
  const owner = POSSESSIVE.exec(quote[1] ?? '')?.[1]?.replace(LEAD_VERB, '');
  if (owner && looksLikeName(owner) && TALK_CONTEXT.test(quote[1] ?? ''))
    return { title, speakers: [{ name: owner }] };
  // "Opening keynote by @rita@hachyderm.io — "Title".", "@amara (Nkemba Labs) on "Title" —",
  // "Closing keynote: Jane Doe (Acme) — "Title"": read as a live log's line is.
  // "Then Mads Kjær from Lunar Bank on "Title"": the sentence's lead word is no part of the name.
  const logged = loggedTalk(text.slice(0, 400).replace(LEAD_VERB, ''));
  if (logged && logged.speakers.length > 0) {
    const found = { title: logged.title, speakers: logged.speakers };
    return logged.kind ? { ...found, kind: logged.kind } : found;
  }
  // "I went to the "Hallway track". Jane Doe explained…": a section of the day, no talk.
  const talked = TALK_CONTEXT.test(quote[1] ?? '') && !isPostSection(headingName(title));
  const next = talked ? speakerNext(after) : undefined;
  return next ? { title, speakers: [next] } : undefined;
}

/** "Seoyeon Kim: ", "Opening talk by Jiwoo Park: ": a lead-in ending in a person's name. */
function namesPerson(lead: string): boolean {
  const bare = lead.replace(/:\s*$/, '');
  const words = bare.replace(/^.*?\bby\s+/, '');
  // "Hot Take: "…"", "Main Stage: "…"": capitalised words; a person's name has a given name
  // first, or "by" before it.
  const given = words !== bare || isGivenName(words.split(/\s+/)[0] ?? '');
  return given && looksLikeName(words) && /^\S+\s+\S/.test(words);
}

/**
 * "I went to "Testing in production, safely". Charity Majors explained what…": a quoted title
 * the sentence says the author saw, no name beside it, and the next sentence opens with a person
 * doing what a speaker does (`explained`, `showed`, `argued`…): that person is the speaker.
 */
function speakerNext(after: string): Speaker | undefined {
  const match = NEXT_SUBJECT.exec(after);
  const people = match?.[1] ? parseSpeakerText(match[1]) : undefined;
  return people?.length === 1 && people[0]?.name === match?.[1] ? people[0] : undefined;
}

const NEXT_SUBJECT = new RegExp(
  String.raw`^\s*[.!]\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,2})\s+(?:${SPEAKING})\b`,
  'u',
);

const QUOTED = /^(.{0,100}?)["“]([^"“”\n]{3,100})["”]/u;
// "by @ingrid@mastodon.social (JetBrains)": a fediverse handle with its server.
const BY_HANDLE =
  /^\s*,?\s*by\s+(@[\w.-]{1,30}(?:@[\w-]+(?:\.[\w-]+)+)?)(?:\s*\(([^()@]{2,40})\))?/u;
/**
 * "Charity Majors' talk", "Kaspar Weber (@kweber) on", "Ingrid Solheim (Equinor) talk about",
 * "Lars Øvrebø and Kari Nordmann (both Visma) did a joint session called", "Troy Hunt's keynote,":
 * the people right before a quoted title, and the company in parentheses after them.
 */
const NAME_BEFORE =
  /(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'-]+){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2})?)(?:\s+\((?:both\s+)?([^()@]{2,40})\))?(?:['’]s?\s+(?:(?:opening|closing)\s+)?(?:talk|keynote|session|presentation|lightning talk),?|\s*(?:\(@[\w.-]{1,30}\))?\s+(?:on|about|presenting|presented|gave)|\s+(?:talk(?:ed)?|sp[eo]ak|spoke)\s+(?:on|about)|\s+(?:gave|presented|delivered|did)\s+(?:a|an|the|his|her|their)\s+(?:(?:opening|closing|joint)\s+)?(?:talk|keynote|session|presentation|lightning talk)\s+(?:called|titled|named|on|about))\s*$/u;

/** "from Jane Doe and John Roe titled ": the people a talk is from, before its title. */
const TITLED =
  /\b(?:from|by|with)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2})?),?\s+(?:titled|called|entitled)\s*$/u;

/**
 * The verbs that end a speaker's name in a sentence ("by Jo Park was great"), and the German ones
 * after "von" ("von Markus Weber war sehr gut").
 */
const AFTER_NAME =
  'was|is|who|gave|showed|talked|opened|closed|walked|explained|argued|spoke|kicked|made|told|set|started|took|stole|blew|got|war|ist|hat|zeigte|erklärte';

/**
 * ", was given by Jane Doe from Acme Corp." — the name and company end at a verb or a stop; a
 * company named by its domain keeps it ("from Toggle.io").
 */
const BY_NAME = new RegExp(
  String.raw`^\s*,?\s*(?:(?:was|is)\s+)?(?:(?:given|presented|delivered)\s+)?(?:by|von|door|par|por)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\.(?:io|ai|dev|app|com|co|net|org|cloud|tech)(?!\p{L}))?(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))?(?=[.,;:!?]|\s+(?:${AFTER_NAME})\b|\s*$)`,
  'u',
);

/**
 * "by Jane Doe", "— Daan Mulder (Bolwerk)", "- Thomas Graf (Migros)", "von Felix Braun (Ionos)":
 * where the speakers' part starts (`von`, `door`, `par`, `por` are "by" after a quoted title;
 * so are `de`, `di` and "with" before a capital: "*"Deno 2 en producción"*, de Marina Gil").
 */
const BY_LEAD =
  /^\s*,?\s*(?:(?:(?:(?:was|is)\s+)?(?:(?:given|presented|delivered|moderated|hosted|chaired|led)\s+)?(?:by|von|door|par|por)|[—–]|-(?=\s))\s+(?=\S)|(?:de|di|da|with|con|avec|mit|com|met)\s+(?=\p{Lu}))/u;
/** Where the speakers' part after "by" ends: a sentence's end ("Dr." is none), or a verb. */
const NAMES_END = new RegExp(
  String.raw`(?<!(?:^|\s)(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Jr|Sr|\p{Lu}))[.;!?](?:\s|$)|\s+(?:${AFTER_NAME}|had|did)\b|(?<=\))\s+(?=\p{Ll})`,
  'u',
);

/**
 * "by Tunde Bakare (Cloudflare).", "by Dr. Keiko Tanaka of Honeycomb.", "by Chad O'Brien and Elena
 * Sokolova": the people after "by", read as a speaker line is, up to where the sentence goes on.
 */
function byNames(after: string): Speaker[] | undefined {
  const lead = BY_LEAD.exec(after);
  if (!lead) return undefined;
  const rest = after.slice(lead[0].length);
  const end = rest.search(NAMES_END);
  const text = (end >= 0 ? rest.slice(0, end) : rest).trim();
  if (text.length > 120) return undefined;
  // "by Jo Park, which was great": the name before a comma that goes on.
  const comma = text.indexOf(', ');
  const named =
    parseSpeakerText(text) ?? (comma > 0 ? parseSpeakerText(text.slice(0, comma)) : undefined);
  return named?.every((speaker) => speaker.name) ? named : undefined;
}
