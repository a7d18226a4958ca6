import type { Focus } from '../answer.ts';
import { fold } from '../search/analyze.ts';
import { RUNNING } from './asked-back.ts';
import { pickedPlace } from './list-picks.ts';

/**
 * How a follow-up that names no talk reads once there is an earlier answer to read it against:
 * `pick` an item of the last list ("the second one", "#3"), `more` of it ("is that all?"), how
 * many talks it has (`count`: "how many?"),
 * `like` the talk it was about ("more like that"), `others` who spoke on its subject ("who else
 * spoke about it"), `otherTalks` on its subject not shown yet ("any other talks on that?"), the other talks of its `speaker` ("what else did she talk about"), the talk `next` to it ("what came after it"), the last question with
 * `filters` changed or added ("what about day 2"), or
 * `about` the talk it was about ("who gave it?", "and the slides?").
 */
export type FollowUpReading =
  | { kind: 'more' }
  | { kind: 'count' }
  | { kind: 'like' }
  | { kind: 'others' }
  | { kind: 'otherTalks' }
  | { kind: 'speaker' }
  | { kind: 'next'; which: 'before' | 'after'; place?: number }
  | { kind: 'filters'; filters: Filter[] }
  | { kind: 'about'; focus?: Focus };

/** A filter a follow-up changes or adds, and how it is written into the question again. */
export interface Filter {
  kind: 'when' | 'year' | 'link' | 'who' | 'event';
  /** As it is added to the last question: "on day 2", "in 2023", "with video", "from netflix". */
  text: string;
}

/**
 * What a follow-up may open with: "and", "what about", "only", "any", "which of those", "which
 * one", after "ok", "thanks".
 */
const OPENER =
  /^(?:(?:ok(?:ay)?|k|cool|nice|great|thanks|thx|ty|hmm+|oh|ah)\s+)*(?:and|also|what\s+about|how\s+about|same\s+(?:but|for|question)|but|only|just|any|anything|any\s+talks|are\s+there\s+any|which(?:\s+(?:ones?|of\s+(?:them|those|these)))?)\b\s*/;
/**
 * A change asked for in other words: "make it 2024", "change the year to 2023", "swap that for
 * day 2", "no, 2024", "actually day 1": the filter replaces the last question's own, as "what
 * about" does.
 */
const CHANGE =
  /^(?:(?:no|nah|nope|actually|hmm+|wait|sorry|oops|ok(?:ay)?|rather|now)\b[\s,]*)*(?:(?:make|change|switch|swap|set|turn|move)\s+(?:it|that|this|them|those|the\s+(?:year|day|date|time|event|one|ones|filter))?\s*(?:to|for|into|with)?\b\s*|(?:do|try|show)\s+(?:it\s+|that\s+|the\s+same\s+)?(?:for|with)\b\s*)?/;
/** "2024 instead", "day 2 then", "no, 2024": a follow-up that says it replaces something. */
const REPLACES = /^(?:no|nah|nope|actually)\b|\b(?:instead|rather)\s*$/;

/** Words that point at the last list without saying anything ("the ones", "of those"). */
const POINTING =
  /\b(?:(?:only|just)\s+)?(?:the\s+ones?|those|these|them|ones?|talks?|sessions?|of\s+(?:them|those|these)|which|the\s+ones?\s+that|that|were|was|there|any|only|just|please|pls|then|too|instead|one|is|are|have|had|has)\b/g;

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';
const DAY_N = String.raw`day\s+(?:\d{1,2}|one|two|three|four|five|i{1,3}|iv|v)`;
/** Each kind of filter: where it stands in a question (to change it) and how it is written. */
const FILTERS: { kind: Filter['kind']; pattern: RegExp; write: (match: string) => string }[] = [
  {
    kind: 'when',
    pattern: new RegExp(
      String.raw`\b(?:(?:on|during)\s+(?:the\s+)?)?(?:${DAY_N}|${WEEKDAY}|(?:first|second|third|last)\s+day)(?:\s+(?:morning|afternoon|evening))?\b|\b(?:in\s+the\s+)?(?:morning|afternoon|evening)\b`,
      'g',
    ),
    write: (m) => (/^(?:on|during|in)\b/.test(m) ? m : /day\b|^\w+day$/.test(m) ? `on ${m}` : m),
  },
  {
    kind: 'year',
    pattern: /\b(?:(?:in|from|of)\s+)?(?:19|20)\d{2}\b/g,
    write: (m) => `in ${m.replace(/^(?:in|from|of)\s+/, '')}`,
  },
  {
    kind: 'link',
    pattern:
      /\b(?:with|that\s+ha(?:ve|d)|having|has|had|have)\s+(?:a\s+|the\s+|any\s+)?(?:videos?|recordings?|slides|decks?)\b|\b(?:recorded|filmed)\b/g,
    write: (m) => (/slides|deck/.test(m) ? 'with slides' : 'with a video'),
  },
  {
    kind: 'who',
    pattern:
      /\b(?:from|by)\s+(?!(?:the\s+)?(?:day|morning|afternoon|whom|who|what|which|them|those|it|that|this|19\d\d|20\d\d)\b)[\p{L}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?!(?:on|in|at|with|that|during|before|after|and|or)\b)[\p{L}\p{N}][\p{L}\p{N}.&'’-]*){0,2}/gu,
    write: (m) => m,
  },
  {
    kind: 'event',
    pattern:
      /\bat\s+(?!\d|(?:what|which|that|this|it|the\s+same|them|those)\b)[\p{L}][\p{L}\p{N}-]*(?:\s+(?!(?:on|in|with|from|by)\b)[\p{L}\p{N}-]+)?/gu,
    write: (m) => m,
  },
];

/**
 * "How many?", "how many of them", "and how many were there?", "combien ?", "wie viele?": the
 * number of talks of the last list, in any of the languages a question is read in. Not "how many
 * talks", which is a question of its own (every talk the bot knows).
 */
const COUNT =
  /^(?:(?:ok(?:ay)?|and|so|et|und|y|e|en)\s+)*(?:how\s+many|count|wie\s*viele|combien|cu[a]nt[oa]s|quant[ie]|quant[oa]s|hoeveel)(?:\s+(?:of\s+(?:them|those|these)|(?:are|were|is)\s+(?:there|that|they)|(?:is|was)\s+that|in\s+total|total|altogether|sont[- ]ils|y\s+en\s+a[- ]t[- ]il|gibt\s+es|sind\s+es|waren\s+es|hay|hubo|ce\s+ne\s+sono|sono|zijn\s+er|(?:there|they)\s+are))*(?:\s+(?:then|please|pls))?$/;

/** "Is that all?", "any more?", "next page", "show me more": the rest of the last list. */
const MORE =
  /^(?:(?:ok(?:ay)?|and|so)\s+)?(?:is\s+that\s+(?:all|it|everything)|(?:that['’]?s|thats)\s+(?:all|it|everything)|are\s+there\s+(?:any\s+)?more(?:\s+(?:talks|ones))?|(?:any|anything)\s+more|more|next|next\s+page|(?:show|give)\s+(?:me\s+)?(?:some\s+)?more(?:\s+(?:talks|results|ones))?|more\s+(?:talks|results|ones)|keep\s+going|go\s+on)(?:\s+(?:please|pls))?$/;
/**
 * "More like that", "anything similar to this one", "similar talks", "something similar?",
 * "related ones", "more along those lines", "etwas Ähnliches?", "algo parecido",
 * "quelque chose de similaire", "qualcosa di simile".
 */
const LIKENESS = [
  String.raw`(?:more|anything|something|others?|talks?|any|ones?)(?:\s+else)?\s+(?:like|similar\s+to|related\s+to)\s+(?:that|this|it|those|these)(?:\s+(?:one|ones|talk|talks))?`,
  String.raw`(?:(?:more|any|other|some)\s+)?(?:similar|related)(?:\s+(?:talks|ones|sessions|stuff))?`,
  String.raw`(?:anything|something|any\s+more|more)(?:\s+else)?\s+(?:similar|related|like\s+(?:that|this|it))`,
  String.raw`(?:more\s+|anything\s+|something\s+)?along\s+(?:those|these|the\s+same)\s+lines`,
  String.raw`more\s+of\s+(?:that|the\s+same|those|these)`,
  // German, Spanish, Portuguese, French, Italian (folded: "ähnliches" is "ahnliches"; a German
  // question read into English first has "etwas" as "anything").
  String.raw`(?:noch\s+)?(?:etwas|was|anything)\s+ahnliches|ahnliche\s+(?:vortrage|talks|sessions)`,
  String.raw`algo\s+(?:parecido|similar|semelhante)|(?:charlas|talks|palestras)\s+(?:parecidas|similares|semelhantes)`,
  String.raw`quelque\s+chose\s+de\s+(?:similaire|semblable)|des\s+talks\s+similaires|qualcosa\s+di\s+simile`,
].join('|');
const LIKE = new RegExp(
  String.raw`^(?:(?:show|give|find)\s+(?:me\s+|us\s+)?)?(?:${LIKENESS})(?:\s+(?:please|pls|plz))?$`,
);
/** Whether a question only asks for talks like the one answered before ("something similar?"). */
export function asksLikeness(text: string): boolean {
  return LIKE.test(followUpWords(text));
}

/**
 * "Who else spoke about it", "anyone else on that?", "other speakers on this"; "what else?",
 * "anything else there?" alone: the rest of the list, as "who else" is.
 */
const OTHERS =
  /^(?:and\s+|so\s+|ok(?:ay)?\s+)?(?:(?:(?:what|anything|something)\s+else(?:\s+(?:is|was|were|are)\s+there)?(?:\s+(?:then|please|pls))?)$|(?:who|anyone|anybody|someone)\s+else(?:\s+(?:spoke|talked|presented|gave\s+(?:a\s+)?talks?|covered\s+it|was\s+there|did\s+(?:one|that)))?|other\s+speakers|any\s+other\s+speakers)(?:\s+(?:about|on|of)\s+(?:it|that|this|the\s+same(?:\s+(?:thing|subject|topic))?))?$/;

/**
 * "Any other talks on that?", "anything else about this topic", "were there more talks on it":
 * the talks of the last question not shown yet, never the talk the list showed first.
 */
const OTHER_TALKS =
  /^(?:(?:and|so|ok(?:ay)?|cool|thanks|nice)\s+)*(?:(?:are|were|is|was)\s+there\s+)?(?:(?:any|some)\s+)?(?:(?:other|more)\s+(?:talks?|sessions?|ones|stuff)|(?:anything|something)\s+(?:else|more))\s+(?:on|about|covering|around|re)\s+(?:that|this|it|the\s+same|(?:that|this|the\s+same)\s+(?:topic|subject|thing))(?:\s+(?:please|pls|too|then|as\s+well))?$/;

/** "Et qui d'autre ?", "¿y quién más?", "wer noch?", "chi altro?", "quem mais?", "wie nog meer?". */
const OTHERS_ELSEWHERE =
  /^(?:(?:et|y|e|und|en)\s+)?(?:qui\s+d['’]?\s*autre|quien(?:es)?\s+mas|wer\s+(?:noch|sonst)(?:\s+noch)?|chi\s+altro|quem\s+mais|wie\s+nog(?:\s+meer)?)$/;

/** "Her", "that speaker", "the same speakers": the speaker of the talk answered before. */
const THAT_SPEAKER = String.raw`(?:her|him|them|she|he|they|that\s+(?:speaker|person|guy|woman|man|presenter)|this\s+speaker|the\s+(?:same\s+)?speakers?)`;
/**
 * "What else did that speaker talk about", "more from her", "other talks by them", "any others
 * by them?", "her other talks", "did he give any other talks": the other talks of the speaker
 * of the talk before.
 */
const SPEAKER = new RegExp(
  String.raw`^(?:(?:and|so|ok(?:ay)?|cool|thanks|nice)\s+)*(?:(?:what|anything)\s+else\s+(?:did|has|have|does|do)\s+${THAT_SPEAKER}\s+(?:talk(?:ed)?|speak|spoken|present(?:ed)?|give|given|do(?:ne)?|say|said|cover(?:ed)?)(?:\s+(?:about|on))?|(?:any\s+|some\s+)?(?:more|others?|other\s+ones)\s+(?:talks?\s+|stuff\s+|sessions?\s+)?(?:from|by)\s+${THAT_SPEAKER}|(?:anything|something)\s+else\s+(?:from|by)\s+${THAT_SPEAKER}|(?:her|his|their)\s+other\s+(?:talks?|sessions?)|(?:did|has|have)\s+(?:she|he|they)\s+(?:give|given|do|done|have|had)\s+(?:any\s+)?(?:other|more)\s+(?:talks?|sessions?))(?:\s+(?:please|pls|too|as\s+well))?$`,
);

/**
 * "The one before", "what came after it", "right after that", "what was next?", "and after
 * that?", "the next talk", "the previous one", "y después?": the talk next to it on its day.
 */
const NEXT =
  /^(?:(?:and|so|ok(?:ay)?|then|y|et|und)\s+)*(?:what\s+(?:was|came|is|comes|happened|followed)\s+|which\s+(?:talk|one)\s+(?:was|came)\s+|who\s+(?:was|spoke|came)\s+)?(?:the\s+)?(?:(?:one|talk|session)\s+)?(?:right\s+|just\s+)?(before|after|next|previous|afterwards|despues|antes|apres|avant|danach|davor)(?:\s+(?:that|it|this|one|talk|session)(?:\s+(?:one|talk))?)?(?:\s+(?:then|please|pls))?$/;
/** "What was next after the first one", "the talk before the third one": a place of the list. */
const NEXT_TO_PLACE =
  /^(?:(?:and|so|ok(?:ay)?)\s+)*(?:what\s+(?:was|came|is|comes)\s+(?:next\s+)?|which\s+(?:talk|one)\s+(?:was|came)\s+|(?:the\s+)?(?:one|talk|session)\s+)?(?:right\s+|just\s+)?(after|before)\s+(the\s+\S+\s+(?:one|talk))$/;
const AFTER = new Set(['after', 'next', 'afterwards', 'despues', 'apres', 'danach']);

/** "What was the best part", "the most interesting bit": a part of the talk answered before. */
const BEST_PART = String.raw`(?:what\s+(?:was|is)\s+)?the\s+(?:best|most\s+interesting)\s+(?:part|bit)`;
/** "Was it any good?", "is that one worth watching?": how good "it" was. */
const ANY_GOOD = String.raw`(?:was|is)\s+(?:it|that|this)(?:\s+(?:talk|one|session|keynote))?\s+(?:any\s+good|good|great|worth\s+(?:it|watching|a\s+watch|seeing))`;
const OPENING = String.raw`^(?:(?:and|so|ok(?:ay)?)\s+)?`;
/**
 * "What was the best part?" alone: never which talk was best, nor a search for "part" (`pointsBack`
 * in follow-up.ts; "the key takeaways" alone are the conference's).
 */
export const PART_OF_IT = new RegExp(`${OPENING}${BEST_PART}$`);
/** "Was it any good?", and nothing else: `pointsBack` in follow-up.ts. */
export const IT_ANY_GOOD = new RegExp(`${OPENING}${ANY_GOOD}$`);

/**
 * "What was it about?", "what's that talk about", "tell me more", "more details", "summary?",
 * "the key points?", "worum ging es?", "de quoi ça parlait ?", "¿de qué trataba?": the talk
 * answered before, opened, never a search for "about" or "summary" (which every talk would pass).
 */
const ABOUT_IT = new RegExp(
  String.raw`^(?:(?:and|so|ok(?:ay)?|cool|thanks|nice|great)\s+)*(?:${[
    String.raw`what\s+(?:was|is)\s+(?:it|that|this)(?:\s+(?:talk|one|session|keynote))?\s+(?:all\s+)?about`,
    String.raw`what(?:['’]?s|s)\s+(?:it|that|this)(?:\s+(?:talk|one|session|keynote))?\s+(?:all\s+)?about`,
    String.raw`what\s+did\s+(?:it|that|this)(?:\s+(?:talk|one|session|keynote))?\s+(?:cover|say)`,
    String.raw`tell\s+me\s+more(?:\s+about\s+(?:it|that|this)(?:\s+(?:talk|one|session|keynote))?)?`,
    String.raw`(?:more\s+|any\s+|the\s+)?details|(?:a\s+|the\s+)?summary|(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:summari[sz]e|sum\s+up)\s+(?:it|that|this)(?:\s+(?:talk|one))?(?:\s+(?:for\s+me|up))?`,
    String.raw`(?:what\s+(?:were|are|was|is)\s+)?the\s+(?:key|main|big)\s+(?:points?|takeaways?|ideas?|messages?|lessons?)|(?:key|main)\s+(?:points?|takeaways?)`,
    // "Was it any good?", "is that one worth watching?", "what was the best part of it": how
    // good the talk answered before was, which its notes (and the author's rating) tell.
    String.raw`${ANY_GOOD}|worth\s+(?:it|watching)`,
    String.raw`${BEST_PART}(?:\s+of\s+(?:it|that|this)(?:\s+(?:talk|one|session|keynote))?)?`,
    String.raw`worum\s+ging\s+es|de\s+quoi\s+(?:ca|il|elle)\s+parl(?:ait|e)|de\s+que\s+(?:trataba|trata|hablaba)|di\s+cosa\s+parlava|sobre\s+o\s+que\s+(?:era|foi)`,
  ].join('|')})(?:\s+(?:please|pls|then|again))?$`,
);

/** Words of a follow-up about one talk, and what its answer should lead with. */
const FOCUS: [RegExp, Focus][] = [
  [
    /\b(?:who|wer|qui|quien|chi|quem|speakers?|presenters?|presented|gave|spoke|by\s+whom)\b/,
    'speakers',
  ],
  // "Where does he work?", "which company is she with?": the speaker, with their company (before
  // "where", which is the room).
  [
    /\b(?:compan(?:y|ies)|employers?|work(?:s|ed|ing)?\s+(?:for|at)|where\s+(?:does|did|do|is|was)\s+\S+\s+work(?:s|ing)?)\b/,
    'company',
  ],
  [/\b(?:slides?|decks?)\b/, 'slides'],
  [/\b(?:videos?|recorded|recordings?|filmed|youtube|watch)\b/, 'video'],
  [/\b(?:links?|urls?)\b/, 'links'],
  [/\b(?:rooms?|where|halls?|stage)\b/, 'room'],
];

/**
 * A detail of the talk asked alone, in a word or two: "what time?", "when?", "which room?",
 * "where?", "how long?", "speaker?", "and the date?", "um wie viel Uhr?", "¿a qué hora?", "à
 * quelle heure ?", "wo?": about the talk answered before, never a search for "time" (the talks
 * that say "time" were the answer). Read once the words that point back are gone.
 */
const DETAILS: [RegExp, Focus][] = [
  [
    /^(?:what\s+|which\s+)?(?:time|hour|timeslot|slot)$|^(?:welche\s+uhrzeit|um\s+wie\s*viel\s+uhr|(?:a|en)\s+que\s+hora|(?:a|em)\s+que\s+horas?|(?:a\s+)?quelle\s+heure|(?:a\s+)?che\s+ora)$/,
    'clock',
  ],
  [
    /^(?:what\s+|which\s+)?(?:date|day|when|schedule)$|^(?:wann|(?:a|en)\s+que\s+dia|cuando|quando|quand)$/,
    'time',
  ],
  [
    /^(?:what\s+|which\s+)?(?:room|hall|stage|where|location)$|^(?:wo|welcher\s+raum|en\s+que\s+sala|donde|onde|(?:em\s+)?que\s+sala|ou|quelle\s+salle|dove|quale\s+sala|in\s+che\s+sala)$/,
    'room',
  ],
  [
    /^(?:how\s+long|duration|length|wie\s+lange|cuanto\s+duro|combien\s+de\s+temps|quanto\s+durou)$/,
    'length',
  ],
  [/^(?:who|speakers?|presenters?|by\s+whom|wer|quien|qui|chi|quem)$/, 'speakers'],
  // "What company?", "which company is he from?", "who does she work for?", "where do they
  // work": the talk's speakers with their company, never the list of every company's talks.
  [
    /^(?:what\s+|which\s+)?(?:compan(?:y|ies)|employers?|firms?|organi[sz]ations?)(?:\s+(?:he|she|they|speakers?|presenters?))?(?:\s+work(?:s|ed)?)?(?:\s+(?:from|with|for|at))?$|^(?:who|where)\s+(?:he|she|they|speakers?)\s+work(?:s|ed)?(?:\s+for)?$/,
    'company',
  ],
];

/** Words around a detail asked alone: "and", "the", "was it", "did it start". */
const AROUND_DETAIL =
  /\b(?:and|so|ok(?:ay)?|also|but|then|the|it|that|this|one|talk|session|was|is|did|does|do|its|of|at|on|in|start|starts|started|begin|began|end|ended|held|again|please|pls|war|es|el|la|fue|est|ce|il|era|foi|ela|ele)\b/g;

function detailAsked(words: string): Focus | undefined {
  const rest = words.replace(AROUND_DETAIL, ' ').replace(/\s+/g, ' ').trim();
  if (rest === '') return undefined;
  return DETAILS.find(([pattern]) => pattern.test(rest))?.[1] ?? ranIt(rest);
}

/** "Who ran it?", "who led that workshop?", "who hosted?": a session's runner is its speaker. */
function ranIt(rest: string): Focus | undefined {
  const [who, verb, ...more] = rest.split(' ');
  const session = more.length === 0 || (more.length === 1 && SESSION.test(more[0] ?? ''));
  return who === 'who' && RUNNING.has(verb ?? '') && session ? 'speakers' : undefined;
}

const SESSION = /^(?:workshops?|labs?|tutorials?|panels?|keynotes?|sessions?|talks?)$/;

/**
 * "What did she say about testing?", "and what did they think of Kafka?", "what did he mention
 * on costs": a subject asked of the speaker of the talk before, by a pronoun. The subject, or
 * undefined.
 */
const SAID_BY_THEM =
  /^(?:(?:and|so|ok(?:ay)?|also)\s+)*what\s+(?:did|does|do|has|have)\s+(?:she|he|they|the\s+speakers?|that\s+speaker)\s+(?:say|said|talk|talked|mention|mentioned|think|thought|tell\s+us|share|shared)\s+(?:about|on|of|regarding)\s+(.+)$/;

export function subjectOfTheirs(text: string): string | undefined {
  return SAID_BY_THEM.exec(followUpWords(text))?.[1];
}

/** The question as these patterns read it: folded, its punctuation and emoji gone. */
export function followUpWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}\s#'’&.-]+/gu, ' ')
    .replace(/[.]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How `text` follows up the last answer, when it only does that; undefined for a question of its
 * own. `pointsBack` says whether the question, as the bot reads it, names nothing of its own
 * ("who gave it?" does; "and the slides for the rust talk?" does not).
 */
export function readFollowUp(text: string, pointsBack: () => boolean): FollowUpReading | undefined {
  const words = followUpWords(text);
  if (MORE.test(words)) return { kind: 'more' };
  if (COUNT.test(words)) return { kind: 'count' };
  if (LIKE.test(words)) return { kind: 'like' };
  if (OTHER_TALKS.test(words)) return { kind: 'otherTalks' };
  if (OTHERS.test(words) || OTHERS_ELSEWHERE.test(words)) return { kind: 'others' };
  if (SPEAKER.test(words)) return { kind: 'speaker' };
  const next = NEXT.exec(words)?.[1];
  if (next) return { kind: 'next', which: AFTER.has(next) ? 'after' : 'before' };
  // "What was next after the first one?": the talk next to that one of the last list.
  const placed = NEXT_TO_PLACE.exec(words);
  const place = placed?.[2] ? pickedPlace(placed[2]) : undefined;
  if (placed && place !== undefined)
    return { kind: 'next', which: placed[1] === 'before' ? 'before' : 'after', place };
  if (ABOUT_IT.test(words)) return { kind: 'about' };
  const filters = filtersOnly(words);
  if (filters) return { kind: 'filters', filters };
  const detail = detailAsked(words);
  if (detail) return { kind: 'about', focus: detail };
  if (!pointsBack()) return undefined;
  const focus = FOCUS.find(([pattern]) => pattern.test(words))?.[1];
  return { kind: 'about', ...(focus ? { focus } : {}) };
}

/**
 * "What about day 2", "and in 2023?", "only the ones with video", "any from netflix?": the
 * filters of a follow-up that says nothing else, after its opening words. Undefined when it says
 * anything more (a subject of its own: "what about kubernetes?" is a new question).
 */
function filtersOnly(words: string): Filter[] | undefined {
  const changed = CHANGE.exec(words);
  // "make it 2024", "2024 instead": what a change opens with is its opener.
  const opened =
    OPENER.exec(words) ??
    (changed && (changed[0].trim() !== '' || REPLACES.test(words)) ? changed : null);
  if (!opened) return undefined;
  let rest = words.slice(opened[0].length);
  const filters: Filter[] = [];
  for (const { kind, pattern, write } of FILTERS) {
    rest = rest.replace(pattern, (match) => {
      if (!filters.some((f) => f.kind === kind))
        filters.push({ kind, text: write(match.replace(/\s+/g, ' ')) });
      return ' ';
    });
  }
  if (filters.length === 0) return undefined;
  // "Any talks from netflix?", "are there any talks on day 2?", "which talks had slides?":
  // asked afresh, of every talk.
  if (
    /^(?:any|anything|are\s+there\s+any|which)\b/.test(opened[0]) &&
    /\b(?:talks?|sessions?)\b/.test(rest)
  )
    return undefined;
  return rest.replace(POINTING, ' ').trim() === '' ? filters : undefined;
}

/**
 * The last question with these filters in place of its own of the same kind: "kafka talks on
 * day 1" and "on day 2" make "kafka talks on day 2". A question for a topic ("topic Security")
 * is asked as its talks, which take filters.
 */
export function withFilters(query: string, filters: Filter[]): string {
  let asked = query.replace(/^topic\s+(.+)$/i, '$1 talks');
  for (const filter of filters) {
    const same = FILTERS.find((f) => f.kind === filter.kind);
    if (same) asked = asked.replace(new RegExp(same.pattern.source, `${same.pattern.flags}i`), ' ');
  }
  // "list" alone is every talk: with a filter it reads as a question about "list".
  asked = asked.replace(/^(?:list|all)$/i, 'talks');
  const kept = asked.replace(/\s+/g, ' ').trim();
  return [kept || 'talks', ...filters.map((f) => f.text)].join(' ');
}
