import type { Focus } from '../answer.ts';
import { fold } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { pickedPlace } from './list-picks.ts';

/**
 * Follow-ups that ask a fact of what was just shown without any word pointing at it: "who
 * spoke?", "who was it?", "wer war das?", "qui ?" after a list are its speakers; "who gave the
 * second one?", "slides for the 3rd one" are that talk of the list, with that fact first.
 */

/** "Who" in the languages the bot reads (Dutch "wie" is German "how", so it is left out). */
const WHO = new Set(['who', 'whom', 'wer', 'qui', 'quien', 'quienes', 'chi', 'quem']);
/** What may open a follow-up in a chat before its "who". */
const OPENERS = new Set(['and', 'so', 'ok', 'okay', 'then', 'und', 'et', 'y', 'e', 'en']);
/** German "was" ("wer war das?"): no asking word elsewhere, so only after "wer". */
const AFTER_WER = new Set(['war', 'waren']);
/**
 * "Who spoke at the conference?", "wer sprach auf der Konferenz?": the whole event named, which
 * is every talk of it, asked anew, not the last answer's.
 */
const WHOLE_EVENT = new Set([
  'conference',
  'conferences',
  'conf',
  'event',
  'events',
  'summit',
  'meetup',
  'konferenz',
  'tagung',
  'conférence',
  'conferencia',
  'conferenza',
  'konferencja',
  'konferencji',
]);
/**
 * What a speaker does to a session, besides giving it: "who ran it?", "who hosted?", "who led
 * the workshop?" ask for its speakers as "who gave it?" does.
 */
export const RUNNING = new Set([
  'ran',
  'run',
  'runs',
  'hosted',
  'hosts',
  'led',
  'leads',
  'taught',
  'teaches',
  'facilitated',
  'moderated',
  'delivered',
  'organised',
  'organized',
]);
/** Longest question read as "who?" alone: longer ones say what they are about. */
const MOST_WORDS = 6;

function wordsOf(text: string): string[] {
  // "Who's the speaker?": "who is", not "who" and an "s".
  return fold(text.replace(/\b(who|what|where|when)['’]s\b/gi, '$1 is'))
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Whether a question asks "who" and nothing else: "who spoke?", "who was it?", "and who
 * presented?", "wer war das?", "¿quién fue?". Such a question names no talk of its own, so it is
 * asked of the last answer.
 */
export function asksWhoAlone(text: string): boolean {
  const asked = whoAsked(text);
  return (
    asked?.rest.every(
      (word) =>
        !WHOLE_EVENT.has(word) &&
        (isFiller(word) || RUNNING.has(word) || (asked.who === 'wer' && AFTER_WER.has(word))),
    ) ?? false
  );
}

/** A short question's "who" (after an opener) and the words after it; undefined for another. */
function whoAsked(text: string): { who: string; rest: string[] } | undefined {
  const words = wordsOf(text);
  while (words.length > 0 && OPENERS.has(words[0] ?? '')) words.shift();
  const [who, ...rest] = words;
  if (!who || !WHO.has(who) || words.length > MOST_WORDS) return undefined;
  return { who, rest };
}

/** The people of every talk, in the languages the bot reads: "who are the speakers?". */
const EVERY_SPEAKER = new Set([
  'speakers',
  'presenters',
  'sprecher',
  'sprecherinnen',
  'referenten',
  'vortragenden',
  'ponentes',
  'oradores',
  'intervenants',
  'orateurs',
  'conferenciers',
  'relatori',
  'palestrantes',
]);

/** Words that point at one talk: "who gave it?", "wer war das?" ask of the talk before. */
const AT_ONE = new Set([
  'it',
  'that',
  'this',
  'das',
  'es',
  'ca',
  'quello',
  'quella',
  'esa',
  'ese',
  'isso',
]);

/**
 * Whether a "who" question alone asks who spoke at all, not of one talk: "who are the
 * speakers?", "wer waren die Sprecher?", "¿quiénes son los ponentes?" (no word points at a talk).
 * With no earlier answer, every talk's speakers are its answer. `titled`: whether the question
 * says a talk's title; "who presented nothing is something", of common words alone, names one.
 */
export function asksEverySpeaker(text: string, titled: () => boolean): boolean {
  const rest = whoAsked(text)?.rest;
  if (!rest || titled()) return false;
  // "Who spoke?", "who was speaking?": someone spoke, of no talk named; so every speaker.
  const asks = (word: string) => EVERY_SPEAKER.has(word) || SPOKE.has(word);
  return (
    rest.some(asks) &&
    rest.every((word) => asks(word) || BEING.has(word) || isFiller(word)) &&
    !rest.some((word) => AT_ONE.has(word) || word === 'else')
  );
}

/** Speaking said without a subject: "who spoke?", "who was talking?", "who presented?". */
const SPOKE = new Set(['spoke', 'talked', 'presented', 'speaking', 'talking', 'presenting']);

/** "Are", "were" and "the" in the languages above: "wer waren die Sprecher?", "qui sont les …". */
const BEING = new Set([
  'die',
  'los',
  'les',
  'gli',
  'os',
  'sind',
  'waren',
  'son',
  'eran',
  'fueron',
  'sont',
  'etaient',
  'sono',
  'erano',
  'sao',
  'foram',
]);

/** What a pick asks first, by the words around it; none: the talk itself ("what was #2 about?"). */
const LEADS: [RegExp, Focus | undefined][] = [
  [
    /^(?:(?:and|so|ok)\s+)?(?:what\s+(?:was|is|did)|whats?)\s+(.+?)\s+(?:all\s+)?(?:about|cover|say)$/,
    undefined,
  ],
  [
    /^(?:(?:and|so|ok)\s+)?(?:summari[sz]e|describe|(?:a\s+)?summary\s+of|details\s+(?:of|on|for))\s+(.+)$/,
    undefined,
  ],
  [/^(?:(?:and|so|ok)\s+)?(?:when|what\s+time|which\s+day)\s+(?:was|is)\s+(.+)$/, 'time'],
  [/^(?:(?:and|so|ok)\s+)?where\s+(?:was|is)\s+(.+)$/, 'room'],
  [
    /^(?:(?:and|so|ok)\s+)?(?:who\s+(?:gave|did|presented|held|ran|spoke\s+(?:at|in|on))|(?:the\s+)?speakers?\s+(?:of|for))\s+(.+)$/,
    'speakers',
  ],
  [/^(?:(?:and|so|ok)\s+)?(?:the\s+)?(?:slides?|decks?)\s+(?:of|for|from)\s+(.+)$/, 'slides'],
  [/^(?:(?:and|so|ok)\s+)?(?:the\s+)?(?:videos?|recordings?)\s+(?:of|for|from)\s+(.+)$/, 'video'],
];

/**
 * "Who gave the second one?", "slides for the 3rd one", "video of #2": the pick it ends with and
 * the fact asked first; undefined for anything else.
 */
export function focusedPick(text: string): { words: string; focus?: Focus } | undefined {
  const said = wordsOf(text).join(' ');
  for (const [lead, focus] of LEADS) {
    const words = lead.exec(said)?.[1];
    if (words && pickedPlace(words) !== undefined) return { words, ...(focus ? { focus } : {}) };
  }
  return undefined;
}
