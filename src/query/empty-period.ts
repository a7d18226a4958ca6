import type { Library } from '../model.ts';
import { MONTHS } from './dates.ts';
import type { DaySteps } from './empty-day.ts';
import { YEAR } from './event-words.ts';
import type { Plan } from './plan.ts';
import { understand } from './understand.ts';
import { yearsDated } from './unknown-years.ts';

/** Most months or years offered where the one asked has no talk. */
const OFFERED = 5;

/**
 * "Talks in september 2024", "talks from 2031", "anything in may 2019?": a month, a year or both
 * and nothing else, where no talk is. Said so, offering the months (or years) the notes have
 * talks in, newest first, never a bare "no match". Undefined where the question asks more.
 */
export function emptyPeriod(
  text: string,
  event: string | undefined,
  steps: DaySteps,
): Plan | undefined {
  // Cheap first: a year or a month's name must be in the question at all.
  if (!/\d{4}|[a-z]{3}/i.test(text)) return undefined;
  const question = understand(text);
  const month = question.day?.kind === 'month';
  const byYear = question.by && YEAR.test(question.by.name);
  if ((question.day && !month) || question.part || question.clock) return undefined;
  if (question.by && !byYear) return undefined;
  const rest = steps.reader.queryWords(question.rest).map((q) => q.word);
  const years = rest.filter((word) => YEAR.test(word));
  if (years.length < rest.length || (!month && !byYear && years.length === 0)) return undefined;
  const offered = month || years.length > 0 ? monthsOf(steps.library, event) : [];
  // "Talks in march" over notes that date no talk by its month: the days they have (`emptyDay`).
  if (month && years.length === 0 && !byYear && offered.length === 0) return undefined;
  const suggestions =
    offered.length > 0 ? offered : yearsOf(steps.library).map((year) => `talks from ${year}`);
  if (suggestions.length === 0) return { kind: 'none', suggestions: [], unknown: 'dates' };
  return { kind: 'none', suggestions: suggestions.slice(0, OFFERED), unknown: 'periods' };
}

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
