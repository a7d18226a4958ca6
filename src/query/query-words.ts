import { termOf } from '../search/analyze.ts';
import { isFiller, slipOfFiller } from '../search/question-words.ts';
import { relatedTo } from '../search/related-words.ts';
import { membersOf, SynonymTable } from '../search/synonyms.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { either, withoutCompare } from './compare-words.ts';
import { verbForms } from './irregular-verbs.ts';
import { JoinedWords } from './joined-words.ts';
import { hyphenated, NUMBER_WORDS, uncounted } from './question-tokens.ts';
import { frenchForms, germanPlurals, romanceForms } from './romance-endings.ts';
import { izeSpelling, spellingVariants } from './spelling-variants.ts';
import { versionWords } from './version-words.ts';
import { withoutAsPrivative } from './without-words.ts';

/**
 * The words of a question to search for: question words dropped, synonyms and abbreviations
 * (built-in and the author's) joined to the words they stand for — or put in their place when
 * the notes only use the other form.
 */
export class QueryReader {
  private readonly synonyms: SynonymTable;
  private readonly joinedWords: JoinedWords;

  constructor(
    /** How many talks have a word: 0 when the notes never use it. */
    private readonly frequency: (word: string) => number,
    /** Whether some talk has both words. */
    private readonly together: (a: string, b: string) => boolean,
    /** Whether the notes have a word this unknown one begins or is a slip from. */
    private readonly near: (word: string) => boolean,
    /** Whether some talk's notes have these words side by side ("site reliability engineering"). */
    private readonly says: (phrase: string[]) => boolean,
    ...synonyms: (Record<string, string[]> | undefined)[]
  ) {
    this.synonyms = new SynonymTable(...synonyms);
    this.joinedWords = new JoinedWords(frequency, together, near, this.synonyms);
  }

  /** A word and the phrases of its synonym groups, as written ("sre": "site reliability engineering"). */
  forms(word: string): string[] {
    return this.synonyms.forms(word);
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
    const read = this.joinedWords.read(
      hyphenated(uncounted(text), (word) => this.frequency(word) > 0, this.together),
      keep,
    );
    const tokens = read.map((token) => token.word);
    const stems = tokens.map((word) => termOf(word) ?? word);
    const known = (word: string) => isFiller(word) || this.frequency(word) > 0;
    const query: QueryWord[] = [];
    /** The token the last word pushed came from alone (no synonym, no filler between). */
    let lastAlone = -1;
    for (let i = 0; i < tokens.length; ) {
      const match = this.synonyms.match(stems, i);
      if (!match) {
        const word = tokens[i] as string;
        // "fine-tuning" the notes never write so: one word, not the "fine" of "it's fine now".
        const joined = read[i]?.joined === true && lastAlone === i - 1;
        // "mobile dev", "talks for BE devs": the people of a subject are its talks.
        const role = ROLE.has(word) && i > 0 && !isFiller(tokens[i - 1] as string);
        // "anythign on kubernetes": a slip of a word of the asking, where no talk says it.
        const slip = this.frequency(word) === 0 && !this.isSynonym(word) && slipOfFiller(word);
        if ((!isFiller(word) || this.termOfPhrase(tokens, i)) && !role && !slip) {
          const forms = this.numbered(word, tokens.length <= SHORT_QUESTION);
          query.push({ word, ...forms, ...(joined ? { joined } : {}) });
          lastAlone = i;
        }
        i++;
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
      // "Burning out" where the notes say "burnout" and never "burning out": the one word (the
      // "burn" of "burn rate" is another subject).
      const apart = own.length > 1 && !this.says(own);
      const single =
        own.length > 1
          ? singles.find(
              (word) => this.frequency(word) > rarest || (apart && this.frequency(word) > 0),
            )
          : undefined;
      if (single) {
        query.push({ word: single, alternatives: singles.filter((word) => word !== single) });
        continue;
      }
      // "Policy as code" the notes never say, though they say "policy" and "code" apart: the
      // subject by the tools its talks name (OPA, Kyverno), not talks with the two words.
      const tools = apart
        ? singles.find((word) => relatedTo(word).some((term) => this.frequency(term) > 0))
        : undefined;
      if (tools) {
        query.push({ word: tools, alternatives: singles.filter((word) => word !== tools) });
        continue;
      }
      const said = (phrase: string[]) =>
        phrase.filter((word) => !isFiller(word)).length < 2 || this.says(phrase);
      if (own.every(known)) {
        const content = own.filter((word) => !isFiller(word));
        if (content.length === 1) query.push({ word: content[0] as string, alternatives: singles });
        else query.push(...wordByWord(content, otherPhrases(match.alternatives, own, known, said)));
        continue;
      }
      // "sre" is "site reliability engineering" where the notes say that, not where they have
      // the three words apart: then the word's related words (SLOs, on-call) find its talks, or
      // its short form's ("site reliability engineering" where the notes lack "reliability"),
      // unless a word of it is near one they have ("data lake" of the notes' "data lake'a").
      const other = match.alternatives.find((phrase) => phrase.every(known) && said(phrase));
      const broad =
        other || own.some((word) => !known(word) && this.near(word))
          ? undefined
          : [...(own.length === 1 ? own : []), ...singles].find((word) =>
              relatedTo(word).some((term) => this.frequency(term) > 0),
            );
      if (broad) {
        query.push({ word: broad, alternatives: singles.filter((word) => word !== broad) });
        continue;
      }
      const written = other ?? match.alternatives.find((phrase) => phrase.every(known));
      const content = (written ?? own).filter((word) => !isFiller(word));
      // "teleworking" where the notes say "teletrabajo" and "télétravail": each word they write.
      const writtenToo = (word: string) => word !== content[0] && this.frequency(word) > 0;
      if (content.length === 1)
        query.push({
          word: content[0] as string,
          alternatives: written ? singles.filter(writtenToo) : singles,
        });
      else if (written)
        query.push(...wordByWord(content, otherPhrases(match.alternatives, written, known, said)));
      // "machine learning" where the notes lack "machine": one subject the notes never name,
      // never the talks that say "learning" (see `QueryWord.concept`).
      else if (content.length > 1)
        query.push(...content.map((word) => ({ ...this.alone(word), concept: true })));
      else query.push(...content.map((word) => this.alone(word)));
    }
    const plain = withoutAsPrivative(query, this.frequency);
    const searched = this.kinds(either(tokens, plain) ?? withoutCompare(plain, tokens));
    return versionWords(searched, this.frequency, this.together);
  }

  /**
   * "Hazard pointers", "best practices": a word of the asking ("any pointers?") that the notes
   * write beside the question's word next to it, a term of theirs: a word to search.
   */
  private termOfPhrase(tokens: readonly string[], i: number): boolean {
    const word = tokens[i] as string;
    if (!TERM_FILLERS.has(word)) return false;
    const beside = (other: string | undefined) =>
      other !== undefined && !isFiller(other) && this.frequency(other) > 0;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return (
      (beside(before) && this.says([before as string, word])) ||
      (beside(after) && this.says([word, after as string]))
    );
  }

  /**
   * A word of a phrase the notes never write, with its own group's words the notes have: the
   * "ai" of "generative ai" is "IA" where French notes say "L'IA générative".
   */
  private alone(word: string): QueryWord {
    const match = this.synonyms.match([termOf(word) ?? word], 0);
    const others = (match?.alternatives ?? [])
      .filter((phrase) => phrase.length === 1 && phrase[0] !== word)
      .map((phrase) => phrase[0] as string)
      .filter((other) => this.frequency(other) > 0);
    return others.length > 0 ? { word, alternatives: others } : { word };
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
      // "perf" where the notes never say performance but have its related words (profiling,
      // GC): the broad word, which finds them below itself.
      const said = [...new Set(members)].filter((word) => this.frequency(word) > 0);
      const used =
        said.length > 0
          ? said
          : [...new Set(members)].filter((word) =>
              relatedTo(word).some((term) => this.frequency(term) > 0),
            );
      const [first, ...rest] = used;
      return first === undefined
        ? q
        : { word: first, alternatives: rest, ...(q.joined ? { joined: true } : {}) };
    });
  }

  /**
   * "12 factor", "twelve factor": a number written in figures or in words is either, where the
   * notes write the other ("The twelve-factor app", "12-factor apps"); so is a word ending in
   * "-tion" and its Spanish, Portuguese and Italian forms, one in "-ization" and its German and
   * British forms, a word the notes lack as another English spelling writes it ("optimising",
   * "colour"), and an irregular verb and its forms.
   */
  private numbered(word: string, short: boolean): { alternatives?: string[] } {
    const other = NUMBER_WORDS.get(word);
    // "Migration", "migración": a word's other languages' form the notes write (see that module).
    const forms = [
      other ?? '',
      ...romanceForms(word),
      ...(this.frequency(word) === 0
        ? [...frenchForms(word), ...germanPlurals(word), ...spellingVariants(word)]
        : izeSpelling(word)),
      ...(short ? verbForms(word) : []),
    ];
    const said = forms.filter((w) => w && this.frequency(w) > 0);
    return said.length > 0 ? { alternatives: said } : {};
  }
}

/**
 * Words of the asking that are half of a term where the notes write them so: "hazard pointers",
 * "best practices", "internet of things", "company culture", "people management". Never a
 * little word ("about" beside the notes' "about microservices") nor a word of a talk.
 */
const TERM_FILLERS = new Set(
  'pointer pointers best good great top tips tip idea ideas thing things stuff kind detail details summary overview highlights people person company companies question questions guidance advice favorite favourite'.split(
    ' ',
  ),
);

/** Most words of a question whose verbs are read in their other forms (see `irregular-verbs.ts`). */
const SHORT_QUESTION = 8;

/** People named by their work, after the subject they work on ("mobile devs"). */
const ROLE = new Set(['dev', 'devs', 'developer', 'developers', 'engineers', 'folks']);

/**
 * "Remote work" where one post says "trabajo a distancia" and another "travail à distance", "real
 * time" over "tiempo real" and "temps réel": every phrase of the group the notes say, not the
 * first only. Phrases of as many words as the one searched, their words side by side.
 */
function otherPhrases(
  alternatives: readonly string[][],
  written: readonly string[],
  known: (word: string) => boolean,
  said: (phrase: string[]) => boolean,
): string[][] {
  const length = written.filter((word) => !isFiller(word)).length;
  return alternatives
    .filter(
      (phrase) => phrase.join(' ') !== written.join(' ') && phrase.every(known) && said(phrase),
    )
    .map((phrase) => phrase.filter((word) => !isFiller(word)))
    .filter((content) => content.length === length);
}

/** Each word of a phrase, the words in its place in the other phrases as its alternatives. */
function wordByWord(content: string[], others: string[][]): QueryWord[] {
  return content.map((word, i) => {
    const alternatives = [
      ...new Set(others.map((phrase) => phrase[i] as string).filter((w) => w !== word)),
    ];
    return alternatives.length > 0
      ? { word, alternatives, concept: true }
      : { word, concept: true };
  });
}
