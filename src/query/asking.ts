import type { TalksScope } from '../answer.ts';
import type { Talk } from '../model.ts';
import type { QueryWord } from '../search/talk-index.ts';
import type { Question } from './understand.ts';

/** How a question is asked again: the same words, in the same event, some readings turned off. */
export interface Asked {
  text: string;
  event: string | undefined;
  /** Read day names and dates as days ("Shipping on Fridays" is a title when no talk was then). */
  days: boolean;
  /** Read "keynote", "books" as the kind of thing asked for. */
  kinds: boolean;
  /** Read "security talks" as the talks of the Security topic. */
  topics: boolean;
  /** Read words that name an event ("qcon", "2024") as that event. */
  eventNames: boolean;
  /** Read "without …" as talks left out ("microservices without uber"), not words of a title. */
  without?: boolean;
  /**
   * Keep only the talks with the link asked for ("security talks with slides"); false: put them
   * first ("does the opa talk have a video", where it has none, still finds the talk).
   */
  having?: boolean;
}

/**
 * One question on its way to talks: what it asks (`question`), the talks still in the running
 * (`keep`, all while undefined), how the answer will be titled (`scope`), and the words left to
 * search. Each step of `Resolver` narrows it or ends it.
 */
export class Asking {
  scope: TalksScope | undefined;
  keep: Uint8Array | undefined;
  /** The question's words after the names, days and times it gave were taken out. */
  search: string;
  /** The words left to search the index for. */
  query: QueryWord[] = [];
  /** The word stems of the topic the question named, once it narrowed to it. */
  topicStems: Set<string> | undefined;
  /**
   * "Talks by marco" where no speaker or company is called so: the name's words, searched as
   * written, never read as a slip of another word ("macro").
   */
  unnamed: Set<string> | undefined;

  constructor(
    readonly asked: Asked,
    readonly question: Question,
    private readonly talks: Talk[],
  ) {
    this.search = question.rest;
  }

  get event(): string | undefined {
    return this.asked.event;
  }

  inEvent(talk: Talk): boolean {
    return !this.asked.event || talk.event === this.asked.event;
  }

  /** Whether a talk is still in the running. */
  kept(talk: Talk, doc: number): boolean {
    return (!this.keep || this.keep[doc] === 1) && this.inEvent(talk);
  }

  /** Keeps only the talks (of the event, among those kept) that pass the test. */
  narrow(test: (talk: Talk, doc: number) => boolean): void {
    const next = new Uint8Array(this.talks.length);
    this.talks.forEach((talk, doc) => {
      if (this.kept(talk, doc) && test(talk, doc)) next[doc] = 1;
    });
    this.keep = next;
  }

  /** Whether any talk still in the running passes the test. */
  any(test: (talk: Talk, doc: number) => boolean): boolean {
    return this.talks.some((talk, doc) => this.kept(talk, doc) && test(talk, doc));
  }

  /** The same, among the talks at these positions only (a list made once per library). */
  anyAmong(docs: readonly number[], test: (talk: Talk, doc: number) => boolean): boolean {
    return docs.some((doc) => {
      const talk = this.talks[doc] as Talk;
      return this.kept(talk, doc) && test(talk, doc);
    });
  }

  /** The library's talks, by position, as the steps' tables are made of them. */
  get library(): readonly Talk[] {
    return this.talks;
  }

  /** The talks left once something narrowed them, else undefined (every talk). */
  filtered(): Talk[] | undefined {
    const keep = this.keep;
    return keep ? this.talks.filter((_, doc) => keep[doc] === 1) : undefined;
  }
}

export { opt } from '../text.ts';
