/**
 * "A. How small can a container get?", "B. Spark horror stories", "C. …": a post that counts its
 * talks with letters. The letters are the author's numbering, not the titles' words: taken off
 * where three talks at least, in the post's order, start with letters that go up from "A"
 * ("I." alone may already read as a Roman one). A lone "A. Title" keeps its letter.
 */
export function withoutLetterNumbering(drafts: { title: string }[]): void {
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
    if (letterOf(draft.title) !== undefined) draft.title = draft.title.replace(LETTER, '');
  }
}

const A = 'A'.charCodeAt(0);
const Z = 'Z'.charCodeAt(0);
/** "A. ", "B) ": a capital letter as a count, before a title of more than one word. */
const LETTER = /^[A-Z][.)]\s+(?=\S+\s+\S)/;

function letterOf(title: string): number | undefined {
  const first = title.charCodeAt(0);
  if (first < A || first > Z || !LETTER.test(title)) return undefined;
  return first;
}
