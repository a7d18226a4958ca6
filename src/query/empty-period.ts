import type { Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { MONTHS } from './dates.ts';
import { editionYears } from './edition-years.ts';
import type { DaySteps } from './empty-day.ts';
import type { EventWords } from './event-words.ts';
import { YEAR } from './event-years.ts';
import { kindAsked } from './kind-step.ts';
import { kindYears } from './kind-years.ts';
import { monthsKnown } from './period-months.ts';
import type { Plan } from './plan.ts';
import { clean } from './relax-filters.ts';
import { understand } from './understand.ts';
import { yearsDated } from './unknown-years.ts';

/** Most months or years offered where the one asked has no talk. */
const OFFERED = 5;

/** What reading a month or year no talk is of needs of the `Resolver`. */
export interface PeriodSteps extends DaySteps {
  /** Which words name events: "qcon in 2019" asks for an edition, no subject. */
  readonly eventWords: EventWords;
  /** The question as a whole is read: its subject alone, once the month or year is left out. */
  resolve(text: string, event: string | undefined): Plan;
}

/**
 * "Talks in september 2024", "talks from 2031", "kafka talks in 2031": a month, a year or both
 * (and a subject that finds nothing either: `relaxed`, tried first, lists the subject's talks
 * without the year where it finds some) where no talk is. Said so, offering the months (or
 * years) the notes have talks in, newest first, never a bare "no match"; and where the notes give
 * their talks years only, no month, said plainly, with those years (the talks of the year asked,
 * where it is one of them). Undefined where the question asks more.
 */
export function emptyPeriod(
  text: string,
  event: string | undefined,
  steps: PeriodSteps,
): Plan | undefined {
  // Cheap first: a year or a month's name must be in the question at all.
  if (!/\d{4}|[a-z]{3}/i.test(text)) return undefined;
  const question = understand(text);
  const month = question.day?.kind === 'month';
  const byYear = question.by && YEAR.test(question.by.name) ? question.by.name : undefined;
  if ((question.day && !month) || question.part || question.clock) return undefined;
  const names = (word: string) => steps.eventWords.names(word);
  // "The talk at qcon in 2019": an event and a year read as a company nobody is, are the when.
  const byWords = question.by && !byYear ? words(question.by.name) : [];
  const byEvent =
    byWords.length > 0 &&
    byWords.some((word) => YEAR.test(word)) &&
    byWords.every((word) => LEADS.has(word) || YEAR.test(word) || names(word));
  if (question.by && !byYear && !byEvent) return undefined;
  const read = byEvent ? `${question.rest} ${byWords.join(' ')}` : question.rest;
  const rest = steps.reader.queryWords(read, names).map((q) => q.word);
  const years = rest.filter((word) => YEAR.test(word));
  if (byYear) years.push(byYear);
  if (!month && years.length === 0) return undefined;
  // "Workshops in march 2031": a kind of session is no subject, however the reader took it.
  const kindNamed = kindAsked(text);
  const kindWords = new Set(kindNamed ? words(kindNamed.said) : []);
  // "What was on at qcon in 2019": an event's name beside the year is no subject either.
  const subject = rest.some((word) => !YEAR.test(word) && !kindWords.has(word) && !names(word));
  const [year] = years;
  const known = monthsKnown(steps.library, event);
  const had = yearsDated(steps.library);
  // "Talks in september 2024" over notes that give only years: said so, with those years.
  const monthless =
    month && had.size > 0 && (!known.any || (!!year && had.has(year) && !known.years.has(year)));
  // "Talks in march" over notes that date talks by their day only: those days (`emptyDay`).
  const offered = month && !monthless ? monthsOf(steps.library, event) : [];
  if (month && !monthless && !year && offered.length === 0) return undefined;
  // "Harbourdev 2023" (2023 another event's year, or none's): HarbourDev's years, not the notes'.
  const edition =
    !month && !event && year ? editionYears(rest, steps.eventWords, steps.library) : undefined;
  const all = yearsOf(steps.library);
  // Where the event's years are all the notes', "talks from 2016" says as much, more simply.
  const own = edition && edition.years.length < all.length ? edition : undefined;
  const suggestions = (
    offered.length > 0
      ? offered
      : own
        ? own.years.map((y) => `talks at ${own.word} in ${y}`)
        : all.map((y) => `talks from ${y}`)
  ).slice(0, OFFERED);
  const unknown = monthless ? 'months' : 'periods';
  // "Keynotes in 2016" over notes of 2016 that mark no keynote: the kind is what is missing.
  const kind = subject ? undefined : kindNamed;
  const asked = question.day?.kind === 'month' ? MONTHS[question.day.month - 1] : undefined;
  if (kind && hasTalks(asked, years, had, offered))
    return { kind: 'none', suggestions: [], unmatched: [kind.said] };
  // "Keynotes in 2031": the years the notes have such talks in, or, where they have none of
  // the kind, that it is missing as well.
  if (kind && !monthless) {
    const ofKind = kindYears(steps.resolve(kind.said, event), steps.library);
    if (ofKind.length === 0) return { kind: 'none', suggestions, unknown, unmatched: [kind.said] };
    const byKind = ofKind.slice(0, OFFERED).map((y) => `${kind.said} from ${y}`);
    return { kind: 'none', suggestions: byKind, unknown };
  }
  if (subject) {
    // "Kafka talks in 2031": no talk of that time, and none of the subject at any time either.
    // Only once a month or year was left out ("qcon-2016" keeps its year): each reading is
    // shorter than the one before.
    const less = periodLess(text);
    if (less === clean(fold(text))) return undefined;
    const alone = steps.resolve(less, event);
    if (alone.kind !== 'none' || alone.unknown || alone.person || alone.place) return undefined;
    const words = alone.unmatched ?? rest.filter((word) => !YEAR.test(word));
    // "Quantum talks in 2016", "… in june 2016" where that time has talks: only the subject is
    // missing, not the time.
    if (hasTalks(asked, years, had, offered))
      return { kind: 'none', suggestions: [], unmatched: words };
    return { kind: 'none', suggestions, unknown, unmatched: words };
  }
  if (monthless && year && had.has(year)) {
    // "Talks in april 2025" over notes of 2025 that give no month: that year's talks, saying so.
    const talks = steps.read(`talks from ${year}`, event);
    if (talks.kind === 'talks' && talks.total > 0)
      return { ...talks, scope: { ...talks.scope, unknown } };
  }
  if (suggestions.length === 0) return { kind: 'none', suggestions: [], unknown: 'dates' };
  return { kind: 'none', suggestions, unknown };
}

/** The question without its months and years, and the word that led each ("in", "from"…). */
function periodLess(text: string): string {
  const tokens = clean(fold(text)).split(' ');
  const period = (token: string | undefined) =>
    !!token && (YEAR.test(token) || MONTHS.includes(token));
  return tokens
    .filter((token, at) => !period(token) && !(LEADS.has(token) && period(tokens[at + 1])))
    .join(' ');
}

const LEADS = new Set(['in', 'from', 'of', 'during', 'at', 'on', 'since']);

/** The months the notes date talks in (of the event asked about), newest first: "talks in june 2016". */
function monthsOf(library: Library, event: string | undefined): string[] {
  const months = new Set<string>();
  for (const talk of library.talks)
    if ((!event || talk.event === event) && talk.date && /^\d{4}-\d{2}/.test(talk.date))
      months.add(talk.date.slice(0, 7));
  return [...months]
    .sort()
    .reverse()
    .map((ym) => `talks in ${MONTHS[Number(ym.slice(5)) - 1]} ${ym.slice(0, 4)}`);
}

/** The years of the notes' events and talks, newest first. */
function yearsOf(library: Library): string[] {
  return [...yearsDated(library)].sort().reverse();
}

/** Whether the month (by name) and year asked, or the year alone, have talks in the notes. */
function hasTalks(
  month: string | undefined,
  years: string[],
  had: Set<string>,
  offered: string[],
): boolean {
  if (!month) return years.length > 0 && years.every((year) => had.has(year));
  const [year] = years;
  return offered.some((o) =>
    year ? o === `talks in ${month} ${year}` : o.startsWith(`talks in ${month} `),
  );
}
