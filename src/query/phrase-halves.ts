import type { NoteNode, Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';

/**
 * "Containers" where a talk says "container" only in "container queries" (CSS): asked alone, a
 * word a talk only ever says as the first half of one term, always before the same word and
 * more than once, is that term's, another subject; such talks come after those that say the word by itself (Docker's
 * containers), in the order found. Only for a question of one word, and read in the talks found
 * first (their titles and notes, once each), up to the `wanted` first that say it by itself: no
 * whole library is scanned.
 */
export function halvesLast(
  list: Talk[],
  query: readonly QueryWord[],
  from: number,
  says: (talk: Talk, word: string) => boolean,
  wanted = Number.POSITIVE_INFINITY,
): Talk[] {
  const [only] = query;
  if (query.length !== 1 || !only || list.length - from < 2) return list;
  const asked = [only.word, ...(only.alternatives ?? [])];
  const forms = new Set(asked.map((word) => termOf(word) ?? word));
  const head = list.slice(0, from);
  const rest = list.slice(from);
  // A stem keeps its word's first letters: only a word that begins so is stemmed.
  const starts = [...forms].map((form) => form.slice(0, 3));
  const isForm = (word: string) =>
    starts.some((start) => word.startsWith(start)) && forms.has(termOf(word) ?? word);
  // Only a text with a word that begins so is read word by word: splitting every note of 100
  // talks into words was most of a one-word question's time at 10,000 talks.
  const mayHave = (text: string) => starts.some((start) => text.includes(start));
  // A talk found by another word (a longer one the asked word begins, a related one) never says
  // it: its notes are not read at all. Talks are read in order only until the caller has the
  // `wanted` talks that say the word alone: the others' order is never shown.
  const kept: Talk[] = [];
  const halves: Talk[] = [];
  let read = 0;
  for (const talk of rest) {
    if (head.length + kept.length >= wanted) break;
    read++;
    const half = asked.some((word) => says(talk, word)) && saysOnlyBefore(talk, isForm, mayHave);
    (half ? halves : kept).push(talk);
  }
  if (halves.length === 0 || (kept.length === 0 && read === rest.length)) return list;
  return [...head, ...kept, ...halves, ...rest.slice(read)];
}

/** How often a talk says a term to be about it: "container queries" in its title and notes. */
const TERM_TIMES = 2;

/**
 * Whether the talk says the word (`isForm`) only ever right before one same other word. Run on
 * every one-word question over up to `REORDER_WITHIN` talks' notes, so `isForm` stems only what
 * may be the word: stemming every word of the notes made `rust` ~30× slower.
 */
function saysOnlyBefore(
  talk: Talk,
  isForm: (word: string) => boolean,
  mayHave: (folded: string) => boolean,
): boolean {
  let next: string | undefined;
  let alone = false;
  let times = 0;
  const read = (text: string) => {
    const folded = fold(text);
    if (!mayHave(folded)) return;
    const list = words(folded);
    for (let i = 0; i < list.length && !alone; i++) {
      const word = list[i] as string;
      if (!isForm(word)) continue;
      const after = list[i + 1];
      times++;
      if (after === undefined || isFiller(after)) alone = true;
      else if (next === undefined) next = after;
      else if (next !== after) alone = true;
    }
  };
  const walk = (notes: NoteNode[]) => {
    for (const note of notes) {
      if (alone) return;
      read(note.text);
      walk(note.children);
    }
  };
  read(talk.title);
  if (talk.officialTitle) read(talk.officialTitle);
  walk(talk.notes);
  // Said so once ("Taming Kafka consumer lag") is a title's wording; a term is said again.
  return !alone && next !== undefined && times >= TERM_TIMES;
}
