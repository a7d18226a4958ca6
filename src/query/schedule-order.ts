import type { Library, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { startMinutes } from './day-parts.ts';
import type { Order } from './order-words.ts';
import type { Plan } from './plan.ts';
import { dayOf, placeKey, untimedEndDays } from './schedule-days.ts';

/**
 * The talks in schedule order, made once per library: by event (earliest first), day, start time,
 * then where the notes put them. Ordinals then cost a pass over the talks asked about, no sort.
 */
export class Schedule {
  private ranks?: Map<Talk, number>;
  private sorted?: Talk[];
  private eventStarts?: Map<string, string>;

  constructor(private readonly library: Library) {}

  /**
   * The first or last talk of each event among these. An event whose talks here have no times
   * at all (notes may list talks by topic) has no first or last to tell: its talks, in schedule
   * order.
   */
  pick(talks: Talk[], order: Order, ends = false): Talk[] {
    const inOrder = [...talks].sort((a, b) => this.rank(a) - this.rank(b));
    // An event is untimed when none of these talks has a time: the lightning talks under a
    // "17:00" heading sit where the notes put them, in an event whose other talks have times.
    const timed = new Set(inOrder.filter((t) => startMinutes(t) !== undefined).map((t) => t.event));
    const untimed = new Set(inOrder.filter((t) => !timed.has(t.event)).map((t) => t.event));
    const done = new Set<string>();
    const picked = new Set<Talk>();
    const asked = new Map<string, number>();
    // Counted as the notes' places are, by event and day: what was asked of each day's list.
    for (const talk of talks) asked.set(placeKey(talk), (asked.get(placeKey(talk)) ?? 0) + 1);
    const fromEnd = order === 'first' ? inOrder : [...inOrder].reverse();
    // "The first talk at X": of X's first day; "opening keynotes" are of every day they opened.
    const endDay = ends ? new Map<string, string>() : untimedEndDays(fromEnd, untimed);
    for (const talk of fromEnd) {
      // Without times, the notes' order: a talk of the back half closed its event, whatever
      // else it is ("the opening keynote" where the one keynote is listed last: none); of an
      // event whose notes give days, only the first (last) day's talks can be.
      if (untimed.has(talk.event)) {
        const day = endDay.get(talk.event);
        if (day !== undefined && dayOf(talk) !== day) continue;
        if (!this.atEnd(talk, order, asked.get(placeKey(talk)) ?? 0)) continue;
        // Neither day nor time: the one talk the notes list at that end, all they tell.
        if (day === undefined && done.has(talk.event) && this.wholeList(talk, asked)) continue;
        done.add(talk.event);
        picked.add(talk);
      } else if (!done.has(talk.event) && (!ends || this.endsDay(talk, order))) {
        // "The closing keynote": the last keynote that closes its day, where the notes give
        // times (an event's one keynote at 09:30 opened it).
        done.add(talk.event);
        picked.add(talk);
      }
    }
    // "The last talk at X" where X's notes give no times: its talks from that end.
    const chosen = inOrder.filter((talk) => picked.has(talk));
    return order === 'last' ? chosen.reverse() : chosen;
  }

  private places?: Map<Talk, { at: number; of: number }>;
  private dayEnds?: Map<string, [Talk, Talk]>;

  /** Whether a talk is the first (or last) of its day, of all the talks of the notes. */
  private endsDay(talk: Talk, order: Order): boolean {
    const key = (one: Talk) => `${one.event}\u0000${one.date ?? one.day ?? ''}`;
    if (!this.dayEnds) {
      const ends = new Map<string, [Talk, Talk]>();
      for (const one of this.inOrder()) {
        const known = ends.get(key(one));
        ends.set(key(one), [known?.[0] ?? one, one]);
      }
      this.dayEnds = ends;
    }
    const [first, last] = this.dayEnds.get(key(talk)) ?? [];
    return talk === (order === 'first' ? first : last);
  }

  /** Whether every talk of a talk's list in the notes (its event's, its day's) was asked about. */
  private wholeList(talk: Talk, asked: Map<string, number>): boolean {
    return (asked.get(placeKey(talk)) ?? 0) >= (this.placesOf().get(talk)?.of ?? 0);
  }

  /** Each talk's place in its list in the notes (`placeKey`), and that list's length. */
  private placesOf(): Map<Talk, { at: number; of: number }> {
    if (!this.places) {
      const byEvent = new Map<string, Talk[]>();
      // By day where the notes group talks by day: Day 2's first keynote opened Day 2, though
      // it is in the back half of the event's notes.
      for (const one of this.library.talks) {
        const key = placeKey(one);
        const list = byEvent.get(key) ?? [];
        list.push(one);
        byEvent.set(key, list);
      }
      const places = new Map<Talk, { at: number; of: number }>();
      for (const list of byEvent.values())
        for (const [at, one] of list.entries()) places.set(one, { at, of: list.length });
      this.places = places;
    }
    return this.places;
  }

  /** Whether a talk is in the half of its event's notes that the end asked for is. */
  private atEnd(talk: Talk, order: Order, asked: number): boolean {
    const place = this.placesOf().get(talk);
    const said = fold(`${talk.kind ?? ''} ${talk.title}`);
    if (/\b(?:closing|closed)\b/.test(said)) return order === 'last';
    if (/\b(?:opening|opened)\b/.test(said)) return order === 'first';
    // Every talk of its list (the event's, or the day's): all of them, from that end.
    if (!place || asked >= place.of) return true;
    return order === 'first'
      ? place.at < Math.ceil(place.of / 2)
      : place.at >= Math.floor(place.of / 2);
  }

  /** These talks in the schedule's order: by event, day, then time. */
  ordered(talks: Talk[]): Talk[] {
    return [...talks].sort((a, b) => this.rank(a) - this.rank(b));
  }

  /** The talk right after (or before) this one on its day, where the notes give times. */
  next(talk: Talk, side: 'after' | 'before'): Talk | undefined {
    const start = startMinutes(talk);
    if (start === undefined) return undefined;
    const day = this.inOrder().filter(
      (other) =>
        other.event === talk.event && other.date === talk.date && startMinutes(other) !== undefined,
    );
    const at = day.indexOf(talk);
    return day[at + (side === 'after' ? 1 : -1)];
  }

  private withDays?: Set<string>;

  /** Whether the notes give a talk no day where they give other talks of its event one. */
  daylessAmongDays(talk: Talk): boolean {
    this.withDays ??= new Set(
      this.library.talks.filter((one) => dayOf(one) !== undefined).map((one) => one.event),
    );
    return dayOf(talk) === undefined && this.withDays.has(talk.event);
  }

  /** Whether the notes give a talk's start time (and so its place in its day). */
  timed(talk: Talk): boolean {
    return startMinutes(talk) !== undefined;
  }

  /** The other talks of a talk's day (its event, its date or the day the notes name), in order. */
  sameDay(talk: Talk): Talk[] {
    const day = (other: Talk) => other.date ?? other.day;
    if (day(talk) === undefined) return [];
    return this.inOrder().filter(
      (other) => other !== talk && other.event === talk.event && day(other) === day(talk),
    );
  }

  /**
   * The other talks of a talk's event where the notes give none of them a day or date (a post
   * of one day, "le vendredi 6 décembre", said only in its prose): one day's talks, in order.
   */
  undated(talk: Talk): Talk[] {
    const event = this.inOrder().filter((other) => other.event === talk.event);
    if (event.some((other) => (other.date ?? other.day) !== undefined)) return [];
    return event.filter((other) => other !== talk);
  }

  /**
   * The earliest or latest event, by its first talk's date or the year in its name; an event
   * the notes give no year for is none to compare.
   */
  event(order: Order): string | undefined {
    const starts = [...this.starts().entries()]
      .filter(([, start]) => start !== '')
      .sort((a, b) => a[1].localeCompare(b[1]));
    return (order === 'first' ? starts[0] : starts.at(-1))?.[0];
  }

  private rank(talk: Talk): number {
    this.inOrder();
    return this.ranks?.get(talk) ?? 0;
  }

  private inOrder(): Talk[] {
    if (this.sorted) return this.sorted;
    const starts = this.starts();
    const key = (talk: Talk) => [
      starts.get(talk.event) ?? '',
      talk.event,
      /^\d{4}-\d{2}-\d{2}$/.test(talk.date ?? '') ? (talk.date as string) : '',
    ];
    const position = new Map(this.library.talks.map((talk, doc) => [talk, doc]));
    // A talk the notes give no time sits where they put it: after the timed talk above it in
    // its day (the bullets under "17:00 – Lightning talks" are not before the 09:30 keynote).
    const minutes = new Map<Talk, number>();
    const lastTimed = new Map<string, number>();
    for (const talk of this.library.talks) {
      const day = `${talk.event}\u0000${talk.date ?? talk.day ?? ''}`;
      const start = startMinutes(talk);
      if (start !== undefined) lastTimed.set(day, start);
      minutes.set(talk, start ?? lastTimed.get(day) ?? -1);
    }
    this.sorted = [...this.library.talks].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) {
        const order = (ka[i] as string).localeCompare(kb[i] as string);
        if (order !== 0) return order;
      }
      const time = (minutes.get(a) ?? -1) - (minutes.get(b) ?? -1);
      return time !== 0 ? time : (position.get(a) ?? 0) - (position.get(b) ?? 0);
    });
    this.ranks = new Map(this.sorted.map((talk, rank) => [talk, rank]));
    return this.sorted;
  }

  private starts(): Map<string, string> {
    if (this.eventStarts) return this.eventStarts;
    const starts = new Map<string, string>();
    for (const event of this.library.events)
      starts.set(
        event.id,
        /(?:19|20)\d{2}-\d{2}-\d{2}/.exec(event.dates ?? '')?.[0] ??
          /(?:19|20)\d{2}/.exec(`${event.dates ?? ''} ${event.id} ${event.name}`)?.[0] ??
          '',
      );
    for (const talk of this.library.talks) {
      const date = talk.date ?? '';
      const known = starts.get(talk.event) ?? '';
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && (known.length < 10 || date < known))
        starts.set(talk.event, date);
    }
    this.eventStarts = starts;
    return starts;
  }
}

/** A plan's talks narrowed to one end of the schedule (or put in its order). */
export function inOrder(plan: Plan, pick: (talks: Talk[]) => Talk[]): Plan {
  if (plan.kind !== 'talks') return plan;
  const picked = pick(plan.talks(plan.total));
  if (picked.length === 0) return { kind: 'none', suggestions: [] };
  return { ...plan, total: picked.length, talks: (end) => picked.slice(0, end) };
}
