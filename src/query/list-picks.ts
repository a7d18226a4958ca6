import { fold } from '../search/analyze.ts';

/**
 * A talk of the last list picked by its place, as people type it in a chat: "3", "#3", "open 3",
 * "the second one", "and the 2nd?", "y el segundo?", "et le deuxième ?", "und der zweite?",
 * "the last one"; and "open it", which opens the talk shown last (or asks which, where a list
 * showed several). A lone "second" or "last" is a word to search, never a pick.
 */

/** "3", "#3", "open 3", "show me talk 3", "the 3rd one", "number 3", "the second one". */
const NUMBERED =
  /^(?:(?:open|show(?:\s+me)?|pick|number|no\.?|item|talk|the|tell\s+me\s+(?:more\s+)?about|more\s+(?:on|about))\s+)*(?:(?:#\s*)?\d{1,3}(?:st|nd|rd|th)?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:one|talk))(?:\s+(?:one|talk|please|pls))?[\s.!?]*$/i;

/** English ordinals, by place from the first. */
export const ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** Places by their ordinal, folded, in the languages the bot reads; 0 is the last. */
const PLACES: Record<string, number> = {};
const ORDINAL_WORDS: [number, string][] = [
  [
    1,
    'first primero primera primer premier premiere erste ersten erster erstes primo prima primeiro eerste',
  ],
  [
    2,
    'second segundo segunda deuxieme seconde zweite zweiten zweiter zweites secondo seconda tweede',
  ],
  [
    3,
    'third tercero tercera tercer troisieme dritte dritten dritter terzo terza terceiro terceira derde',
  ],
  [4, 'fourth cuarto cuarta quatrieme vierte vierten quarto quarta vierde'],
  [5, 'fifth quinto quinta cinquieme funfte funften fuenfte vijfde'],
  [6, 'sixth sexto sexta sixieme sechste sechsten sesto'],
  [7, 'seventh septimo septima septieme siebte siebten settimo'],
  [8, 'eighth octavo octava huitieme achte achten ottavo'],
  [9, 'ninth noveno novena neuvieme neunte neunten nono'],
  [10, 'tenth decimo decima dixieme zehnte zehnten'],
  [0, 'last ultimo ultima dernier derniere letzte letzten letzter laatste'],
];
for (const [place, words] of ORDINAL_WORDS)
  for (const word of words.split(' ')) PLACES[word] = place;

const ORDINAL = `(?:${Object.keys(PLACES).join('|')}|\\d{1,3}(?:st|nd|rd|th|º|ª|o|a|e|er|re|eme|te|ten)?)`;
/** What may open a pick in a chat: "and", "y", "et", "und", "what about", "ok". */
const OPENER = String.raw`(?:and|also|so|ok(?:ay)?|then|y|e|et|und|en|what\s+about|how\s+about|y\s+que\s+tal|et\s+pour)`;
const ARTICLE = '(?:the|el|la|le|der|die|das|den|il|lo|o|a|de|het)';
const OPEN = String.raw`(?:open|show(?:\s+me)?|tell\s+me\s+(?:more\s+)?about|abre|ouvre|offne|zeig(?:\s+mir)?)`;
const ITEM = '(?:one|talk|session|uno|una|charla|charlas|conference|vortrag|talks?)';
const POLITE = String.raw`(?:please|pls|plz|por\s+favor|bitte|svp|stp)`;
const IN_A_CHAT = new RegExp(
  String.raw`^(?:${OPENER}\s+)*(?:${OPEN}\s+)?(?:${ARTICLE}\s+)?(${ORDINAL})(?:\s+${ITEM})?(?:\s+${POLITE})?$`,
);

/** "Open it", "show me that one", "ábrelo", "ouvre-le", "öffne es": the talk shown last. */
const OPEN_IT = new RegExp(
  String.raw`^(?:${OPENER}\s+)*(?:(?:can|could)\s+(?:you|u)\s+)?(?:open|show(?:\s+me)?|pull\s+up|display|abrelo|abre(?:lo|la)?|ouvre(?:\s*-?\s*(?:le|la))?|offne|zeig(?:\s+mir)?)(?:\s+(?:it|that|this|that\s+one|this\s+one|that\s+talk|this\s+talk|es|ihn|den|das))?(?:\s+(?:up|for\s+me))?(?:\s+${POLITE})?$`,
);

/**
 * A number with its unit or sign ("93%", "5€", "$20", "30°"): a figure the notes may say, never
 * the place of a talk in a list.
 */
const MEASURE = /\d\s*(?:%|‰|°|€|£|\$|¥)|(?:€|£|\$|¥)\s*\d/u;

/** The question as picks are read: folded, its punctuation gone, but for a leading "#". */
function said(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}\s#ºª]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The place a pick names: 1 for the first, 0 for the last, or undefined when the words pick
 * nothing. A bare ordinal word names no place ("second" is searched): it needs an opener, an
 * article or "one" around it, or the figures of a number.
 */
export function pickedPlace(text: string): number | undefined {
  if (MEASURE.test(text)) return undefined;
  const words = said(text);
  const match = IN_A_CHAT.exec(words);
  if (match?.[1]) {
    const ordinal = match[1];
    const bare = match[0] === ordinal;
    const place = PLACES[ordinal] ?? Number.parseInt(ordinal, 10);
    if (bare && PLACES[ordinal] !== undefined) return undefined;
    if (Number.isFinite(place)) return place;
  }
  if (!NUMBERED.test(text.trim())) return undefined;
  const digits = /\d+/.exec(words)?.[0];
  if (digits) return Number(digits);
  const word = Object.keys(PLACES).find((w) => new RegExp(`\\b${w}\\b`).test(words));
  return word === undefined ? undefined : PLACES[word];
}

/** Whether a message only asks to open the talk shown last: "open it", "show me that one". */
export function opensIt(text: string): boolean {
  return OPEN_IT.test(said(text));
}

/** Whether a message picks a talk of a list, by its place or as "open it". */
export function isPick(text: string): boolean {
  return pickedPlace(text) !== undefined || opensIt(text);
}
