import type { Talk } from './model.ts';
import { isAspect } from './query/fewer-words.ts';
import { isQualifier } from './query/qualifier-words.ts';
import { fold, words } from './search/analyze.ts';
import { everydayWord } from './search/english-words.ts';
import { isFiller } from './search/question-words.ts';
import { termOf } from './search/stems.ts';
import type { TalkIndex } from './search/talk-index.ts';

/** A word in more than this share of the talks (and this many) is common to too many to tell. */
const TELLING_SHARE = 0.1;
const TELLING_LEAST = 3;
/** How much evidence makes two talks alike (a word of both titles is that much alone). */
const ALIKE = 2;

/**
 * Whether two talks are alike by their words, not by any word they happen to share: a word
 * both titles say ("Kafka Streams …", "Event sourcing with Kafka") is enough alone; a word of
 * one's title that the other's notes say is, where it is a name or a term of the field
 * ("Postgres at scale" and a talk whose notes tell of Postgres), and half as much where it is
 * an everyday English word; two terms of the field both notes say are too ("mutexes", "CAS"),
 * and so are two words or more that are half of what its notes could share with any talk.
 * Otherwise everyday words both notes say ("stores" of state stores and of keys stored cold),
 * words in many talks, and words that qualify or name an aspect of a subject ("in practice",
 * "lessons") count for nothing.
 */
export class TalkLikeness {
  private readonly telling: number;

  constructor(
    private readonly index: TalkIndex,
    talkCount: number,
    private readonly docOf: (talk: Talk) => number,
  ) {
    this.telling = Math.max(TELLING_LEAST, talkCount * TELLING_SHARE);
  }

  /** A test of `talk`'s likeness to others: its telling words read once. */
  to(talk: Talk): (other: Talk) => boolean {
    const own = this.tellingWords(talk);
    return (other) => {
      if (other === talk) return false;
      const at = this.docOf(other);
      const titled = titleTerms(other);
      let evidence = 0;
      let shared = 0;
      for (const { word, term, inTitle, everyday } of own) {
        if (!this.index.says(at, word)) continue;
        shared++;
        if (inTitle && titled.has(term)) evidence += ALIKE;
        else if (inTitle || titled.has(term)) evidence += everyday ? ALIKE / 2 : ALIKE;
        else if (!everyday) evidence += ALIKE / 2;
        if (evidence >= ALIKE) return true;
      }
      // Short notes that say the same few things ("benchmarks; memory"), everyday words as
      // they may be: most of what could be shared is.
      return shared >= ALIKE && shared * 2 >= own.length;
    };
  }

  /** The words of a talk's title, topic and summary that could tell it apart, each once. */
  private tellingWords(talk: Talk) {
    const titled = titleTerms(talk);
    const seen = new Set<string>();
    const found: { word: string; term: string; inTitle: boolean; everyday: boolean }[] = [];
    for (const word of words(fold(`${talk.title} ${talk.topic ?? ''} ${talk.summary}`))) {
      const term = termOf(word) ?? word;
      if (seen.has(term) || word.length < 3 || isFiller(word)) continue;
      seen.add(term);
      if (isQualifier(word) || isAspect(word)) continue;
      const df = this.index.frequency(word);
      if (df < 2 || df > this.telling) continue;
      found.push({ word, term, inTitle: titled.has(term), everyday: everydayWord(word) });
    }
    return found;
  }
}

/** The terms (stems) of a talk's title and topic. */
function titleTerms(talk: Talk): Set<string> {
  return new Set(words(fold(`${talk.title} ${talk.topic ?? ''}`)).map((w) => termOf(w) ?? w));
}
