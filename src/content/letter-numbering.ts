import { cleanTitle, sessionKind } from './title-marks.ts';

/**
 * "A. How small can a container get?", "B. Spark horror stories", "C. …": a post that counts its
 * talks with letters. The letters are the author's numbering, not the titles' words: taken off
 * where three talks at least, in the post's order, start with letters that go up from "A"
 * ("I." alone may already read as a Roman one). A lone "A. Title" keeps its letter.
 */
export function withoutLetterNumbering(drafts: { title: string; kind?: string }[]): void {
  let count = 0;
  let last = 0;
  for (const draft of drafts) {
    const code = letterOf(draft.title);
    if (code === undefined) continue;
    if (count === 0 ? code !== A : code <= last) return;
    last = code;
    if (++count >= 3) break;
  }
  if (count < 3) return;
  for (const draft of drafts) {
    if (!LETTERED.test(draft.title)) continue;
    // "A. Keynote - The Right Tool for the Job", "A. Keynote": the kind the letter stood before.
    const title = draft.title.replace(LETTERED, '');
    const kind = sessionKind(title);
    draft.title = kind ? cleanTitle(title) || title : title;
    if (kind) draft.kind ??= kind;
  }
}

/** A letter's count before any title, once the post is known to count so ("A. Keynote"). */
const LETTERED = /^[A-Z][.)]\s+(?=\S)/;

const A = 'A'.charCodeAt(0);
const Z = 'Z'.charCodeAt(0);
/** "A. ", "B) ": a capital letter as a count, before a title of more than one word. */
const LETTER = /^[A-Z][.)]\s+(?=\S+\s+\S)/;

function letterOf(title: string): number | undefined {
  const first = title.charCodeAt(0);
  if (first < A || first > Z || !LETTER.test(title)) return undefined;
  return first;
}
