import { fold, words } from '../search/analyze.ts';
import { isParagraph } from './follow-up.ts';
import type { Plan } from './plan.ts';

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

/** "Hi!", "thanks", "hey there": a clause that greets, no words of the question or the story. */
const GREETING =
  /^(?:hi|hello|hey|hiya|yo|howdy|thanks|thank\s+you|thx|ty|cheers|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|all|everyone|folks|team|bot|so\s+much|a\s+lot))?$/;

/**
 * The question of a message that also tells the asker's situation, without it; undefined where
 * the message is not one question beside one or more clauses about the asker.
 */
export function questionAlone(text: string, most = MOST_CONTEXT_WORDS): string | undefined {
  const clauses: string[] = [];
  let from = 0;
  for (const at of text.matchAll(BOUNDARY)) {
    clauses.push(text.slice(from, (at.index ?? 0) + (/^\s*[?]/.test(at[0]) ? 1 : 0)).trim());
    from = (at.index ?? 0) + at[0].length;
  }
  clauses.push(text.slice(from).trim());
  const parts = clauses.filter((clause) => clause !== '' && !GREETING.test(fold(clause).trim()));
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
  if (context.length === 0 || words(context.join(' ')).length > most) return undefined;
  return parts.slice(first, last + 1).join(', ');
}

/** A story of this many words or fewer, beside a question, in a long message (`storyLess`). */
const MOST_STORY_WORDS = 24;

/**
 * "Hi! I was at the conference but missed most of day 2 because of a meeting, could you tell me
 * which talks about postgres there were?": a long message, read whole as a paragraph, ranks talks
 * by the story's words ("conference", "meeting") as much as by the question's. The question
 * alone is the answer where it finds talks of a subject it names; undefined otherwise (a question
 * that only points at the story, "any talks on that?", or asks for every talk).
 */
export function storyLess(text: string, resolve: (question: string) => Plan): Plan | undefined {
  const alone = questionAlone(text, MOST_STORY_WORDS);
  if (!alone || isParagraph(alone)) return undefined;
  const plan = resolve(alone);
  if (plan.kind !== 'talks' || plan.total === 0) return undefined;
  return plan.scope.kind === 'list' || plan.scope.unknown ? undefined : plan;
}
