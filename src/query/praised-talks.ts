import type { Library, NoteNode, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';

/**
 * What a writer of notes says of a talk they rate above the rest, in the languages notes are
 * written in (folded): "you have to see this talk!", "my favourite part", "the highlight of the
 * day", "a must-see", "great keynote", "j'ai beaucoup apprécié", "mein Highlight", "mi charla
 * favorita". A talk's notes that say one are the writer's picks: "which was the best talk?" gets
 * them (the notes rank nothing else), never a talk of each topic as if none were picked.
 */
const PRAISE = new RegExp(
  [
    String.raw`\byou\s+(?:have|need|ought|got)\s+to\s+(?:see|watch)\b`,
    String.raw`\bmust[\s-]+(?:see|watch)\b`,
    String.raw`\b(?:my|our)\s+(?:absolute\s+|personal\s+)?(?:favou?rites?|faves?)\b`,
    String.raw`\bi\s+(?:really\s+|truly\s+|thoroughly\s+)?(?:enjoyed|loved)\s+(?:this|that|the|his|her|their)\s+(?:talk|keynote|session|presentation)\b`,
    String.raw`\b(?:best|favou?rite)\s+(?:talk|session|keynote|presentation)\b`,
    String.raw`\b(?:the\s+)?highlights?\s+of\s+(?:the|my)\s+(?:day|conference|event|trip|week)\b`,
    String.raw`\b(?:great|excellent|amazing|fantastic|brilliant|outstanding|superb)\s+(?:talk|keynote|session|presentation)\b`,
    String.raw`\b(?:delivered|nailed\s+it)\s+big\s+time\b|\bblew\s+my\s+mind\b|\bhighly\s+recommend(?:ed)?\b`,
    String.raw`\bdefinitely\s+(?:watch|worth\s+(?:watching|a\s+watch|seeing))\b`,
    // French, German, Spanish, Italian, Portuguese, Dutch.
    String.raw`\bj['’]?\s?ai\s+(?:beaucoup|vraiment|enormement|particulierement)\s+(?:apprecie|aime|adore)\b|\bcoup\s+de\s+c(?:oe|œ)ur\b|\ba\s+voir\s+absolument\b|\b(?:talk|conf(?:erence)?|presentation)\s+(?:prefere|preferee)\b|\bma\s+preferee\b|\bmon\s+prefere\b`,
    String.raw`\bmein(?:\s+personliches)?\s+highlight\b|\blieblingsvortrag\b|\bsehr\s+empfehlenswert\b|\bunbedingt\s+(?:ansehen|anschauen)\b`,
    String.raw`\b(?:mi|la)\s+(?:charla|ponencia)\s+favorita\b|\bmuy\s+recomendable\b|\bil\s+mio\s+talk\s+preferito\b|\bda\s+non\s+perdere\b|\bminha\s+palestra\s+favorita\b|\baanrader\b`,
  ].join('|'),
);

/** Whether the writer of these notes singles the talk out: a remark of praise in its notes. */
export function isPraised(talk: Talk): boolean {
  const said = (nodes: NoteNode[]): boolean =>
    nodes.some((node) => PRAISE.test(fold(node.text)) || said(node.children));
  return (
    said(talk.notes) ||
    PRAISE.test(fold(talk.summary ?? '')) ||
    PICKS_HEADING.test(fold(talk.topic ?? ''))
  );
}

/**
 * A section of the post the writer files their picks under: "My top-5 talks", "My personal
 * highlights", "Our favourite talks", "Mes coups de cœur": every talk under it is praised.
 */
const PICKS_HEADING =
  /^(?:my|our|mes|meine|mis)\s+(?:personal\s+|absolute\s+)?(?:top[\s-]*(?:\d+|three|five|ten)?|favou?rites?|highlights?|picks|coups\s+de\s+c(?:oe|œ)ur|lieblingsvortrage|charlas\s+favoritas)\b/;

const PRAISED = new WeakMap<Library, Talk[]>();

/** The talks (of an event, if named) whose notes praise them, in the library's order. */
export function praisedTalks(library: Library, event?: string): Talk[] {
  let all = PRAISED.get(library);
  if (!all) {
    all = library.talks.filter(isPraised);
    PRAISED.set(library, all);
  }
  return event ? all.filter((talk) => talk.event === event) : all;
}
