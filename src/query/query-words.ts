import { termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { membersOf, SynonymTable } from '../search/synonyms.ts';
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
    /** Whether some talk has both words. */
    private readonly together: (a: string, b: string) => boolean,
    /** Whether the notes have a word this unknown one begins or is a slip from. */
    private readonly near: (word: string) => boolean,
    ...synonyms: (Record<string, string[]> | undefined)[]
  ) {
    this.synonyms = new SynonymTable(...synonyms);
  }

  /** Whether a word is one of a group of the field's words ("sre": site reliability engineering). */
  isSynonym(word: string): boolean {
    return this.synonyms.match([termOf(word) ?? word], 0) !== undefined;
  }

  /**
   * The words to search: fillers dropped, synonyms and abbreviations joined to their words.
   * Words `keep` says name something as they are (an event: "reactiveconf") are not cut in two.
   */
  queryWords(text: string, keep: (word: string) => boolean = () => false): QueryWord[] {
    const tokens = this.compounds(words(text), keep);
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
      // "micro services" is the word "microservices", not two common words — unless the notes
      // use the words more than the one word: "infrastructure as code" is in a title, "iac" in
      // one file name.
      const rarest = Math.min(
        ...own.filter((word) => !isFiller(word)).map((word) => this.frequency(word)),
      );
      const single =
        own.length > 1 ? singles.find((word) => this.frequency(word) > rarest) : undefined;
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
    return this.kinds(either(tokens, query) ?? withoutCompare(query));
  }

  /**
   * A kind word the notes never use ("databases") as the names of its kind they do use
   * (postgres): any of them will do. Left as it is when the notes name none, so a question about
   * a kind the notes lack still finds nothing.
   */
  private kinds(query: QueryWord[]): QueryWord[] {
    return query.map((q) => {
      const own = [q.word, ...(q.alternatives ?? [])];
      if (own.some((word) => this.frequency(word) > 0)) return q;
      const members = own.flatMap((word) => membersOf(word));
      const used = [...new Set(members)].filter((word) => this.frequency(word) > 0);
      const [first, ...rest] = used;
      return first === undefined ? q : { word: first, alternatives: rest };
    });
  }

  /**
   * Words written apart or together as the notes write them: "multi sig" is "multisig" and
   * "post mortems" "postmortems" when the notes have only the joined word; "nodejs" is "node js"
   * and "oncall" "on call" when the notes have only the parts. Only for words the notes lack.
   */
  private compounds(tokens: string[], keep: (word: string) => boolean): string[] {
    const known = (word: string) => !isFiller(word) && (this.frequency(word) > 0 || keep(word));
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i] as string;
      const next = tokens[i + 1];
      if (
        next !== undefined &&
        !(isFiller(word) && isFiller(next)) &&
        (!known(word) || !known(next)) &&
        this.frequency(word + next) > 0
      ) {
        out.push(word + next);
        i++;
        continue;
      }
      out.push(...(known(word) || isFiller(word) ? [word] : this.split(word, known)));
    }
    return out;
  }

  /** An unknown word as two words the notes have (one may be a filler: "on call"), or itself. */
  private split(word: string, known: (word: string) => boolean): string[] {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return [word];
    // "serverles" is "serverless" half typed, not "server" and a French "les".
    const unfinished = this.near(word);
    let best: { parts: string[]; rank: number } | undefined;
    for (let at = 2; at <= word.length - 2; at++) {
      const left = word.slice(0, at);
      const right = word.slice(at);
      const content = [left, right].filter(known);
      if (content.length === 0 || ![left, right].every((p) => known(p) || isFiller(p))) continue;
      if (content.some((p) => p.length < 3) && content.length === 1) continue;
      if (content.length === 1 && unfinished) continue;
      // "serverless" is not "server" and "less" unless the notes use them together.
      if (content.length === 2 && !this.together(left, right)) continue;
      // Two words of the notes beat a word and a filler; then the more even split.
      const rank = content.length * 100 + Math.min(left.length, right.length);
      if (!best || rank > best.rank) best = { parts: [left, right], rank };
    }
    return best?.parts ?? [word];
  }
}

/** Words that ask to compare two things, and the words joining them. */
const COMPARE = new Set([
  'compare',
  'comparing',
  'comparison',
  'difference',
  'differences',
  'between',
  'vs',
  'versus',
]);
const JOINS = new Set(['and', 'vs', 'versus', 'with', 'to']);

/**
 * "docker or kubernetes": two words either of which will do, as one word with an alternative
 * (only for a question of just those two words, where "or" cannot join longer phrases).
 */
/** "Compare the observability talks": what to compare is searched, not the word "compare". */
function withoutCompare(query: QueryWord[]): QueryWord[] {
  const rest = query.filter((q) => !COMPARE.has(q.word));
  return rest.length > 0 && rest.length < query.length ? rest : query;
}

function either(tokens: string[], query: QueryWord[]): QueryWord[] | undefined {
  // "Compare the netflix and uber talks", "kafka vs pulsar": both, so either will do.
  const comparing = tokens.some((token) => COMPARE.has(token));
  const join = (token: string) => token === 'or' || (comparing && JOINS.has(token));
  const content = tokens.filter(
    (token) => join(token) || (!isFiller(token) && !COMPARE.has(token)),
  );
  const words = comparing ? query.filter((q) => !COMPARE.has(q.word)) : query;
  if (words.length !== 2 || content.length !== 3 || !join(content[1] as string)) return undefined;
  const [a, b] = words as [QueryWord, QueryWord];
  const alternatives = [...(a.alternatives ?? []), b.word, ...(b.alternatives ?? [])];
  return [{ word: a.word, alternatives }];
}
