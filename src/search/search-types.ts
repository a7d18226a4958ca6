/** What the talk index is asked (`QueryWord`, `FindOptions`) and answers (`Found`): see `talk-index.ts`. */

export interface Hit {
  ref: string;
  score: number;
  /**
   * Found only by its event's name ("python": a PyHarbour talk that never says Python), after
   * every talk that says the words: no talk to take out for "talks not about python".
   */
  byEventName?: true;
}

/** Hits best first: how many there are, and only as many of them as a page needs. */
export interface Hits {
  readonly total: number;
  top(count: number): Hit[];
}

/** One word of a question, with the words it also means (synonyms). */
export interface QueryWord {
  word: string;
  alternatives?: string[];
  /**
   * Written joined to the word before by a hyphen ("fine-tuning"): the two are one word, found
   * where the notes write it so ("fine-tuning", "finetuning"), never by either half alone.
   */
  joined?: boolean;
  /**
   * A word of a named concept of several words the built-in list knows ("domain driven design"
   * for "DDD"): the concept is the words together, never talks that use some of them apart.
   */
  concept?: boolean;
  /**
   * A name whose version is the next word ("php" of "php 7"): only talks that write the two side
   * by side or joined ("PHP 7", "PHP7"), not "PHP" here and "7 steps" there (see `version-words.ts`).
   */
  versioned?: boolean;
  /**
   * A word of a name asked for ("talks by marco") that no speaker or company has: found as
   * written, never read as a slip or the beginning of another word of the notes ("macro").
   */
  name?: boolean;
}

export interface FindOptions {
  event?: string;
  /** Only these talks (a speaker's, a day's, a topic's), by position in the library. */
  keep?: (doc: number) => boolean;
  /** Skip the all-words pass: for "related talks", where any shared word counts. */
  anyWord?: boolean;
  /**
   * The last word is the last thing typed, so it may be a word being typed (a prefix); false
   * when other words follow it ("which talks did the author like": "author" is whole).
   */
  typing?: boolean;
}

/** What a search found, and how it read the question. */
export interface Found extends Hits {
  /** Words corrected to the one close word the notes have: typed → corrected. */
  corrections: [string, string][];
  /** A version number left out beside the name it was asked after ("vue 3"): said unmatched. */
  leftOut?: string[];
}
