import type { Library, Talk } from '../model.ts';
import { termOf, words } from './analyze.ts';
import { hasSorted } from './head-terms.ts';
import type { Ranked, Scorer } from './postings.ts';
import type { Unit } from './query-units.ts';
import { isFiller } from './question-words.ts';
import { NAME_PARTS } from './synonyms.ts';

/**
 * Events by their names: which event each talk is at, the talks of each event in order, and the
 * terms and subjects an event's name says it is about ("PyHarbour": python). A question's word
 * that names an event finds that event's other talks after those that say the word (the event
 * tier). Apart from `talk-index.ts` because it is built from the events, not the words of talks,
 * and its tier is a search of its own, run only when every word was found as written.
 */

/** Events whose names a question's word is looked for in (see `tier`). */
const MOST_NAMED_EVENTS = 8;
/** Words of event names that say what kind of event, not what about. */
const EVENT_KIND_WORDS = new Set(
  'conf conference conferences con day days summit meetup meet camp fest festival local edition live week'.split(
    ' ',
  ),
);

/**
 * Words that name a subject only run together with another in a name, by its capitals:
 * "GoFjell", "GoLab" are Go conferences; "Go Live Summit" is no more about Go than "go" is.
 */
const JOINED_NAME_PARTS = new Map<string, string[]>([['go', ['golang']]]);

/** A word that may be an event's subject: no number, no word of asking ("All Day DevOps"). */
function isSubjectWord(word: string): boolean {
  return (
    word.length >= 3 && /^\p{L}+$/u.test(word) && !isFiller(word) && !EVENT_KIND_WORDS.has(word)
  );
}

/** Ranked talks, then `tier` after them, each scored below the last of them. */
export function withTier(ranked: Ranked, tier: number[]): Ranked {
  return {
    total: ranked.total + tier.length,
    wordsFound: ranked.wordsFound,
    has: (doc) => ranked.has(doc) || tier.includes(doc),
    top: (count) => {
      const top = ranked.top(count);
      const last = top.at(-1)?.score ?? 1;
      const rest = tier
        .slice(0, Math.max(0, count - top.length))
        .map((doc, i) => ({ doc, score: (last * 0.5) / (1 + i * 0.01), byEventName: true }));
      return [...top, ...rest];
    },
  };
}

export class EventNames {
  readonly eventIds: Map<string, number>;
  readonly eventOf: Uint16Array | Uint32Array;
  /** Per event, the terms its name says it is about ("PyHarbour": py, python), sorted. */
  private readonly eventTerms: Int32Array[];
  /**
   * Per event, the subjects its name says as terms, whether the notes use them or not
   * ("SecOpsCon": security; "LeadDev Harbour": leadership); undefined for none.
   */
  private readonly eventSubjects: (Set<string> | undefined)[] = [];
  /** Talks of event e: `eventDocs[eventStarts[e]]` .. before `eventStarts[e + 1]`, in order. */
  private readonly eventStarts: Int32Array;
  private readonly eventDocs: Int32Array;

  constructor(
    library: Library,
    talks: Talk[],
    private readonly termIds: Map<string, number>,
    private readonly scorer: Scorer,
  ) {
    this.eventIds = new Map(library.events.map((event, i) => [event.id, i]));
    this.eventOf =
      library.events.length < 65536 ? new Uint16Array(talks.length) : new Uint32Array(talks.length);
    talks.forEach((talk, doc) => {
      this.eventOf[doc] = this.eventIds.get(talk.event) ?? 0;
    });
    this.eventTerms = library.events.map((event, e) => this.nameTerms(event.name, e));
    // The talks of each event, in library order: a count per event, then a place for each.
    const events = library.events.length;
    this.eventStarts = new Int32Array(events + 1);
    for (let doc = 0; doc < talks.length; doc++) {
      const at = (this.eventOf[doc] as number) + 1;
      this.eventStarts[at] = (this.eventStarts[at] as number) + 1;
    }
    for (let e = 0; e < events; e++)
      this.eventStarts[e + 1] =
        (this.eventStarts[e + 1] as number) + (this.eventStarts[e] as number);
    this.eventDocs = new Int32Array(talks.length);
    const next = this.eventStarts.slice(0, events);
    for (let doc = 0; doc < talks.length; doc++) {
      const e = this.eventOf[doc] as number;
      this.eventDocs[next[e] as number] = doc;
      next[e] = (next[e] as number) + 1;
    }
  }

  /**
   * The terms of the notes an event's name has ("RustFjord": rust; "PyHarbour": py, python;
   * "KubeHarbor": kube, kubernetes; "Tidewater DevOpsDays": devops), its words run together
   * read apart by their capitals. Not its year, nor the words every event name has ("Conf").
   */
  private nameTerms(name: string, e: number): Int32Array {
    const ids = new Set<number>();
    const add = (word: string, joined: boolean) => {
      if (word.length < 2 || /^\d+$/.test(word) || EVENT_KIND_WORDS.has(word)) return;
      const parts =
        NAME_PARTS.get(word) ?? (joined ? JOINED_NAME_PARTS.get(word) : undefined) ?? [];
      for (const each of [word, ...parts]) {
        const id = this.termIds.get(termOf(each) ?? '');
        if (id !== undefined) ids.add(id);
      }
      for (const each of parts) {
        const subjects = this.eventSubjects[e] ?? new Set<string>();
        subjects.add(termOf(each) ?? each);
        this.eventSubjects[e] = subjects;
      }
    };
    const wholes = name.split(/[\s.:_/-]+/);
    wholes.forEach((whole, at) => {
      const parts = words(whole.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
      // "DevOpsDays": dev, ops, days, and devops, opsdays, devopsdays.
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j <= Math.min(parts.length, i + 3); j++)
          add(parts.slice(i, j).join(''), parts.length > 1);
      // "RustFest", "KotlinConf", "Kafka Summit": the subject before the kind of event, said
      // by the name whether the notes use the word or not.
      const kind = parts.length > 1 ? parts.at(-1) : words(wholes[at + 1] ?? '')[0];
      const subject = parts.length > 1 ? parts.at(-2) : parts[0];
      if (kind && subject && EVENT_KIND_WORDS.has(kind) && isSubjectWord(subject)) {
        const subjects = this.eventSubjects[e] ?? new Set<string>();
        subjects.add(termOf(subject) ?? subject);
        this.eventSubjects[e] = subjects;
      }
    });
    return Int32Array.from(ids).sort();
  }

  /**
   * A word the notes never use that an event's name says it is about ("rust": RustFest), as a
   * word found as written: it then finds that event's talks (`tier`) rather than none.
   */
  asSubject(unit: Unit): Unit {
    if (unit.exact || !unit.asked) return unit;
    const asked = unit.asked.map((word) => termOf(word) ?? word);
    const named = this.eventSubjects.some((subjects) => asked.some((term) => subjects?.has(term)));
    // Found as written, in no talk: never a near word ("rust" as "trust").
    return named ? { variants: [], weight: unit.weight, exact: true, asked: unit.asked } : unit;
  }

  /**
   * The talks of events whose name has a word of the question ("python": PyHarbour, "go":
   * GopherLake), with the question's other words, that the search did not find: after them, in
   * the notes' order. An event's name counts for a word, not for the whole question.
   */
  tier(units: Unit[], found: Ranked, keep?: (doc: number) => boolean): number[] {
    const asked = new Map(
      units.map((unit) => [unit, (unit.asked ?? []).map((word) => termOf(word) ?? word)]),
    );
    const named = (unit: Unit, e: number) =>
      unit.variants.some(
        ([id, weight]) => weight >= 1 && hasSorted(this.eventTerms[e] as Int32Array, id),
      ) ||
      // "leadership" at LeadDev, a word the notes may never use.
      (asked.get(unit)?.some((term) => this.eventSubjects[e]?.has(term)) ?? false);
    const events: number[] = [];
    for (let e = 0; e < this.eventTerms.length && events.length < MOST_NAMED_EVENTS; e++)
      if (
        ((this.eventTerms[e] as Int32Array).length > 0 || this.eventSubjects[e]) &&
        units.some((unit) => named(unit, e))
      )
        events.push(e);
    if (events.length === 0) return [];
    const tier: number[] = [];
    for (const e of events) {
      const inEvent = (doc: number) => this.eventOf[doc] === e && (!keep || keep(doc));
      const rest = units.filter((unit) => !named(unit, e)).map((unit) => unit.variants);
      const from = this.eventStarts[e] as number;
      const to = this.eventStarts[e + 1] as number;
      const docs =
        rest.length === 0
          ? Array.from(this.eventDocs.subarray(from, to)).filter((doc) => !keep || keep(doc))
          : (() => {
              const ranked = this.scorer.search(rest, { all: true, floor: 0, keep: inEvent });
              return ranked.top(ranked.total).map(({ doc }) => doc);
            })();
      for (const doc of docs) if (!found.has(doc)) tier.push(doc);
    }
    return tier;
  }
}
