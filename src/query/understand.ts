import type { Focus } from '../answer.ts';
import { fold } from '../search/analyze.ts';
import { isFiller, TALK_NOUNS } from '../search/question-words.ts';
import { withoutAskingWords } from './asking-words.ts';
import { withBareHour } from './bare-hours.ts';
import { findClockRange } from './clock-range.ts';
import { type DayPhrase, findDay } from './dates.ts';
import { type DayPart, findClock, findDayPart } from './day-parts.ts';
import { findBoth, findNegation, findNeither } from './negation.ts';
import { languageNamed } from './notes-language.ts';
import { findEventOrder, findNextTo, findOrder, findSameDay, type Order } from './order-words.ts';
import { findSameSlot } from './same-slot.ts';

/**
 * What a question in plain words asks for, read from its text alone (the library is consulted
 * later, when the names are resolved): which link or fact to put first, whose talks, which day,
 * and the words left to search for.
 */
export interface Question {
  focus?: Focus;
  /**
   * `talks by NAME`, `talks from COMPANY`, `what did NAME say about …`: a name as typed, and the
   * question to search instead when no speaker or company has that name ("talks of chaos").
   */
  by?: {
    name: string;
    prefer: 'speaker' | 'company';
    otherwise: string;
    /**
     * How the name was asked for: "by", "from", "at", "of" it, "what did it say", "did it
     * speak", "where does it work".
     */
    how: 'by' | 'from' | 'at' | 'of' | 'said' | 'did' | 'works';
  };
  day?: DayPhrase;
  /** "Which tools were recommended for secrets": the kind of answer, left out of the search. */
  answerKind?: string;
  /** "morning talks": talks whose time starts then. */
  part?: DayPart;
  /** "talks at 10:30": talks on at that time of day (minutes after midnight, and as shown). */
  clock?: { minutes: number; label: string; until?: number };
  /** "talks not about microservices", "anything except security": the talks those words find are left out. */
  excluding?: string;
  /** `excluding` came from "without", which titles use too ("Kubernetes without tears"). */
  without?: boolean;
  /** "Talks with neither slides nor video": only talks with no slides and no video. */
  lackingBoth?: boolean;
  /** "Security talks with slides", "which talks were recorded": only talks with that link. */
  having?: 'slides' | 'video';
  /** "Culture talks with video" where none of them has one: they are listed, saying so. */
  noneHas?: 'slides' | 'video';
  /** "Talks with both slides and video": only talks with both (`having` is the first named). */
  havingBoth?: boolean;
  /** "Talks without slides", "which talks weren't recorded": only talks without that link. */
  lacking?: 'slides' | 'video';
  /** "The first talk on day 2", "the closing keynote": one end of the schedule. */
  order?: Order;
  /** "The closing keynote": the order's talk must open (or close) its day. */
  orderEnds?: boolean;
  /** "The newest talk", "recent talks": one talk, or all, of the newest (or oldest) event. */
  orderAcross?: 'one' | 'all';
  /** "The newest conference": the latest (or earliest) event. */
  eventOrder?: Order;
  /** "What came after the rust talk": the talk next to that one. */
  nextTo?: { side: 'after' | 'before'; target: string; around: string };
  /** "What was on the same day as the keynote": the talk whose day is asked about. */
  sameDayAs?: string;
  /** "What clashes with the pact talk": the talk whose slot is asked about (`same-slot.ts`). */
  sameSlotAs?: string;
  /** The question names talks (`security talks`): a topic word is then read as the topic. */
  talkNoun: boolean;
  /** The words left to search for, folded, filler words still in (phrases need them). */
  rest: string;
}

const FOCUS: [RegExp, Focus][] = [
  [/\b(slides?|slide\s*decks?|decks?)\b/, 'slides'],
  [/\b(videos?|recordings?|recorded|youtube|watch)\b/, 'video'],
  [/\b(links?|urls?)\b/, 'links'],
];
/** What is left of "the video of …", "slides for …" once the link's word is gone. */
const LINK_OF = /^\s*(?:(?:the|a)\s+)?\s*(?:of|for|from)\s+(?:the\s+talk\s+)?/;
/** "Talks mentioning friday", "which talk said friday": the word, not the day to look in. */
const SAYS_WEEKDAY =
  /\b(?:mention(?:s|ed|ing)?|say(?:s|ing)?|said|with\s+the\s+word)\s+(?:the\s+word\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/;
/** "microservices without uber": left out, unless a title says "without" so (see `Resolver`). */
const WITHOUT = /\s*\bwithout\s+(.+)$/;
/** "non-microservices talks": the talks of that word are left out. */
const NON = /\bnon-?([a-z][\w-]*)\s+(?=(?:talks?|sessions?|presentations?)\b)/;
/**
 * "talks with no slides", "which talks didn't have a video", "slides but no video", "talks that
 * weren't recorded": the talks must lack the link. Read before `HAVING`, which "have slides" in
 * "didn't have slides" would match.
 */
const LACKING =
  /\b(?:(?:that|which|who)\s+)?(?:(?:with\s+)?no|without(?:\s+(?:a|an|any))?|lacking|missing|(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:have|has|had|got|get)(?:\s+(?:a|an|any|their|its))?|(?:have|has|had)\s+no|(?:have|has|had)(?:n['’]?t|\s+not)\s+(?:got\s+)?(?:a|an|any)?)\s*(?:(slides?|slide\s*decks?|decks?)|videos?|recordings?)\b|\b(?:(?:that|which)\s+)?(?:were|was|are|is)(?:n['’]?t|\s+not)\s+(?:being\s+)?recorded\b|\b(?:not|never)\s+recorded\b|\bunrecorded\b/;
/**
 * "Are the videos online?", "have the slides been posted yet?", "when will the recordings be
 * out": whether the links are there, asked of the links themselves. The talks with them answer.
 */
const PUBLISHED =
  /(?<=\b(?:are|is|were|was|have|has|will|when)\b.*)\b(?:the\s+)?(?:(slides?|slide\s*decks?|decks?)|videos?|recordings?)\s+(?:(?:been|be|already|now|all|yet|finally|ever)\s+)*(?:online|up|out|on\s+youtube|published|posted|uploaded|released|shared)\b/;
/** "with slides", "that have a video", "which were recorded": the talks must have the link. */
const HAVING =
  /(?<=\b(?:are|is|were|was)\b.*)\b(?:talks?|sessions?|keynotes?|they|it)\s+(?:(?:already|now|all)\s+)?(?:online|up\s+online|on\s+youtube|available\s+online)\b|\b(?:(?:that|which|who)\s+)?(?:with|having|has|have|had|got|including)\s+(?:a\s+|an\s+|any\s+|some\s+|the(?:ir)?\s+|its\s+)?(?:(slides?|slide\s*decks?|decks?)|videos?|recordings?)\b|\b(?:(?:that|which)\s+)?(?:were|was|got|been|are|is)\s+(?:being\s+)?recorded\b|\brecorded\s+(?:talks?|sessions?|presentations?|keynotes?)\b/;
const SPEAKERS =
  /^(?:who|whom|whos)\b|\b(?:which|what)\s+(?:person|persons|people|guy|woman|man|folks?)\b|\bspeakers?\b|\b(?:which|what)\s+compan(?:y|ies)\b|\b(?:which|what)\s+speakers?\b|\bspeakers?\s+(?:of|for|at|on)\b|\bwho\s+(?:spoke|talked|presented|gave|was|were|is|did)\b/;
const NOUN = '(?:talks?|sessions?|presentations?|keynotes?|lectures?|anything|something)';
/** Kinds of session a name follows as a talk's does: "workshops by Jo Park", "panels at X". */
const SESSION_KINDS = '(?:workshops?|panels?|chats?|ignites?)';
/** Words for a person who spoke: "the woman from uber", "the guy at netflix". */
const PERSON =
  'anyone|anybody|someone|somebody|people|folks|guys?|gals?|wom[ae]n|m[ae]n|lad(?:y|ies)|girls?|dudes?|persons?|speakers?|presenters?|engineers?';
/**
 * "talks by NAME", "anyone from COMPANY", "who works at COMPANY", "the woman from uber"; working
 * "from home" or "at the office" is where, no company.
 */
const BY = new RegExp(
  `(?:^|\\b(?:${NOUN}|${SESSION_KINDS}|${PERSON}|works?|worked|working)\\s+)(by|from|at)\\s+(?!(?:home|the\\s+office|anywhere)\\b)(.+)$`,
);
/** "Which company did Emily work for", "where does Ryan work": a speaker, for their company. */
const WORKS =
  /\b(?:(?:which|what)\s+compan(?:y|ies)|where)\s+(?:did|does|do|is|was|were)\s+(.+?)\s+(?:work(?:s|ed|ing)?(?:\s+(?:for|at|with))?|from|with)\s*$/;
/** A speaker named by a pronoun only. */
const PRONOUN = /^(?:he|she|they|him|her|them|the\s+speakers?|that\s+speaker|this\s+speaker)$/;
const OF = new RegExp(`\\b${NOUN}\\s+of\\s+(.+)$`);
const SAID =
  /\bwhat\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|said|talk|speak|present|tell|share|show|teach)\b(.*)$/;
/** "Did Martin Fowler speak anywhere", "has Rahul talked about kafka": a speaker asked about. */
const DID =
  /^(?:so\s+)?(?:did|does|has|have)\s+(.+?)\s+(?:speak|talk|present|give\s+(?:a\s+)?talks?|spoken|talked|presented|given\s+(?:a\s+)?talks?)\b(.*)$/;
const VIA = new RegExp(
  `^(?:(?:the|a|an|any|some)\\s+)?(?:${PERSON}|developers|team)\\s+(?:from|at|of)\\s+(.+)$`,
);
/** "Is anyone from microsoft speaking": the verb after the name, no word of it. */
const SPEAKING_AFTER = /\s+(?:speaking|talking|presenting|speak|talk|present)\s*$/;
/** "What did the uber speaker say": the company before the word for its person. */
const VIA_BEFORE = new RegExp(`^(?:the\\s+)?(.+?)\\s+(?:${PERSON}|team)$`);
/**
 * "Did Felix speak twice", "has Jane spoken every year", "did Jane talk about kafka every year":
 * how often, which the speaker's talks (with their events and years) answer; no words to search.
 */
const HOW_OFTEN =
  /(?:^|\s)(?:twice|again|often|more\s+than\s+once|(?:several|many|multiple|two|three)\s+times|(?:every|each)\s+(?:single\s+)?(?:year|time|edition|conference|event)|at\s+(?:every|each)\s+(?:edition|conference|event|one))\b/g;
/** What follows a name: "talks by Ryan Lane about secrets". */
const ABOUT = /\s+(?:about|on|regarding|around|concerning)\s+/;

/** "Which tools were …", "what problems did …": the kind of answer wanted, before a verb. */
const ANSWER_KIND =
  /\b(?:which|what)\s+([a-z]+)\s+(?=(?:were|was|are|is|did|do|does|have|has|got|get|should|could|would)\b)/;

/**
 * "Which day the netflix talk", "what time the keynote", "which room for the kafka talk": a fact
 * of a talk asked with no verb, as "which day was the netflix talk" asks it (chat drops the verb).
 */
/** The facts of when a talk was, which its card gives: never words to search. */
const WHEN_WORDS = new Set(['day', 'date', 'time']);

// "Which day had the go talks": `had` too, which is no verb of `ANSWER_KIND` ("which talks had …").
const FACT_OF_TALK = /\b(?:which|what)\s+(day|date|time|room|track)\s+(?=(?:the|for|of|had|has)\b)/;

/**
 * `days: false` reads "fridays" as a word, for a question whose day no talk was given on;
 * `kinds: false` keeps "tools" in "which tools were …" as a word, for when nothing else is asked.
 */
export function understand(
  text: string,
  options: { days?: boolean; kinds?: boolean; without?: boolean } = {},
): Question {
  // "at 10:30" before the punctuation goes: a time of day, not the words "10" and "30".
  // "über microservices": "über" written so, before more words, is German for "about", which
  // folding would make the company Uber.
  text = text.replace(/(^|\s)über\s+(?=\p{L})/giu, '$1');
  const clock = options.days === false ? undefined : clockOf(fold(text));
  let rest = withoutAskingWords(clock ? clock.rest : fold(text));
  const question: Question = { talkNoun: false, rest };

  // "Who spoke after Priya on day 1": the day tells which of Priya's talks, so it stays with
  // the words around the one named, read before the day is taken out.
  const next = findNextTo(rest);
  if (next) {
    question.nextTo = { side: next.side, target: next.target, around: next.rest };
    rest = next.rest;
  }
  // "Talks not on monday", "anything except day 1": the day is left out (as words are), never
  // the day asked for; a day before the negation still is.
  const negated = findNegation(rest);
  const kept = negated && findDay(negated.words) ? rest.slice(0, negated.index) : rest;
  const dated = options.days === false || SAYS_WEEKDAY.test(rest) ? undefined : findDay(kept);
  if (dated) {
    question.day = dated.day;
    rest = `${dated.rest} ${rest.slice(kept.length)}`.trim();
  }
  // "The talk right after lunch": the first of the afternoon (the last of the morning, before).
  const nextToLunch = NEXT_TO_LUNCH.exec(rest);
  if (nextToLunch)
    rest = rest.replace(/\b(?:right|just|immediately|straight)\s+(?=before|after)/, '');
  const part = options.days === false ? undefined : findDayPart(rest);
  if (part) {
    question.part = part.part;
    rest = part.rest;
  }
  if (clock)
    question.clock = {
      minutes: clock.minutes,
      label: clock.label,
      ...('until' in clock ? { until: clock.until as number } : {}),
    };
  rest = readOrder(question, rest);
  if (part && nextToLunch && !question.order)
    question.order = part.part === 'morning' ? 'last' : 'first';
  const neither = findNeither(rest);
  const lacking = neither ? null : LACKING.exec(rest);
  if (neither) {
    question.lackingBoth = true;
    rest = `${rest.slice(0, neither.index)} ${rest.slice(neither.index + neither.length)}`.trim();
  }
  if (lacking) {
    question.lacking = lacking[1] ? 'slides' : 'video';
    rest =
      `${rest.slice(0, lacking.index)} ${rest.slice(lacking.index + lacking[0].length)}`.trim();
  }
  // `without: false`: words a title says ("… without tears", "… that wasn't an attack").
  const except = options.without === false ? undefined : findNegation(rest);
  const without = except || options.without === false ? null : WITHOUT.exec(rest);
  // "non-english talks": a language, read with the others (`inLanguage`), not words left out.
  const nonWords = except || without ? null : NON.exec(rest);
  const non = nonWords && languageNamed(nonWords[1] as string) ? null : nonWords;
  const excluded = except?.words ?? without?.[1] ?? non?.[1];
  if (excluded) {
    question.excluding = excluded;
    if (without) question.without = true;
    const at = except ?? ((without ?? non) as RegExpExecArray);
    rest = non
      ? `${rest.slice(0, non.index)} ${rest.slice(non.index + non[0].length)}`
      : rest.slice(0, at.index);
  }
  const both = neither || lacking ? undefined : findBoth(rest);
  if (both) {
    question.having = both.first;
    question.havingBoth = true;
    question.focus = both.first;
    rest = `${rest.slice(0, both.index)} ${rest.slice(both.index + both.length)}`.trim();
  }
  const having = both ? null : (PUBLISHED.exec(rest) ?? HAVING.exec(rest));
  if (having) {
    question.having = having[1] ? 'slides' : 'video';
    // "talks by Jane with video": where none has one, each card says it is missing.
    question.focus = question.having;
    // "talks by Ryan Lane with slides": the phrase is no part of the name or the words.
    rest = `${rest.slice(0, having.index)} ${rest.slice(having.index + having[0].length)}`.trim();
  }
  if (SPEAKERS.test(rest)) question.focus = 'speakers';
  // The first link asked for leads; every one is a way of asking ("link to the … slides").
  for (const [pattern, focus] of FOCUS) {
    if (!pattern.test(rest)) continue;
    question.focus ??= focus;
    rest = rest.replace(new RegExp(pattern.source, 'g'), ' ');
  }
  // "the video of nothing is something": the words after the link are the talk, as typed (a
  // title of common words alone is found only whole).
  if (question.focus) rest = rest.replace(LINK_OF, '');

  const kind = options.kinds === false ? null : (ANSWER_KIND.exec(rest) ?? FACT_OF_TALK.exec(rest));
  // "What they do not tell you" is a title, not a kind of answer: only nouns, never fillers.
  if (kind && !isFiller(kind[1] as string)) {
    // "What time was the keynote", "which day was the workshop": when a talk was is its card's
    // to say (`timeFocus`), no kind of answer to search for as a word.
    if (!WHEN_WORDS.has(kind[1] as string)) question.answerKind = kind[1] as string;
    rest = `${rest.slice(0, kind.index)} ${rest.slice(kind.index + kind[0].length)}`;
  }

  const before = rest;
  const works = WORKS.exec(rest);
  // "Where does he work?", "which company is she with": the speaker of the talk answered before,
  // whom a follow-up names (see `follow-up.ts`); no one called "he", nor talks saying "work".
  if (works && PRONOUN.test((works[1] as string).trim())) {
    question.focus ??= 'speakers';
    rest = rest.slice(0, works.index);
  } else if (works) {
    question.focus ??= 'speakers';
    question.by = {
      name: (works[1] as string).trim(),
      prefer: 'speaker',
      otherwise: before,
      how: 'works',
    };
    rest = rest.slice(0, works.index);
  }
  const said = works ? null : SAID.exec(rest);
  // "Did anyone from google talk about …" names no one: the words of the asking are no name.
  const didName = said || works ? null : DID.exec(rest);
  // "Did anyone from google speak": the company, whoever its people are.
  const didVia = didName?.[1] ? VIA.exec(didName[1]) : null;
  const did = didName?.[1]?.split(' ').some((word) => isFiller(word)) && !didVia ? null : didName;
  const by = said || works || did ? undefined : BY.exec(rest);
  const of = said || by || works || did ? undefined : OF.exec(rest);
  if (did) {
    // "Did Rahul speak about kafka at cloudcanal": his talks, about the words after.
    const name = (didVia?.[1] ?? (did[1] as string)).trim();
    question.by = didVia
      ? { name, prefer: 'company', otherwise: before, how: 'from' }
      : { name, prefer: 'speaker', otherwise: before, how: 'did' };
    rest = (did[2] ?? '').replace(/^\s*(?:about|on|regarding)\s+/, ' ').replace(HOW_OFTEN, ' ');
  } else if (said) {
    // "What did the speaker from uber say", "the uber folks": the company, whoever spoke for it.
    const name = (said[1] as string).trim();
    question.by = {
      name: (VIA.exec(name)?.[1] ?? VIA_BEFORE.exec(name)?.[1] ?? name).trim(),
      prefer: 'company',
      otherwise: before,
      how: 'said',
    };
    rest = `${rest.slice(0, said.index)} ${said[2] ?? ''}`;
  } else if (by || of) {
    const match = (by ?? of) as RegExpExecArray;
    const named = (by ? by[2] : match[1]) ?? '';
    const [said = '', about = ''] = named.split(ABOUT, 2);
    // "talks by people from Google": the company, whoever its people are.
    const via = VIA.exec(said);
    const name = (via?.[1] ?? said).replace(SPEAKING_AFTER, '');
    // "by" names a speaker first; "from" and "of" a company first.
    const prefer = by?.[1] === 'by' && !via ? 'speaker' : 'company';
    // "Who works at Google": at a company, as "from" says; "talks at kubecon" is an event.
    const working = by && by[1] === 'at' && /^\s*(?:works?|worked|working)\b/.test(by[0]);
    const how = working ? 'from' : by ? (by[1] as 'by' | 'from' | 'at') : 'of';
    // Its words searched where no speaker is from it: the company's, not "works" ("who works at
    // Google" where a talk says "a Google engineer").
    const otherwise = working
      ? before.replace(/\b(?:works?|worked|working)\s+at\b/, 'from')
      : before;
    question.by = { name: name.trim(), prefer, otherwise, how };
    rest = `${rest.slice(0, match.index)} ${about}`;
  }
  question.talkNoun = before.split(' ').some((word) => TALK_NOUNS.has(word));
  question.rest = rest.replace(/\s+/g, ' ').trim();
  if (question.by && question.by.name === '') delete question.by;
  return question;
}

/** "Right after lunch", "the talk before lunch": one talk next to lunch, not a half of the day. */
const NEXT_TO_LUNCH =
  /\b(?:(?:right|just|immediately|straight)\s+(?:before|after)|(?:the|which|what)\s+(?:talk|session|one)\s+(?:was\s+|came\s+|is\s+)?(?:on\s+)?(?:before|after))\s+(?:the\s+)?lunch\b/;

/** Ordinals and places in the schedule ("the first talk", "after the rust talk"): no words to search. */
function readOrder(question: Question, text: string): string {
  let rest = text;
  const same = question.nextTo ? undefined : findSameDay(rest);
  if (same) {
    question.sameDayAs = same.target;
    rest = same.rest;
  }
  const slot = question.nextTo || same ? undefined : findSameSlot(rest);
  if (slot) {
    question.sameSlotAs = slot.target;
    rest = slot.rest;
  }
  const events = findEventOrder(rest);
  if (events) {
    question.eventOrder = events.order;
    rest = events.rest;
  }
  const order = findOrder(rest);
  if (order) {
    question.order = order.order;
    if (order.ends) question.orderEnds = true;
    if (order.across) question.orderAcross = order.across;
    rest = order.rest;
  }
  return rest;
}

/** The time or span of the day a question names, a bare hour ("what's at 11") included. */
function clockOf(folded: string) {
  const timed = withBareHour(folded) ?? folded;
  return findClockRange(timed) ?? findClock(timed);
}
