import type { Talk } from '../model.ts';
import { inSlices } from '../slices.ts';
import { words } from './analyze.ts';
import { isFiller } from './question-words.ts';

/** Contractions as the titles may spell them out: "don't" is "do not". */
const CONTRACTIONS = new Map<string, string[]>(
  Object.entries({
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    cant: 'can not',
    cannot: 'can not',
    wont: 'will not',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    shouldnt: 'should not',
    youre: 'you are',
    theyre: 'they are',
    whats: 'what is',
    lets: 'let us',
  }).map(([word, spelt]) => [word, spelt.split(' ')]),
);

/**
 * Words of a title or question, compared as written (stop words too), contractions opened. A
 * Map, not an object: "constructor" in a title is a word, not Object's constructor.
 */
export function phraseWords(text: string): string[] {
  const found: string[] = [];
  for (const word of words(text)) {
    const spelt = CONTRACTIONS.get(word);
    if (spelt) found.push(...spelt);
    else found.push(word);
  }
  return found;
}

/** Title beginnings shorter than this ("how to build") are too common to name a talk. */
const LEAST_WORDS = 4;
/** A phrase shared by more titles than this ("lessons learned from") names none of them. */
const MOST_TALKS = 3;
const LONGEST = 16;
/** A title of common words shorter than this ("Why Not") is what a question says anyway. */
const LEAST_ASKED = 3;

/**
 * Titles found as phrases in a question: "what they don't tell you" opens "What They Don't Tell
 * You About Microservices" though every one of its words is a stop word. Keys are whole titles
 * (two words or more) and title beginnings of four words or more.
 */
export class TitlePhrases {
  private readonly phrases = new Map<string, number[]>();
  /** Whole titles and phrases the notes quote: named only by a question that is all of one. */
  private readonly wholes = new Map<string, number[]>();

  constructor(talks: Talk[]) {
    for (const [doc, talk] of talks.entries()) this.add(talk, doc);
  }

  /** The same table built in slices that let answers through (a reloaded bot, before its swap). */
  static async build(talks: Talk[], turn: () => Promise<unknown>): Promise<TitlePhrases> {
    const phrases = new TitlePhrases([]);
    await inSlices(talks, (talk, doc) => phrases.add(talk, doc), turn);
    return phrases;
  }

  private add(talk: Talk, doc: number): void {
    this.addTitle(talk.title, doc);
    if (talk.officialTitle !== undefined && talk.officialTitle !== talk.title)
      this.addTitle(talk.officialTitle, doc);
    for (const phrase of quotedPhrases(talk)) this.addWhole(phrase, doc);
  }

  private addWhole(words: string[], doc: number): void {
    const key = words.join(' ');
    const docs = this.wholes.get(key);
    if (!docs) this.wholes.set(key, [doc]);
    else if (!docs.includes(doc) && docs.length <= MOST_TALKS) docs.push(doc);
  }

  private addTitle(title: string, doc: number): void {
    const list = phraseWords(title);
    const length = Math.min(list.length, LONGEST);
    if (list.length >= 2 && list.length <= LONGEST) this.addWhole(list, doc);
    if (length < 2) return;
    // The title's beginnings, each one word longer than the last, from four words (or the whole
    // title when shorter).
    const first = Math.min(LEAST_WORDS, length);
    let key = list.slice(0, first).join(' ');
    for (let end = first; ; ) {
      const docs = this.phrases.get(key);
      if (!docs) this.phrases.set(key, [doc]);
      else if (!docs.includes(doc) && docs.length <= MOST_TALKS) docs.push(doc);
      if (++end > length) break;
      key += ` ${list[end - 1]}`;
    }
  }

  /** Talks whose title (or its beginning) the question contains, longest phrase first. */
  find(question: string): number[] {
    const list = phraseWords(question).slice(0, 40);
    let best: { length: number; docs: number[] } | undefined;
    for (let start = 0; start < list.length; start++) {
      for (let end = Math.min(list.length, start + LONGEST); end >= start + 2; end--) {
        if (best && end - start <= best.length) break;
        const phrase = list.slice(start, end);
        const docs = this.phrases.get(phrase.join(' '));
        // A short title of question words only ("Why Not") is what any question says.
        if (phrase.length < LEAST_WORDS && phrase.every(isFiller)) continue;
        if (docs && docs.length <= MOST_TALKS) best = { length: end - start, docs };
      }
    }
    // "What is good design?" asked whole: the talk titled so, or whose notes quote it, short
    // and of common words as it may be, unless a longer title is in the question.
    const whole = list.length <= LONGEST ? this.wholes.get(list.join(' ')) : undefined;
    if (whole && whole.length <= MOST_TALKS && (!best || best.length < list.length)) return whole;
    return best?.docs ?? this.askedWhole(list);
  }

  /**
   * "Who gave nothing is something?", "the video of it is what it is": a whole title of common
   * words (three or more) after words of asking alone, which no phrase above finds.
   */
  private askedWhole(list: string[]): number[] {
    for (
      let start = 1;
      start <= list.length - LEAST_ASKED && isFiller(list[start - 1] ?? '');
      start++
    ) {
      const docs =
        list.length - start <= LONGEST ? this.wholes.get(list.slice(start).join(' ')) : undefined;
      if (docs && docs.length <= MOST_TALKS) return docs;
    }
    return [];
  }
}

/** A quotation in a talk's notes ("the question “What is good design?”"), of three words or more. */
const QUOTED = /["“«]([^"“”«»\n]{8,100})["”»]/g;
const LEAST_QUOTED = 3;

/** The phrases a talk's summary and notes quote, as their words (a cheap test of a quote mark first). */
function quotedPhrases(talk: Talk): string[][] {
  const found: string[][] = [];
  for (const text of [talk.summary ?? '', ...talk.notes.map((note) => note.text)]) {
    if (!/["“«]/.test(text)) continue;
    for (const [, quote] of text.matchAll(QUOTED)) {
      const list = phraseWords(quote ?? '');
      if (list.length >= LEAST_QUOTED && list.length <= LONGEST && !list.every(isFiller))
        found.push(list);
    }
  }
  return found;
}
