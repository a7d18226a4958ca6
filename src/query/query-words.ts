import { termOf } from '../search/analyze.ts';
import { isFiller, slipOfFiller } from '../search/question-words.ts';
import { relatedTo } from '../search/related-words.ts';
import { membersOf, SynonymTable } from '../search/synonyms.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { either, withoutCompare } from './compare-words.ts';
import { verbForms } from './irregular-verbs.ts';
import { hyphenated, NUMBER_WORDS, type Token, uncounted } from './question-tokens.ts';
import { frenchForms, germanPlurals, romanceForms } from './romance-endings.ts';
import { versionWords } from './version-words.ts';

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
    /** Whether some talk's notes have these words side by side ("site reliability engineering"). */
    private readonly says: (phrase: string[]) => boolean,
    ...synonyms: (Record<string, string[]> | undefined)[]
  ) {
    this.synonyms = new SynonymTable(...synonyms);
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
    const read = this.compounds(
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
        if (!isFiller(word) && !role && !slip) {
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
    const searched = this.kinds(either(tokens, query) ?? withoutCompare(query, tokens));
    return versionWords(searched, this.frequency, this.together);
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
   * Words written apart or together as the notes write them: "multi sig" is "multisig" and
   * "post mortems" "postmortems" when the notes have only the joined word; "nodejs" is "node js"
   * and "oncall" "on call" when the notes have only the parts. Only for words the notes lack.
   */
  private compounds(tokens: Token[], keep: (word: string) => boolean): Token[] {
    const known = (word: string) => !isFiller(word) && (this.frequency(word) > 0 || keep(word));
    const stems = tokens.map((token) => termOf(token.word) ?? token.word);
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const word = token.word;
      // The halves of a hyphenated word kept as typed: searched as one word (see `hyphenated`).
      if (token.joined || tokens[i + 1]?.joined) {
        out.push(token);
        continue;
      }
      const next = tokens[i + 1]?.word;
      if (
        next !== undefined &&
        !(isFiller(word) && isFiller(next)) &&
        (!known(word) || !known(next)) &&
        this.frequency(word + next) > 0 &&
        !gluesFiller(word + next) &&
        !inLongerPhrase(this.synonyms, stems, i)
      ) {
        out.push({ word: word + next });
        i++;
        continue;
      }
      // "front end", "real time" typed apart where the notes write "front-end", "real-time": the
      // one word, as typed with its hyphen (see `hyphenated`): the "end" of "back-ends" and the
      // "time" of "time zones … the real world" are none of it.
      if (
        next !== undefined &&
        known(word) &&
        known(next) &&
        this.frequency(word + next) > 0 &&
        !gluesFiller(word + next) &&
        !inLongerPhrase(this.synonyms, stems, i) &&
        this.together(word, next)
      ) {
        out.push({ word: word + next });
        i++;
        continue;
      }
      const parts = known(word) || isFiller(word) ? [word] : this.split(word, known);
      out.push(...parts.map((part) => ({ word: part })));
    }
    return out;
  }

  /**
   * "12 factor", "twelve factor": a number written in figures or in words is either, where the
   * notes write the other ("The twelve-factor app", "12-factor apps"); so is a word ending in
   * "-tion" and its Spanish, Portuguese and Italian forms, one in "-ization" and its German and
   * British forms, and an irregular verb and its forms.
   */
  private numbered(word: string, short: boolean): { alternatives?: string[] } {
    const other = NUMBER_WORDS.get(word);
    // "Migration", "migración": a word's other languages' form the notes write (see that module).
    const forms = [
      other ?? '',
      ...romanceForms(word),
      ...(this.frequency(word) === 0 ? [...frenchForms(word), ...germanPlurals(word)] : []),
      ...(short ? verbForms(word) : []),
    ];
    const said = forms.filter((w) => w && this.frequency(w) > 0);
    return said.length > 0 ? { alternatives: said } : {};
  }

  /**
   * An unknown word as two words the notes have (one may be a filler: "on call"), or a name and
   * its version, or itself.
   */
  private split(word: string, known: (word: string) => boolean): string[] {
    // "http3", "java21": a name and its version typed together, where the notes write them
    // apart ("HTTP/3", "Java 21"); "log4j", "k8s" are words of their own.
    const version = /^([a-z]{2,})(\d{1,3})$/.exec(word);
    if (version?.[1] && version[2] && known(version[1]) && this.frequency(version[2]) > 0)
      return [version[1], version[2]];
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return [word];
    // "serverles" is "serverless" half typed, not "server" and a French "les".
    const unfinished = this.near(word);
    let best: { parts: string[]; rank: number } | undefined;
    for (let at = 2; at <= word.length - 2; at++) {
      const left = word.slice(0, at);
      const right = word.slice(at);
      const content = [left, right].filter(known);
      if (content.length === 0 || ![left, right].every((p) => known(p) || isFiller(p))) continue;
      // A word beside a filler is a word of four letters or more: "on call" of "oncall", not
      // the "act" of "react" (a filler "re" and three letters are too likely to be chance).
      if (content.length === 1 && (content[0] as string).length < 4) continue;
      if (content.length === 1 && unfinished) continue;
      // "serverless" is not "server" and "less" unless the notes use them together.
      if (content.length === 2 && !this.together(left, right)) continue;
      // Two words of the notes beat a word and a filler; then the more even split.
      const rank = content.length * 100 + Math.min(left.length, right.length);
      if (!best || rank > best.rank) best = { parts: [left, right], rank };
    }
    return best?.parts ?? this.glued(word);
  }

  /**
   * "Containerverwaltung", "Sicherheitsvorträge", "Passwortsicherheit": a German compound the
   * notes never write, as its two parts where each is a word the notes have, a word of the
   * field's synonyms whose words they have ("Sicherheit": security), or a word of the asking
   * ("Vorträge"); the linking "s" of German compounds ("Sicherheits-") is no part of the word.
   * Parts of four letters or more, so a long word is not cut into chance pieces, and one of
   * them a word the notes do not write, read by the synonyms: English words glued ("serverless")
   * are the other splits' to read.
   */
  private glued(word: string): string[] {
    if (word.length < GLUED_LEAST) return [word];
    let best: { parts: string[]; rank: number } | undefined;
    for (let at = GLUED_PART; at <= word.length - GLUED_PART; at++) {
      const right = word.slice(at);
      const typed = word.slice(0, at);
      const left = this.finds(typed) ? typed : typed.replace(/s$/, '');
      const parts = [left, right];
      if (left.length < GLUED_PART || !parts.every((part) => this.finds(part) || isFiller(part)))
        continue;
      const content = parts.filter((part) => !isFiller(part));
      // A word of another language among them: "serverless" is no "server" and a "less".
      if (!content.some((part) => this.frequency(part) === 0)) continue;
      // Two words of the notes beat a word and a word of the asking; then the more even split.
      const rank = content.length * 100 + Math.min(left.length, right.length);
      if (!best || rank > best.rank) best = { parts: content, rank };
    }
    return best?.parts ?? [word];
  }

  /** Whether the notes have a word, or the words of a synonym it is ("sicherheit": security). */
  private finds(word: string): boolean {
    if (this.frequency(word) > 0) return true;
    const match = this.synonyms.match([termOf(word) ?? word], 0);
    return (match?.alternatives ?? []).some((phrase) =>
      phrase.every((one) => termOf(one) === null || this.frequency(one) > 0),
    );
  }
}

/** Fewest letters of a word read as a compound of two (see `glued`). */
const GLUED_LEAST = 9;
/** Fewest letters of either part of such a compound. */
const GLUED_PART = 4;

/** Most words of a question whose verbs are read in their other forms (see `irregular-verbs.ts`). */
const SHORT_QUESTION = 8;

/** People named by their work, after the subject they work on ("mobile devs"). */
const ROLE = new Set(['dev', 'devs', 'developer', 'developers', 'engineers', 'folks']);

/** A phrase of the field this far back at most: "infrastructure as code". */
const PHRASE_BACK = 3;

/**
 * Whether the words at `at` and after it are inside a phrase of three words or more of the
 * synonyms ("policy as code", "infrastructure as code"), which the halves of a hyphenated word
 * the notes write elsewhere ("Infrastructure-as-Code": "ascode", "infrastructureas") must not
 * cut apart.
 */
function inLongerPhrase(synonyms: SynonymTable, stems: string[], at: number): boolean {
  for (let from = Math.max(0, at - PHRASE_BACK); from <= at; from++) {
    const match = synonyms.match(stems, from);
    if (match && match.length > 2 && from + match.length > at + 1) return true;
  }
  return false;
}

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

/**
 * Whether two words typed apart make, glued, only a form of a word of the asking: "the ring" is
 * no "thering", which the search reads as "there" (the ring of Ring, the talk), and "a ring" no
 * "are". Such a word names no subject, whatever talks say it.
 */
function gluesFiller(word: string): boolean {
  return isFiller(word) || isFiller(termOf(word) ?? word);
}
