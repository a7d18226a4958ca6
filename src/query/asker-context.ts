import { fold, words } from '../search/analyze.ts';

/**
 * "I missed the conference, what should I watch first?", "we're a kotlin shop. anything on
 * microservices?", "what's worth watching? I couldn't go": the asker's situation beside the
 * question. Read as one, the situation's words ("missed", "kotlin shop") are searched too and
 * nothing matches; the question alone is what is asked.
 */

/** A clause that tells about the asker: it opens with "I", "we", "my", "our", "as a …", "since I". */
const ABOUT_ASKER =
  /^(?:(?:so|well|ok|okay|hey|hi|hello|um|uh|also|but|and|sadly|unfortunately)\s+)?(?:i|i['’]m|im|i['’]ve|ive|i['’]d|i['’]ll|we|we['’]re|we['’]ve|we['’]d|my|our|as\s+an?|since\s+(?:i|we)|because\s+(?:i|we)|cause\s+(?:i|we))\b/;

/** A clause that asks: a question mark, or the words a question or a request opens with. */
const ASKS =
  /\?\s*$|^(?:(?:so|ok|okay|then|now|but|and)\s+)?(?:what|which|who|whom|whose|where|when|how|why|any|anything|something|is\s+there|are\s+there|was\s+there|were\s+there|did|do|does|can|could|would|should|show|list|find|give|tell|recommend|suggest|point|send|got|have\s+you)\b/;

/** Clause boundaries: a comma, a semicolon, a dash between spaces, or a sentence's end. */
const BOUNDARY = /\s*(?:[,;]|\s[–—-]\s|[.?!]+(?=\s))\s*/g;

/** A situation of this many words or fewer; a longer message is a story, read whole. */
const MOST_CONTEXT_WORDS = 12;

/**
 * The question of a message that also tells the asker's situation, without it; undefined where
 * the message is not one question beside one or more clauses about the asker.
 */
export function questionAlone(text: string): string | undefined {
  const clauses: string[] = [];
  let from = 0;
  for (const at of text.matchAll(BOUNDARY)) {
    clauses.push(text.slice(from, (at.index ?? 0) + (/^\s*[?]/.test(at[0]) ? 1 : 0)).trim());
    from = (at.index ?? 0) + at[0].length;
  }
  clauses.push(text.slice(from).trim());
  const parts = clauses.filter((clause) => clause !== '');
  if (parts.length < 2) return undefined;
  const kinds = parts.map((clause) => {
    const folded = fold(clause).trim();
    if (ABOUT_ASKER.test(folded) && !ASKS.test(folded)) return 'asker';
    return ASKS.test(folded) ? 'asks' : 'other';
  });
  // One run of questions, the asker's clauses before or after it and nowhere else.
  const first = kinds.indexOf('asks');
  const last = kinds.lastIndexOf('asks');
  if (first < 0 || kinds.includes('other')) return undefined;
  if (kinds.slice(first, last + 1).some((kind) => kind !== 'asks')) return undefined;
  const context = parts.filter((_, i) => kinds[i] === 'asker');
  if (context.length === 0 || words(context.join(' ')).length > MOST_CONTEXT_WORDS)
    return undefined;
  return parts.slice(first, last + 1).join(', ');
}
