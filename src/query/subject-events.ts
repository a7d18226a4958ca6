import { type Library, talkRef } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { escapeRegExp } from '../text.ts';
import type { Asked } from './asking.ts';
import { opt } from './asking.ts';
import type { EventWords } from './event-words.ts';
import type { Plan } from './plan.ts';
import type { QueryReader } from './query-words.ts';
import { understand } from './understand.ts';

type TalksPlan = Extract<Plan, { kind: 'talks' }>;

/**
 * "sre talks", "SRE": a subject the notes never name, that an event is named after (SRE Spree),
 * which the event-word table leaves out as a subject (see `EventWords`).
 */
export class SubjectEvents {
  /** The words of events' names that are subjects too ("sre"), with their synonyms' phrases. */
  private words?: string[];

  constructor(
    private readonly library: Library,
    private readonly index: TalkIndex,
    private readonly eventWords: EventWords,
    private readonly reader: QueryReader,
    private readonly resolveWith: (asked: Asked) => Plan,
  ) {}

  /**
   * The talks its related words find (SLOs, on-call), then the other talks of the event named
   * after it. Only for a word the notes lack: the index ranks the talks of an event named after
   * a word they have itself.
   */
  after(asked: Asked, plan: TalksPlan): Plan {
    if (plan.scope.kind !== 'search') return plan;
    // Most questions name no event by a subject word: a look for one before reading more.
    if (!asksFor(asked.text, this.subjectWords())) return plan;
    const lacking = this.reader
      .queryWords(understand(asked.text).rest)
      .map((q) => q.word)
      .filter((word) => this.index.frequency(word) === 0);
    if (lacking.length === 0) return plan;
    const event = this.plan(asked, lacking);
    return event?.kind === 'talks' ? thenEventTalks(plan, event) : plan;
  }

  /** The words of event names that name a subject no talk says (made once, at first use). */
  subjectWords(): string[] {
    this.words ??= subjectWords(
      this.library,
      this.eventWords,
      (word) => this.reader.forms(word),
      (word) => this.index.frequency(word) === 0,
    );
    return this.words;
  }

  /** The talks of the event a subject word names ("sre": SRE Spree), for the rest asked. */
  plan(asked: Asked, query: string[]): Plan | undefined {
    return subjectEventPlan(
      asked,
      query,
      this.eventWords,
      (word) => this.reader.forms(word),
      this.resolveWith,
    );
  }
}

/** Most of a list looked at for the talks of an event it has already. */
const OVERLAP_WITHIN = 1000;

/**
 * The words of events' names that name one event but are subjects too ("sre" of SRE Spree; see
 * `EventWords`), that no talk says (the index ranks an event named after a word the notes have
 * itself), with the phrases they stand for ("site reliability engineering"): made once.
 */
function subjectWords(
  library: Library,
  eventWords: EventWords,
  forms: (word: string) => string[],
  lacking: (word: string) => boolean,
): string[] {
  const found = new Set<string>();
  for (const event of library.events)
    for (const word of words(`${event.name} ${event.id}`))
      if (
        /^[\p{L}\p{N}]+$/u.test(word) &&
        lacking(word) &&
        eventWords.eventsNamed(word)?.size === 1 &&
        !eventWords.names(word)
      )
        for (const form of forms(word)) found.add(form);
  return [...found];
}

/** Whether a question has one of these words or phrases, as words. */
function asksFor(text: string, list: string[]): boolean {
  if (list.length === 0) return false;
  const said = ` ${words(fold(text)).join(' ')} `;
  return list.some((form) => said.includes(` ${words(form).join(' ')} `));
}

/**
 * "sre talks": a word of the field that names an event too (SRE Spree), which the event-word
 * table leaves out as a subject: its talks, the word taken out of the question, for the first
 * such word whose event has talks for the rest.
 */
function subjectEventPlan(
  asked: Asked,
  query: string[],
  eventWords: EventWords,
  forms: (word: string) => string[],
  resolveWith: (asked: Asked) => Plan,
): Plan | undefined {
  for (const word of query) {
    const ids = eventWords.eventsNamed(word);
    if (ids?.size !== 1 || eventWords.names(word) || !/^[\p{L}\p{N}]+$/u.test(word)) continue;
    // The word, or the words it stands for ("site reliability engineering"), out; its talks in.
    let text = asked.text;
    for (const form of forms(word).sort((a, b) => b.length - a.length))
      text = text.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${spaced(form)}(?![\\p{L}\\p{N}])`, 'giu'),
        ' ',
      );
    const plan = resolveWith({ ...asked, text: `${text} talks`, event: [...ids][0] as string });
    if (plan.kind !== 'none') return plan;
  }
  return undefined;
}

/** A phrase as a pattern: its words with any spaces or hyphens between. */
function spaced(form: string): string {
  return form.split(' ').map(escapeRegExp).join('[\\s-]+');
}

/**
 * The talks a search found, then the other talks of the event named after its subject ("sre":
 * the SLO and on-call talks, then the rest of SRE Spree's), as the index ranks an event named
 * after a word the notes have ("python": PyHarbour's talks after those that say it).
 */
function thenEventTalks(found: TalksPlan, event: TalksPlan): TalksPlan {
  const refs = (list: { event: string; id: string }[]) =>
    new Set(list.map((talk) => talkRef(talk)));
  const extra = event.talks(event.total);
  const listed = refs(found.talks(Math.min(found.total, OVERLAP_WITHIN)));
  const added = extra.filter((talk) => !listed.has(talkRef(talk)));
  if (added.length === 0) return found;
  return {
    ...found,
    total: found.total + added.length,
    talks: (end) => {
      const head = found.talks(end);
      if (head.length >= end) return head;
      const shown = refs(head);
      return [...head, ...added.filter((talk) => !shown.has(talkRef(talk)))].slice(0, end);
    },
    ...opt('focus', found.focus),
  };
}
