import { withoutAccents } from '../text.ts';
import type { DraftNote } from './summary.ts';

/**
 * Notes told as prose often open by naming the talk: "Then I watched Beginner's Mind, Expert's
 * Mind by Dawid Zalewski. This talk was about…". On a card, under the title and the byline, that
 * sentence says them a third time. For the summary only (the notes keep it), an opening sentence
 * that holds the title and, besides it and the speakers' names, only words that tell how it was
 * seen ("after my talk, I attended", "talking about") is left out — where something follows it.
 * A sentence that adds anything ("… talked about Rust's infra (static toolchains)", "… was
 * amazing") stays.
 */
export function withoutIntroduction(
  notes: DraftNote[],
  title: string,
  names: string[],
): DraftNote[] {
  const first = notes[0];
  if (!first || title.length < 4) return notes;
  const cut = introduction(first.text, title, names);
  if (cut === undefined) return notes;
  const rest = first.text.slice(cut).trim();
  if (rest !== '') {
    const proseCut = introduction(first.prose, title, names);
    const prose = proseCut === undefined ? first.prose : first.prose.slice(proseCut).trim();
    return [{ ...first, text: rest, prose }, ...notes.slice(1)];
  }
  // The sentence is the whole first note: the notes after it, or its own points, say the talk.
  const after = [...first.children, ...notes.slice(1)];
  return after.length > 0 ? after : notes;
}

/** Where a text's opening sentence ends, when it only introduces the talk `title`. */
function introduction(text: string, title: string, names: string[]): number | undefined {
  const folded = fold(text);
  // Folding kept every character in place (it does, but for a few ligatures and letters).
  if (folded.length !== text.length) return undefined;
  const at = folded.indexOf(fold(title));
  if (at === -1 || SENTENCE_END.test(text.slice(0, at))) return undefined;
  const after = at + title.length;
  // "After lunch: "Packaging in 2031" by Flo Gee — uv everywhere": a dash or a colon after the
  // title and its speakers ends the introduction as a full stop does.
  const end = /[.!?…](?=\s|$)|\s[—–]\s|:\s/.exec(text.slice(after));
  if (!end) return undefined;
  const cut = after + end.index + end[0].length;
  let said = `${folded.slice(0, at)} ${folded.slice(after, cut)}`;
  for (const name of names) said = said.replaceAll(fold(name), ' ');
  const words = said.match(/\p{L}+/gu) ?? [];
  return words.every((word) => SEEN.has(word)) ? cut : undefined;
}

const SENTENCE_END = /[.!?](?:\s|$)/;

function fold(text: string): string {
  return withoutAccents(text.toLowerCase()).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/**
 * Words that tell how a talk was seen or announced, not what it said. A sentence of only these
 * (with the title and the speakers) introduces the talk.
 */
const SEEN = new Set(
  (
    'i we my our me us then next after before later first second third last finally also ' +
    'afterwards up kicked kick off opened and so now the a an this that his her their its by ' +
    'from with of at on in to ' +
    'talk talks session sessions keynote presentation lightning opening closing morning ' +
    'afternoon lunch break attended attend watched watch saw see caught went heard listened ' +
    'joined gave given giving give presented presenting presents talked talking talks spoke ' +
    'speaking titled called named entitled about was is were which who there here day one'
  ).split(' '),
);
