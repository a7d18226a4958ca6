import { type Library, type Talk, talkRef } from './model.ts';
import type { Resolver } from './query/resolve.ts';
import { fold, words } from './search/analyze.ts';
import { everydayWord } from './search/english-words.ts';
import { isFiller } from './search/question-words.ts';
import type { TalkIndex } from './search/talk-index.ts';
import { TalkLikeness } from './talk-likeness.ts';
import { opt } from './text.ts';

/** A word of a title in at most this share of the talks (and this many) names its subject. */
const SUBJECT_SHARE = 0.05;
const SUBJECT_LEAST = 3;

/**
 * The talks related to one: those that share the words of its title (and topic), or say a rare
 * word of its title, then the others of its topic; for a list of them ("more like the vault
 * talk"), the words of its summary too.
 */
export class RelatedTalks {
  constructor(
    private readonly library: Library,
    private readonly index: TalkIndex,
    private readonly resolver: Resolver,
    /** Each event's talks (every talk without one). */
    private readonly inEvent: (event?: string) => Talk[],
  ) {
    this.likeness = new TalkLikeness(index, library.talks.length, (talk) => resolver.docOf(talk));
  }

  private readonly likeness: TalkLikeness;

  /**
   * Up to `count` talks related to one, closest first; `wide`: by the words of its summary as
   * well as its title's, for a list of them, where a title's few words find too few.
   */
  of(talk: Talk, count: number, event?: string, wide = false): Talk[] {
    // Its own summary is no bar for others to reach: the talk is left out of that scoring.
    const title = `${talk.title} ${talk.topic ?? ''}`;
    // Found by any word they share: kept where the words that tell them apart are alike
    // ("state stores" is no likeness to "keys stored cold"), see `TalkLikeness`.
    const alike = this.likeness.to(talk);
    const byTitle = this.by(talk, title, count, event, !talk.topic).filter(alike);
    const bySubject = this.bySubject(talk, count, event);
    const bySummary = wide ? this.by(talk, talk.summary, count, event, true).filter(alike) : [];
    const sameTopic = talk.topic
      ? this.inEvent(event).filter((t) => t.topic === talk.topic && t !== talk)
      : [];
    return [...new Set([...byTitle, ...bySubject, ...sameTopic, ...bySummary])].slice(0, count);
  }

  /**
   * "Kafka in production": the other talks whose title or summary says a rare word of its title
   * (kafka, in a few talks), which one word shared is too little to make alike by the scores.
   */
  private bySubject(talk: Talk, count: number, event: string | undefined): Talk[] {
    const common = Math.max(SUBJECT_LEAST, this.library.talks.length * SUBJECT_SHARE);
    const found: Talk[] = [];
    for (const word of new Set(words(fold(talk.title)))) {
      const df = isFiller(word) ? 0 : this.index.frequency(word);
      if (df < 2 || df > common) continue;
      const others = this.index
        .find(word, opt('event', event))
        .top(count + 1)
        .map((hit) => this.resolver.talkAt(hit.ref))
        .filter((other): other is Talk => !!other && other !== talk);
      // A name ("Kafka", "Postgres"), as some talk writes it inside a sentence; not "new".
      if (![talk, ...others].some((one) => saysAsName(asWritten(one, word), word))) continue;
      const about = (other: Talk) => this.index.isAbout(this.resolver.docOf(other), [word]);
      found.push(...others.filter(about));
    }
    return found;
  }

  /**
   * Talks that share the words of `text` (its title and topic: then the others of its topic
   * follow; a talk without one has none: every talk of a post without topics would be
   * "related" to it). With no topic, the words are all there is to go by: the talk itself is
   * left out of the scoring (`leaveOut`), where it would set a bar (its own score) no other
   * talk reaches.
   */
  private by(
    talk: Talk,
    text: string,
    count: number,
    event: string | undefined,
    leaveOut: boolean,
  ): Talk[] {
    const ref = talkRef(talk);
    const self = leaveOut ? this.resolver.docOf(talk) : -1;
    return this.index
      .find(text, {
        anyWord: true,
        ...(self >= 0 ? { keep: (doc: number) => doc !== self } : {}),
        ...opt('event', event),
      })
      .top(count + 1)
      .filter((hit) => hit.ref !== ref)
      .map((hit) => this.resolver.talkAt(hit.ref))
      .filter((t): t is Talk => !!t);
  }
}

/**
 * A talk's words where a capital on `word` tells a name: its summary, and its title. A title in
 * title case ("The Power of CSS", "Back to the Future") capitalises every word, so there only a
 * word no English dictionary has ("Serverless", "Kafka") is a name: a talk titled "Power of
 * models" was listed as related to "The Power of CSS".
 */
function asWritten(talk: Talk, word: string): string {
  return TITLE_CASE.test(talk.title) && everydayWord(word)
    ? talk.summary
    : `${talk.title}. ${talk.summary}`;
}
/** No word of four letters or more starts in lower case (nor lies after one that does). */
const TITLE_CASE = /^(?!.*(?:^|[\s(/–—-])\p{Ll}\p{L}{3})/u;

/** Whether a text has a (folded) word capitalised inside a sentence, as a name is written. */
function saysAsName(text: string, word: string): boolean {
  for (const sentence of text.split(/[.!?;:·]\s+|\n/)) {
    const tokens = sentence.trim().split(/\s+/).slice(1);
    if (tokens.some((token) => /^\p{Lu}/u.test(token) && words(fold(token)).includes(word)))
      return true;
  }
  return false;
}
