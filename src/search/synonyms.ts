import { fold, isPairedWord, termOf, words } from './analyze.ts';
import { BUILT_IN, CATEGORIES, SHORT_FORMS } from './synonym-lists.ts';

/**
 * Parts of event names that say what the event is about ("PyHarbour", "GopherLake",
 * "KubeHarbor"): the word they stand for. A synonym's group (kube → kubernetes) counts too.
 */
export const NAME_PARTS = new Map<string, string[]>([
  ['py', ['python']],
  ['eval', ['evaluation']],
  ['evals', ['evaluation']],
  ['gopher', ['golang']],
  // "JVM Harbour", "JVMCon": a conference of the JVM's languages, Java first.
  ['jvm', ['java']],
  ['gophers', ['golang']],
  ['kube', ['kubernetes']],
  ['js', ['javascript']],
  ['ts', ['typescript']],
  // Node.js is JavaScript's: a Node conference is a JavaScript one.
  ['node', ['javascript']],
  // "SecOpsCon" is a security conference, "LeadDev" a leadership one.
  ['sec', ['security']],
  ['secops', ['security']],
  ['appsec', ['security']],
  ['devsecops', ['security']],
  ['lead', ['leadership']],
  ['leaddev', ['leadership']],
]);

/**
 * Words that are also plain English, and the term the index gives them where the notes use them
 * as a name: "go" the verb, and Go the language (build-postings.ts counts "Go" inside a sentence as
 * golang). A question's "go" is the language when its synonyms say so ("in Go", "Go talks"), or
 * when it is the whole question.
 */
export const NAMED_SENSES = new Map<string, string>([['go', 'golang']]);

/** A kind word, as written (not its stem: "containerized" is no kind word), → its names. */
const BY_KIND = new Map<string, string[]>([
  ...CATEGORIES.flatMap(([kinds, members]) => kinds.map((kind) => [kind, members] as const)),
  ...SHORT_FORMS,
]);

/** The names a kind word stands for ("databases" → postgres, mysql…), or none. */
export function membersOf(word: string): string[] {
  return BY_KIND.get(word) ?? [];
}

/** Each one-word member of a built-in group → the group's other one-word members. */
let SAME_WORDS: Map<string, string[]> | undefined;

/**
 * The built-in list's other one-word names for a word (folded): "seguridad" → security,
 * sicherheit…, so a topic called "Security" is named by a question in Spanish too.
 */
export function sameWords(word: string): string[] {
  if (!SAME_WORDS) {
    SAME_WORDS = new Map();
    for (const group of BUILT_IN) {
      const single = group.filter((member) => !member.includes(' '));
      for (const member of single)
        SAME_WORDS.set(member, [
          ...(SAME_WORDS.get(member) ?? []),
          ...single.filter((other) => other !== member),
        ]);
    }
  }
  return SAME_WORDS.get(word) ?? [];
}

/** A phrase as the words it is compared by: stems where a word has one, the word otherwise. */
export type Phrase = string[];

/** A phrase as written (what is searched) and as compared (stems). */
interface Entry {
  words: string[];
  stems: Phrase;
}

function entryOf(text: string): Entry {
  const list = words(text);
  return { words: list, stems: list.map((word) => termOf(word) ?? word) };
}

/**
 * A phrase as its entries: マイクロサービス both as the pairs of characters a question in the
 * script is read as and as the one word notes in it are indexed by too (`paired-phrases.ts`).
 */
function entriesOf(text: string): Entry[] {
  const whole = fold(text);
  const entry = entryOf(text);
  return isPairedWord(whole) ? [entry, { words: [whole], stems: [whole] }] : [entry];
}

/** Groups of phrases that mean the same, looked up by their first word. */
export class SynonymTable {
  private readonly byFirst = new Map<string, Entry[][]>();

  constructor(...maps: (Record<string, string[]> | undefined)[]) {
    for (const group of BUILT_IN) this.add(group);
    for (const map of maps)
      for (const [word, also] of Object.entries(map ?? {})) this.add([word, ...also]);
  }

  private add(group: string[]): void {
    const entries = group.flatMap(entriesOf).filter((entry) => entry.stems.length > 0);
    if (entries.length < 2) return;
    for (const entry of entries) {
      const first = entry.stems[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push(entries);
      this.byFirst.set(first, list);
    }
  }

  /**
   * Every phrase of the groups a one-word member of which is this word ("sre": "site reliability
   * engineering", "sre"), as written: the ways a question may have asked for it.
   */
  forms(word: string): string[] {
    const stem = termOf(word) ?? word;
    const forms = new Set<string>([word]);
    for (const group of this.byFirst.get(stem) ?? [])
      if (group.some((entry) => entry.stems.length === 1 && entry.stems[0] === stem))
        for (const entry of group) forms.add(entry.words.join(' '));
    return [...forms];
  }

  /**
   * The longest synonym phrase starting at `at` in `stems`: how many words it spans and the other
   * phrases it also means, as written ("microservices", not the stem), from every group that has
   * it (an author's group extends a built-in one); undefined when none starts there.
   */
  match(stems: string[], at: number): { length: number; alternatives: Phrase[] } | undefined {
    const groups = this.byFirst.get(stems[at] as string) ?? [];
    const here = (entry: Entry) => entry.stems.every((stem, i) => stems[at + i] === stem);
    let length = 0;
    for (const group of groups)
      for (const entry of group)
        if (entry.stems.length > length && here(entry)) length = entry.stems.length;
    if (length === 0) return undefined;
    const matched = (entry: Entry) => entry.stems.length === length && here(entry);
    const alternatives = new Map<string, Phrase>();
    for (const group of groups) {
      if (!group.some(matched)) continue;
      for (const other of group)
        if (!matched(other)) alternatives.set(other.stems.join(' '), other.words);
    }
    return { length, alternatives: [...alternatives.values()] };
  }
}
