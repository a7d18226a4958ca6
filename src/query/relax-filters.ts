import type { Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { relatedTo } from '../search/related-words.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import { escapeRegExp, truncate } from '../text.ts';
import { spanAsTyped } from './asked-forms.ts';
import { findDay } from './dates.ts';
import { findClock, findDayPart } from './day-parts.ts';
import type { Directory } from './directory.ts';
import { editionYears } from './edition-years.ts';
import type { EventWords } from './event-words.ts';
import { YEAR } from './event-years.ts';
import { isParagraph } from './follow-up.ts';
import { kindAsked } from './kind-step.ts';
import type { Plan } from './plan.ts';
import type { QueryReader } from './query-words.ts';
import { daysUnsaid, undatedEvents } from './undated-events.ts';
import { understand } from './understand.ts';

/** What relaxing a question's filters needs of the `Resolver`. */
export interface RelaxSteps {
  read(text: string, event: string | undefined): Plan;
  readonly directory: Directory;
  readonly eventWords: EventWords;
  readonly reader: QueryReader;
  readonly index: TalkIndex;
  readonly library: Library;
  /** The asked years nothing in the notes is from: filters, as an event's name is. */
  yearsOfNothing(query: readonly QueryWord[]): string[];
}

/** Longest words left out that an answer says back. */
const DROPPED_MAX = 80;

/** A word before a filter that belongs to it: "on day 2", "at kubeharbor", "in 2024". */
const BEFORE = new Set(['on', 'in', 'at', 'during', 'from', 'of', 'by']);

/** The question with one filter left out, and the words it was asked with. */
export interface Without {
  text: string;
  dropped: string;
}

/**
 * "Talks by Rahul Menon on day 2", "kafka talks on day 2 at cloudcanal": several filters (a day
 * or a time, an event or a year, a speaker or company, a subject) that no talk passes together.
 * The question asked again without one of them, in turn (the day first, then the event, the
 * subject where a speaker is named, the speaker last), and the first that finds talks is the
 * answer, saying which words it left out (`dropped`). The link filter falls back by itself (see
 * `narrowByFilters`). Undefined when one filter or none was asked, or no single one empties it.
 */
export function relaxed(
  text: string,
  event: string | undefined,
  steps: RelaxSteps,
): Plan | undefined {
  const typed = clean(fold(text));
  const tokens = typed.split(' ');
  const question = understand(text);
  const drops: (Without | undefined)[] = [];
  drops.push(timeLess(tokens, question.day || question.part || question.clock ? typed : ''));
  // "Frontend Lagoon": an event's whole name, then the words that name events alone.
  const whole = steps.eventWords.wholeNames(question.rest);
  const rest = whole?.rest ?? question.rest;
  const query = steps.reader.queryWords(rest, (word) => steps.eventWords.names(word));
  const found = steps.eventWords.split(query);
  // "Security talks in 2021" where no talk is from 2021: the year is a filter all the same.
  const nothing = new Set(steps.yearsOfNothing(found.rest));
  // "Keynotes at cloud tage": a name typed in two, "cloud" of which alone is a subject.
  const halves = new Set(typedInTwo(words(rest), steps.eventWords));
  const split = {
    ...found,
    named: [...new Set([...found.named, ...nothing, ...halves])],
    rest: found.rest.filter((q) => !nothing.has(q.word) && !halves.has(q.word)),
  };
  const wholeWords = whole ? diff(words(question.rest), words(whole.rest)) : [];
  const undated = undatedEvents(question, [...split.byName, ...(whole?.events ?? [])], steps);
  const unsaidDays = undated && daysUnsaid(drops[0], undated, event, steps);
  if (unsaidDays) return unsaidDays;
  // "Talks in march 2025": a year beside a day or month is one "when", no filter of its own.
  const when = drops[0] !== undefined;
  // "At pylakes" read as a company nobody is, "by Amira Haddad in 2025": the event or year
  // the name took in is a filter of its own, wherever in the question it stands.
  const own = question.by ? ownName(question.by, steps) : { named: [] };
  const person = own.person;
  // "What was the talk at qcon in 2019": a year no talk is of, taken in with the event.
  for (const year of steps.yearsOfNothing(own.named.map((word) => ({ word })))) nothing.add(year);
  const yearsOnly =
    wholeWords.length === 0 && [...split.named, ...own.named].every((word) => YEAR.test(word));
  if (!(when && yearsOnly)) {
    const eventNamed = [...split.named, ...wholeWords, ...own.named];
    // "At devnorth in 2025": the year left out first, then the event with it.
    const years = eventNamed.filter((word) => YEAR.test(word));
    if (years.length > 0 && years.length < eventNamed.length) drops.push(eventLess(tokens, years));
    drops.push(eventLess(tokens, eventNamed));
  }
  // A word no talk has ("lief" of "was lief an Tag 2", read as "life") makes the answer no
  // answer to the rest: the plain "no match" stands.
  // As typed, too: "hotel" read as the notes' "hot" and a Spanish "el" is no subject of theirs.
  const typedWords = words(rest).filter((word) => !isFiller(word) && !/^\p{N}+$/u.test(word));
  const named = new Set(split.named);
  const unsaid =
    !split.rest.every((q) => steps.index.knows(q)) ||
    !typedWords.every(
      (word) =>
        named.has(word) ||
        steps.index.frequency(word) > 0 ||
        steps.reader.isSynonym(word) ||
        relatedTo(word).length > 0,
    );
  // "Workshops in 2031": a kind of session is no subject to keep while the year is left out
  // (`emptyPeriod` names the years the notes have workshops in).
  const kind = new Set(words(kindAsked(text)?.said ?? ''));
  const subject = split.rest
    .map((q) => q.word)
    .filter((word) => !/^\p{N}+$/u.test(word) && !kind.has(word));
  // "What did Daniel Bryant say about cargo culting": a speaker asked about by name is still the
  // answer where the notes never say the subject; only the subject is left out, and said to be.
  // A long message tells a story around its question, whose words no talk needs to have: a
  // year of it ("I was there last year") is still a filter to let go.
  if (unsaid && !isParagraph(text))
    return person ? unsaidBeside(tokens, subject, text, event, steps) : undefined;
  // Subject words left out only beside a speaker: "security talks by Rahul" are his other talks.
  if (person) drops.push(wordsLess(tokens, subject));
  if (person) drops.push(personLess(typed, person));
  const filters =
    drops.filter((drop) => drop !== undefined).length + (!person && subject.length > 0 ? 1 : 0);
  if (filters < 2) return undefined;
  // "What was on at qcon in 2019": a year no talk is of, beside nothing but an event, is the
  // question; its talks of other years are no answer to it (`emptyPeriod` names the years).
  if (nothing.size > 0 && subject.length === 0 && !person && !when) return undefined;
  // "Kelpconf 2024", its one edition of 2022 and 2024 another event's: typed as an edition's
  // name, it is that edition, which the notes lack (`emptyPeriod` names the event's years),
  // never the event's talks "without 2024".
  if (bareEdition(tokens, split.named, steps)) return undefined;
  for (const drop of drops) {
    const plan = withoutDrop(drop, text, event, steps);
    if (plan) return plan;
  }
  return undefined;
}

/** Whether the question is an event's name and a year none of its editions is of, and no more. */
function bareEdition(tokens: string[], named: string[], steps: RelaxSteps): boolean {
  return (
    tokens.every((token) => named.includes(token) || token === 'in') &&
    editionYears(named, steps.eventWords, steps.library) !== undefined
  );
}

/** The question read again without one filter, when that finds talks, saying what it left out. */
function withoutDrop(
  drop: Without | undefined,
  text: string,
  event: string | undefined,
  steps: RelaxSteps,
): Plan | undefined {
  if (!drop || drop.text.trim() === '') return undefined;
  const plan = steps.read(drop.text, event);
  if (plan.kind !== 'talks' || plan.total === 0) return undefined;
  const dropped = truncate(spanAsTyped(text, drop.dropped) ?? drop.dropped, DROPPED_MAX);
  // Titled as typed ("Talks by Ryan Lane"), where the words left out are found so.
  const words = plan.scope.kind === 'search' && plan.scope.words === drop.text;
  const typedRest = words ? typedWithout(text, drop.dropped) : undefined;
  return {
    ...plan,
    scope: { ...plan.scope, dropped, ...(typedRest ? { words: typedRest } : {}) },
  };
}

/**
 * A speaker's talks, the subject asked beside them left out, where no talk says the subject:
 * never another filter left out instead, which would leave a word no talk has.
 */
function unsaidBeside(
  tokens: string[],
  subject: string[],
  text: string,
  event: string | undefined,
  steps: RelaxSteps,
): Plan | undefined {
  return withoutDrop(wordsLess(tokens, subject), text, event, steps);
}

type By = NonNullable<ReturnType<typeof understand>['by']>;

/**
 * The speaker or company a question names, and the words beside it that name events or years
 * ("amira haddad at pylakes": Amira Haddad, and "pylakes"; "pylakes by amira haddad" too;
 * "pylakes" alone, no company of that name: the event only). No person where the name is
 * nobody's, whatever is beside it.
 */
function ownName(by: By, steps: RelaxSteps): { person?: By; named: string[] } {
  if (steps.directory.byName(by.name, by.prefer)) return { person: by, named: [] };
  const all = words(by.name);
  // "Amira Haddad at pylakes in 2025": the events or years after the name.
  for (let cut = 0; cut < all.length; cut++) {
    const named = eventsOnly(all.slice(cut), steps);
    if (!named) continue;
    const head = all.slice(0, cut);
    while (head.length > 0 && BEFORE.has(head.at(-1) as string)) head.pop();
    if (head.length === 0) return { named };
    const name = head.join(' ');
    if (steps.directory.byName(name, by.prefer)) return { person: { ...by, name }, named };
  }
  // "Pylakes by Amira Haddad": the event before, the name after its own "by" or "from".
  for (let cut = 1; cut < all.length - 1; cut++) {
    const how = all[cut];
    if (how !== 'by' && how !== 'from') continue;
    const named = eventsOnly(all.slice(0, cut), steps);
    const name = all.slice(cut + 1).join(' ');
    const prefer = how === 'by' ? 'speaker' : 'company';
    if (named && steps.directory.byName(name, prefer))
      return { person: { ...by, name, how, prefer }, named };
  }
  return { named: [] };
}

/** These words, their "at" and "in" aside, when each names an event or a year; else none. */
function eventsOnly(list: string[], steps: RelaxSteps): string[] | undefined {
  const named = list.filter((word) => !BEFORE.has(word));
  if (named.length === 0) return undefined;
  const whole = steps.eventWords.wholeNames(named.join(' '));
  const loose = words(whole?.rest ?? named.join(' '));
  const nothing = new Set(steps.yearsOfNothing(loose.map((word) => ({ word }))));
  const halves = new Set(typedInTwo(loose, steps.eventWords));
  return loose.every(
    (word) => steps.eventWords.names(word) || nothing.has(word) || halves.has(word),
  )
    ? named
    : undefined;
}

/** Folded text without the punctuation questions end or break with (a time's colon stays). */
export function clean(text: string): string {
  return text
    .replace(/[?!,;"“”()[\]{}]+|:(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The question without its day, part of the day or time ("on day 2", "in the morning"). */
function timeLess(tokens: string[], typed: string): Without | undefined {
  if (!typed) return undefined;
  let rest = typed;
  for (const find of [findClock, findDay, findDayPart]) rest = find(rest)?.rest ?? rest;
  return spanLess(tokens, rest.replace(/\s+/g, ' ').trim().split(' '));
}

/** The question without the words that name events ("at kubeharbor", "in 2024"). */
/**
 * The words of an event's name typed in two ("cloud tage" of Cloud-Tage, "nordic infra"), both
 * halves: left out together, so "cloud" alone is not left to name a company (Cloudflare).
 */
function typedInTwo(typed: string[], names: EventWords): string[] {
  const halves: string[] = [];
  for (let i = 0; i + 1 < typed.length; i++) {
    const [word, next] = [typed[i] as string, typed[i + 1] as string];
    if (!names.names(word) || !names.names(next)) {
      if (names.names(`${word}${next}`)) halves.push(word, next);
    }
  }
  return halves;
}

function eventLess(tokens: string[], named: string[]): Without | undefined {
  return named.length > 0 ? wordsLess(tokens, named) : undefined;
}

/**
 * The question without a speaker or company: "by Rahul Menon" out, "what did Rahul say" made
 * "what was said".
 */
function personLess(typed: string, by: { name: string; how: string }): Without | undefined {
  const name = escapeRegExp(by.name);
  if (by.how === 'said') {
    // "What did the uber speaker say": the words around the name go with it.
    const said = new RegExp(
      `\\bwhat\\s+(?:did|does|do|has|have)\\s+((?:\\S+\\s+){0,3}?${name}(?:\\s+\\S+)?)\\s+(?:say|said|talk|speak|present|tell|share|show|teach)\\b`,
    );
    const found = said.exec(typed);
    return found
      ? { text: typed.replace(said, 'what was said'), dropped: found[1] as string }
      : undefined;
  }
  const phrase = new RegExp(`\\b${by.how}\\s+(?:the\\s+)?${name}\\b`);
  const found = phrase.exec(typed);
  if (!found) return undefined;
  return {
    text: `${typed.slice(0, found.index)} ${typed.slice(found.index + found[0].length)}`.trim(),
    dropped: found[0],
  };
}

/** The question without these words, each with the word before it that goes with it. */
function wordsLess(tokens: string[], list: string[]): Without | undefined {
  if (list.length === 0) return undefined;
  const wanted = new Set(list);
  const kept: string[] = [];
  const dropped: string[] = [];
  tokens.forEach((token, i) => {
    const own = words(token);
    if (own.length > 0 && own.every((word) => wanted.has(word))) {
      const before = kept.at(-1);
      if (before !== undefined && BEFORE.has(before) && i > 0 && tokens[i - 1] === before) {
        kept.pop();
        dropped.push(before);
      }
      dropped.push(token);
    } else kept.push(token);
  });
  return dropped.length > 0 ? { text: kept.join(' '), dropped: dropped.join(' ') } : undefined;
}

/** The question less the one span of its words `rest` does not have (with its "on", "at"). */
export function spanLess(tokens: string[], rest: string[]): Without | undefined {
  let head = 0;
  while (head < tokens.length && head < rest.length && tokens[head] === rest[head]) head++;
  let tail = 0;
  while (
    tail < tokens.length - head &&
    tail < rest.length - head &&
    tokens[tokens.length - 1 - tail] === rest[rest.length - 1 - tail]
  )
    tail++;
  // One span only: "on day 2 … in the morning" are two, and what is between them stays.
  if (head + tail >= tokens.length || head + tail !== rest.length) return undefined;
  let from = head;
  let to = tokens.length - tail;
  // "on at 11am at infranorth" less "11am at" is less "at 11am": the span its own word leads.
  while (from > 0 && tokens[from - 1] === tokens[to - 1]) {
    from--;
    to--;
  }
  if (from > 0 && BEFORE.has(tokens[from - 1] as string) && !BEFORE.has(tokens[from] as string))
    from--;
  return {
    text: [...tokens.slice(0, from), ...tokens.slice(to)].join(' '),
    dropped: tokens.slice(from, to).join(' '),
  };
}

/** The words of `all` that `rest` lacks (an event's whole name taken out). */
function diff(all: string[], rest: string[]): string[] {
  const left = new Set(rest);
  return all.filter((word) => !left.has(word));
}

/** Folded words as the question typed them ("by Rahul Menon"), where they can be found so. */
/** The question as typed less one span of its folded words, where it has them so; else none. */
function typedWithout(text: string, folded: string): string | undefined {
  const all = fold(text);
  const at = all.indexOf(folded);
  if (at < 0 || all.length !== text.length || all.indexOf(folded, at + 1) >= 0) return undefined;
  return `${text.slice(0, at)} ${text.slice(at + folded.length)}`
    .replace(/\s+([?!.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
