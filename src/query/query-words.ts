import { termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { SynonymTable } from '../search/synonyms.ts';
import type { QueryWord } from '../search/talk-index.ts';

/**
 * The words of a question to search for: question words dropped, synonyms and abbreviations
 * (built-in and the author's) joined to the words they stand for — or put in their place when
 * the notes only use the other form.
 */
export class QueryReader {
  private readonly synonyms: SynonymTable;

  constructor(
    /** How many talks have a word: 0 when the notes never use it. */
    private readonly frequency: (word: string) => number,
    ...synonyms: (Record<string, string[]> | undefined)[]
  ) {
    this.synonyms = new SynonymTable(...synonyms);
  }

  /** The words to search: fillers dropped, synonyms and abbreviations joined to their words. */
  queryWords(text: string): QueryWord[] {
    const tokens = words(text);
    const stems = tokens.map((word) => termOf(word) ?? word);
    const known = (word: string) => isFiller(word) || this.frequency(word) > 0;
    const query: QueryWord[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.synonyms.match(stems, i);
      if (!match) {
        const word = tokens[i++] as string;
        if (!isFiller(word)) query.push({ word });
        continue;
      }
      const own = tokens.slice(i, i + match.length);
      i += match.length;
      const singles = match.alternatives.filter((a) => a.length === 1).map((a) => a[0] as string);
      // "micro services" is the word "microservices", not two common words.
      const single = own.length > 1 ? singles.find((word) => this.frequency(word) > 0) : undefined;
      if (single) {
        query.push({ word: single, alternatives: singles.filter((word) => word !== single) });
        continue;
      }
      if (own.every(known)) {
        const content = own.filter((word) => !isFiller(word));
        if (content.length === 1) query.push({ word: content[0] as string, alternatives: singles });
        else query.push(...content.map((word) => ({ word })));
        continue;
      }
      const other = match.alternatives.find((phrase) => phrase.every(known));
      const chosen = other ?? own;
      const content = chosen.filter((word) => !isFiller(word));
      if (content.length === 1)
        query.push({ word: content[0] as string, alternatives: other ? [] : singles });
      else query.push(...content.map((word) => ({ word })));
    }
    return query;
  }
}
