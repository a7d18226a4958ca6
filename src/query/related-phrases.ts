import { type Talk, talkRef } from '../model.ts';
import { words } from '../search/analyze.ts';
import { relatedPhrases } from '../search/related-words.ts';
import type { FindOptions, QueryWord, TalkIndex } from '../search/talk-index.ts';

/** Most talks listed for a related phrase. */
const MOST_PER_PHRASE = 20;

/** What reading related phrases needs of the `Resolver`. */
export interface PhraseSteps {
  readonly index: TalkIndex;
  talkAt(ref: string): Talk | undefined;
  docOf(talk: Talk): number;
  /** The talks whose notes have a phrase (see `PhraseCache`). */
  phraseTalks(phrase: string): Talk[];
}

/**
 * The talks whose notes have each related phrase, read once per library: a broad word
 * ("security") is asked often, and reading its phrases is reading talks' text.
 */
export class PhraseCache {
  private readonly found = new Map<string, Talk[]>();

  constructor(
    private readonly index: TalkIndex,
    private readonly talkAt: (ref: string) => Talk | undefined,
  ) {}

  saying(phrase: string): Talk[] {
    let talks = this.found.get(phrase);
    if (!talks) {
      const hits = this.index.saying(phrase);
      talks = hits
        .top(hits.total)
        .map((hit) => this.talkAt(hit.ref))
        .filter((talk): talk is Talk => talk !== undefined);
      this.found.set(phrase, talks);
    }
    return talks;
  }
}

/**
 * "Security" and the talks on zero trust or the supply chain that never say it: the talks whose
 * notes have a related phrase of a word of the question side by side (see `relatedPhrases`),
 * with the question's other words too, in the order found; none of those in `found` already.
 * The index finds single related words itself; a phrase is two words it has apart.
 */
export function relatedPhraseTalks(
  steps: PhraseSteps,
  query: QueryWord[],
  options: Pick<FindOptions, 'event' | 'keep'>,
  /** The refs of the talks the question's words found: asked for only when a phrase has talks. */
  found: () => Set<string>,
): Talk[] {
  const { index } = steps;
  const talks: Talk[] = [];
  let seen: Set<string> | undefined;
  query.forEach((q, at) => {
    // "fine-tuning": a word with the half joined to it is one word of the notes, not this one.
    if (q.joined || query[at + 1]?.joined) return;
    const phrases = new Set([q.word, ...(q.alternatives ?? [])].flatMap(relatedPhrases));
    if (phrases.size === 0) return;
    const others = query.filter((_, i) => i !== at);
    for (const phrase of phrases) {
      if (words(phrase).some((word) => index.frequency(word) === 0)) continue;
      const said = steps
        .phraseTalks(phrase)
        .filter(
          (talk) =>
            (options.event === undefined || talk.event === options.event) &&
            (!options.keep || options.keep(steps.docOf(talk))),
        )
        .slice(0, MOST_PER_PHRASE);
      if (said.length === 0) continue;
      // The question's other words as well: "zero trust" for "security testing" needs testing.
      const docs = new Set(said.map((talk) => steps.docOf(talk)));
      const kept =
        others.length === 0
          ? said
          : index
              .search(others, { ...options, keep: (doc) => docs.has(doc) })
              .top(said.length)
              .map((hit) => steps.talkAt(hit.ref))
              .filter((talk): talk is Talk => talk !== undefined);
      seen ??= new Set(found());
      for (const talk of kept) {
        const ref = talkRef(talk);
        if (seen.has(ref)) continue;
        seen.add(ref);
        talks.push(talk);
      }
    }
  });
  return talks;
}
