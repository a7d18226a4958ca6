import { fold, words } from '../search/analyze.ts';
import { everydayWord } from '../search/english-words.ts';
import { hasWords } from './has-words.ts';
import type { Plan } from './plan.ts';
import { findUnknown } from './unknowns.ts';

/**
 * "Hey! couldn't make it to harbourdev this year because of a family thing, which talks should I
 * watch first?", "I was there but missed a lot, honestly I don't know where to begin": the way in
 * asked in a clause of its own, beside a story of the asker whose words find no talk. The story
 * names no subject (its "thing", "lot", "family" are no talks to look for), so the way in is the
 * answer, of the event the story names where it names one; never the talk titled with the
 * "first" of "watch first". A clause that names what to watch ("which quantum talk should I
 * watch first") is no such question: its subject is said missing.
 */

/** Clause boundaries, and the "so", "but" that join a story to its question. */
const CLAUSES = /[,;.!?…]+|\s[–—-]\s|\b(?:so(?!\s+(?:much|many)\b)|but|anyway|anyways)\b/;

/** A clause about the asker: "I", "we", "my", or a verb of theirs with its "I" left off in a chat. */
const ABOUT_ASKER =
  /\b(?:i|im|ive|id|we|were|weve|my|our|me|us)\b|^(?:(?:hey|hi|hello|sadly|unfortunately)\s+)?(?:couldn['’]?t|could\s+not|can['’]?t|cannot|didn['’]?t|did\s+not|wasn['’]?t|was|missed|had|got|been|just)\b/;

/** A clause that names a subject wanted: "I want something on …", "we're into …", "new to …". */
const WANTS =
  /\b(?:about|on|regarding|into|interested|want|wanna|need|looking\s+for|learn(?:ing)?|new\s+to|working\s+(?:on|with)|use|using)\b/;

/** "Hi", "thanks (so much)": a clause that greets or thanks, of no story. */
const GREETING =
  /^(?:hi|hello|hey|hiya|yo|thanks|thank\s+you|thx|ty|cheers|much|many)(?:\s+(?:there|all|everyone|folks|team|so\s+much|a\s+lot|in\s+advance))?$/;

/** "I", "couldn't", "wasn't" as a question's words are folded: the asker's, no subject. */
const CONTRACTION =
  /^(?:(?:could|can|did|do|does|was|were|would|should|is|are|has|have|had|wo)nt|i|im|ive|id)$/;

/**
 * The event a story beside a way in names ('' for none), where the message is such a question;
 * undefined otherwise (`read` reads a word as the bot reads a question).
 */
export function storyBesideWayIn(
  plan: Plan,
  text: string,
  asksWayIn: (clause: string) => boolean,
  read: (words: string) => Plan,
): string | undefined {
  if (plan.kind !== 'none') return undefined;
  const clauses = fold(text)
    .split(CLAUSES)
    .map((clause) => clause.trim())
    .filter((clause) => /\p{L}/u.test(clause));
  const asking = clauses.findIndex(
    (clause) => asksWayIn(clause) && !hasWords(findUnknown(clause)?.rest ?? clause),
  );
  if (asking < 0) return undefined;
  const story = clauses.filter(
    (clause, i) => i !== asking && !asksWayIn(clause) && !GREETING.test(clause),
  );
  if (story.length === 0 || !story.every((clause) => ABOUT_ASKER.test(clause))) return undefined;
  // "I want something on quantum computing": a story that asks for a subject is the question.
  if (story.some((clause) => WANTS.test(clause))) return undefined;
  // Its one word no everyday one may name the event missed ("harbourdev"); any other is a subject.
  const named = words(story.join(' ')).filter(
    (word) => !everydayWord(word) && !CONTRACTION.test(word) && !/^\d+$/.test(word),
  );
  if (named.length === 0) return '';
  if (named.length > 1) return undefined;
  const of = read(named[0] as string);
  return of.kind === 'talks' && of.scope.kind === 'list' && of.scope.event
    ? of.scope.event
    : undefined;
}
