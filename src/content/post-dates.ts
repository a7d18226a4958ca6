import { type EventDates, eventDates } from './day-date.ts';
import type { FrontMatter } from './front-matter.ts';
import type { MdNode } from './markdown.ts';
import { eventDatesLine } from './post-event.ts';
import { openingDates } from './post-parts.ts';
import type { Section } from './sections.ts';
import { type WhenWhere, whenWhereLine } from './when-where-line.ts';

/**
 * When the post's event was: its front matter's dates, a dates line or an unlabelled "when and
 * where" at the top, the year of its date or folder, or the dates its opening words give.
 */
export function postDates(
  meta: FrontMatter,
  post: { opening: MdNode[]; sections: Section[]; pageTitle?: string },
  eventId: string,
): { dates: EventDates; whenWhere: WhenWhere | undefined } {
  const { opening } = post;
  const loose = meta as Record<string, unknown>;
  // "> 2026-04-23 09:00 - 16:50 @ Pier Nine Hall": when and where, unlabelled, at the top.
  const whenWhere = whenWhereLine(opening);
  const dates = eventDates(
    meta.event?.dates,
    loose.dates,
    eventDatesLine(opening),
    whenWhere?.start,
  );
  if (dates.year === undefined) {
    const year = eventDates(loose.date, eventId).year;
    if (year !== undefined) dates.year = year;
  }
  // "I attended EuroSysML 2025 in Lisbon from March 30 to April 3": the opening words' dates.
  if (!dates.start) {
    const title = meta.title ?? post.pageTitle;
    const year = title ? eventDates(title).year : undefined;
    const said = openingDates(title, opening, post.sections, year ?? dates.year);
    if (said) Object.assign(dates, said);
  }
  return { dates, whenWhere };
}
