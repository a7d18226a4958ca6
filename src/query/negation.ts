import type { Talk } from '../model.ts';
import { words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { Plan } from './plan.ts';
import type { Question } from './understand.ts';

/**
 * "not about microservices", "except security", "other than the netflix talk", "talks not at
 * qcon", "talks that weren't keynotes": what follows is left out. A bare "not" is no such word
 * ("What they do not tell you" is a title).
 */
const NOT_AUX = String.raw`\b(?:are|is|were|was|do|does|did|have|has|had|could|would|should|wo|ca)n['’]?t`;

const EXCEPT = new RegExp(
  String.raw`\s*\b(?:${[
    String.raw`(?:but\s+)?not\s+(?:about|on|at|during|related\s+to|covering|including|in(?=\s+(?:19|20)\d\d\b))`,
    String.raw`(?:but\s+)?not(?:\s+given|\s+presented)?(?=\s+(?:by|from)\s)`,
    // "aren't", "weren't", "didnt": the auxiliaries only ("management at netflix" is no "n't at").
    String.raw`${NOT_AUX}\s+(?:about|on|at|related\s+to|covering|in(?=\s+(?:19|20)\d\d\b))`,
    // "talks that aren't from google": "from" stays, to find the company's talks.
    String.raw`${NOT_AUX}(?:\s+given|\s+presented)?(?=\s+(?:by|from)\s)`,
    String.raw`(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:cover|mention|discuss|talk\s+about|touch\s+on|use|involve|include|feature|rely\s+on|deal\s+with|focus\s+on)`,
    // "talks that weren't keynotes", "sessions that are not panels": a kind or subject, left out.
    // "talks that aren't about …" is read by the words above, which say what follows.
    String.raw`(?<=\b(?:talks?|sessions?|presentations?|ones|anything|everything)\s+)(?:(?:that|which)\s+)?(?:are|were|is|was)(?:n['’]?t|\s+not)(?:\s+(?:a|an|the))?(?!\s+(?:about|on|at|from|by|given|presented|related|covering|in)\b)`,
    // "stuff at nordic infra that isn't kubernetes", "anything that's not kubernetes".
    String.raw`(?:that|which)(?:\s+(?:are|were|is|was)(?:n['’]?t|\s+not)|['’]s\s+not)(?:\s+(?:a|an|the))?(?!\s+(?:about|on|at|from|by|given|presented|related|covering|in)\b)`,
    String.raw`except(?:\s+for)?|other\s+than|besides|apart\s+from|aside\s+from|excluding|but\s+not|minus(?:\s+the)?`,
    // "frontend but no react", "python but without django" (links are read before: "but no video").
    String.raw`but\s+(?:no|without)(?:\s+(?:more|any))?`,
    String.raw`(?<=\b(?:anything|everything|all)\s+)but`,
  ].join('|')})\s+(.+)$|^not\s+(?!interested\s+in\b)(.+)$`,
);

/**
 * "No kubernetes please", "I don't want microservices talks", "I'm not interested in AI", "no
 * more security talks": the asker turns those talks down, so they are left out, not searched.
 * "Was there (really) nothing on testing?" asks whether there was: no refusal. A
 * bare "no" opening a question is not enough ("no-code tools", "no silver bullet" are subjects):
 * the politeness after it (or before: "please no wasm"), or "more", says it is a refusal.
 */
const REFUSED =
  /\b(?:i\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:want|need|care\s+(?:about|for)|like)\s+(?:to\s+see\s+)?(?:(?:any(?:thing)?|more)\s+(?:(?:about|on)\s+)?)?(.+)$|\bno\s+more\s+(.+)$|^no\s+(.+?)\s+(?:please|pls|plz|thanks|thx|thank\s+you)$|^please\s+no\s+(.+)$|\bnot\s+interested\s+in\s+(.+)$|(?<!\bthere\s+(?:(?:really|actually|honestly|seriously|just|truly|absolutely)\s+)?)\bnothing\s+(?:about|on|from|by)\s+(.+)$|^(?:please\s+)?skip\s+(?!to\b)(?:the\s+|all\s+the\s+)?(.+)$/;

/** What may follow the refused words and is no part of them: "…, show me something else". */
const AFTER_REFUSAL =
  /(?:\s+(?:please|pls|plz|thanks|thx|thank\s+you|instead|stuff|things|ones|talks|sessions|(?:show|give|find|tell)\s+me\b.*|(?:something|anything)\s+else\b.*|(?:just|only|but)\s+.*))+$/;

/** Where a negation starts in the (folded) question, and the words it leaves out. */
export interface Negation {
  index: number;
  words: string;
}

export function findNegation(text: string): Negation | undefined {
  const except = EXCEPT.exec(text);
  const excepted = except?.[1] ?? except?.[2];
  if (except && excepted) return { index: except.index, words: plural(excepted) };
  const refused = REFUSED.exec(text);
  const turned = refused?.slice(1).find((group) => group !== undefined);
  if (!refused || !turned) return undefined;
  const left = turned.replace(AFTER_REFUSAL, '').trim();
  return left ? { index: refused.index, words: left } : undefined;
}

/**
 * "Except the rust talks", "other than the kafka stuff": the talks of the subject, all of them,
 * titled by it ("not about “rust”"); "other than the netflix talk" is that one talk.
 */
function plural(excepted: string): string {
  return excepted.replace(
    /^(?:all\s+)?the\s+(.+?)\s+(?:talks|sessions|presentations|stuff|ones)$/,
    '$1',
  );
}

/**
 * "Kubernetes talks not about … in 2019", "anything but observability at stacksummit", "talks not
 * from spotify at nordicinfra": the event or year at the end is where the asker looks, not part
 * of what is left out. Only when every word after the last "in", "at", "from" or "during" names
 * an event: "not about kubernetes in production" leaves out all of it.
 */
function scopeTail(
  excluded: string,
  namesEvent: (word: string) => boolean,
): { excluded: string; scope: string } | undefined {
  for (const at of excluded.matchAll(/\s+(?:in|at|from|during)\s+/g)) {
    if (at.index === 0) continue;
    const scope = excluded.slice(at.index + at[0].length);
    const named = words(scope).filter((word) => !isFiller(word));
    if (named.length > 0 && named.every(namesEvent))
      return { excluded: excluded.slice(0, at.index), scope: excluded.slice(at.index).trim() };
  }
  return undefined;
}

const LINK = String.raw`(slides?|slide\s*decks?|decks?|videos?|recordings?)`;
/**
 * "Talks with neither slides nor video", "no slides and no video", "without slides or video",
 * "which talks didn't have slides or a video", "missing both slides and video": one negation over
 * both links, which asks for the talks that have neither (not "a video but no slides").
 */
const NEITHER = new RegExp(
  String.raw`\b(?:(?:that|which|who)\s+)?(?:with\s+)?(?:neither|no|without|lacking|missing|(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:have|has|had|got|get)|(?:have|has|had)\s+no|(?:have|has|had)(?:n['’]?t|\s+not)(?:\s+got)?)(?:\s+(?:a|an|any|both|either|the(?:ir)?))?\s+${LINK}\s+(?:and|or|nor)\s+(?:(?:no|without|a|an|any|the(?:ir)?)\s+)?${LINK}\b`,
);

/**
 * "Talks with no links at all", "talks without any links": no slides and no video, the links a
 * talk is watched by.
 */
const NO_LINKS =
  /\b(?:(?:that|which|who)\s+)?(?:with\s+)?(?:no|without|lacking|missing|(?:have|has|had)\s+no|(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:have|has|had|get))(?:\s+(?:any|a\s+single))?\s+links?(?:\s+at\s+all)?\b/;

/** Where a negation of both slides and video is, if the question has one. */
export function findNeither(text: string): { index: number; length: number } | undefined {
  const links = NO_LINKS.exec(text);
  if (links) return { index: links.index, length: links[0].length };
  const found = NEITHER.exec(text);
  if (!found) return undefined;
  const slides = (word: string) => /^(?:slide|deck)/.test(word);
  // "no slides or decks" names one link twice: that is "no slides".
  if (slides(found[1] as string) === slides(found[2] as string)) return undefined;
  return { index: found.index, length: found[0].length };
}

/**
 * "Talks with slides and video", "which talks have both slides and a video", "both slides and
 * video": talks that must have both links. A "with", "have" or "both" says so: "slides and video
 * of the kafka talk" asks for a talk's links.
 */
const BOTH = new RegExp(
  String.raw`\b(?:(?:that|which|who)\s+)?(?:(?:with|having|has|have|had|got|including)\s+(?:both\s+)?|both\s+)(?:a\s+|an\s+|the(?:ir)?\s+|its\s+)?${LINK}\s+(?:and|&|\+|plus|as\s+well\s+as)\s+(?:a\s+|an\s+|the(?:ir)?\s+|its\s+)?${LINK}\b`,
);

/** Where a request for both slides and video is, and the link named first. */
export function findBoth(
  text: string,
): { index: number; length: number; first: 'slides' | 'video' } | undefined {
  const found = BOTH.exec(text);
  if (!found) return undefined;
  const slides = (word: string) => /^(?:slide|deck)/.test(word);
  if (slides(found[1] as string) === slides(found[2] as string)) return undefined;
  const first = slides(found[1] as string) ? 'slides' : 'video';
  return { index: found.index, length: found[0].length, first };
}

/** "Anything but observability at stacksummit": the event is where to look, not left out. */
export function keepScopeTail(question: Question, namesEvent: (word: string) => boolean): void {
  const tail = question.excluding && scopeTail(question.excluding, namesEvent);
  if (!tail) return;
  question.excluding = tail.excluded;
  question.rest = `${question.rest} ${tail.scope}`;
}

/** The talks the left-out words come to; an event's ("not at qcon", "except 2023"): all its talks. */
export function leftOut(plan: Plan, talks: Talk[]): Talk[] {
  if (plan.kind === 'talks') return plan.talks(plan.total);
  if (plan.kind !== 'events') return [];
  const events = new Set(plan.events);
  return talks.filter((talk) => events.has(talk.event));
}
