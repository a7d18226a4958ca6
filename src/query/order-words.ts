/**
 * The words of a question that ask for a place in the schedule: an ordinal ("the first talk",
 * "the newest conference"), a neighbour ("after the rust talk"), the same day as another talk.
 * Each finder takes them out of the (folded) question and says what they asked.
 */

/** "The first talk", "the closing keynote": the earliest or the latest in the schedule. */
export type Order = 'first' | 'last';

const ORDINALS: Record<string, Order> = {
  first: 'first',
  opening: 'first',
  earliest: 'first',
  last: 'last',
  final: 'last',
  closing: 'last',
  latest: 'last',
  newest: 'last',
  'most recent': 'last',
  recent: 'last',
  oldest: 'first',
};
const ORDINAL =
  '(first|opening|earliest|oldest|last|final|closing|latest|newest|most\\s+recent|recent)';
/**
 * "The first talk on day 2", "what was the closing keynote", "last session of nordicinfra": an
 * ordinal before a word for a talk, opening the question or after "the" or "a" ("was there a
 * closing talk"; "a culture first talk" is a title's words). The word for the talk stays:
 * "keynote" still asks for keynotes.
 */
const TALK_ORDINAL = new RegExp(
  String.raw`(?:^|\b(?:the|which|what|was|were|is|a|an|any)\s+)(?:very\s+)?${ORDINAL}\s+(?=(?:talks?|sessions?|keynotes?|presentations?|slots?|ones?|speakers?|panels?|lightning)\b)`,
);
/**
 * "The newest data talks", "oldest go talk", "the most recent secnorth talk": how old, before
 * the subject (or event) of the talks, a word or two.
 */
const AGE_ORDINAL =
  /(?:^|\b(?:the|which|what|was|were|is|a|an|any|show|list)\s+)(?:very\s+)?(newest|latest|most\s+recent|oldest)\s+(?=(?:[\p{L}\p{N}.+#-]+\s+){1,2}(?:talks?|sessions?|keynotes?|presentations?|ones?)\b)/u;
/** "Which talk came last", "what was on first", "which talk was first": the ordinal after the talk. */
const CAME_ORDINAL =
  /\b(?:came|was\s+on|went|was\s+given|was\s+scheduled|started|ran|(?<=\b(?:which|what)\s+(?:talk|session|one|keynote|presentation)\s+)(?:was|is))\s+(first|last)\b/;
/** "The newest conference", "the most recent event", "the oldest edition". */
const EVENT_ORDINAL =
  /\b(?:the\s+)?(newest|latest|most\s+recent|last|oldest|earliest|first|previous)\s+(?=(?:conferences?|events?|editions?|confs?)\b)/;
/** "Which conference was most recent", "which event was the oldest": the ordinal after the event. */
const EVENT_WAS_ORDINAL =
  /\b(?:conferences?|events?|editions?|confs?)\s+(?:was|is|were|came)\s+(?:the\s+)?(newest|latest|most\s+recent|last|oldest|earliest|first)\b/;
/** "After the rust talk", "right before the keynote": the talk next to another in the schedule. */
const NEXT_TO =
  /\b(?:(?:right|just|immediately|straight)\s+)?(after|before|following)\s+(?:the|that|this)\s+(?:(.+?)\s+)?(talk|session|presentation|keynote|panel|one)\b/;

/**
 * "Who spoke after Priya on day 1", "what came before Lars": next to a speaker's talk, named by
 * one or two words of the name ("the rust talk" is read by `NEXT_TO`). What follows ("on day
 * 1") stays, to tell which of the speaker's talks.
 */
const NEXT_TO_NAME =
  /\b(?:spoke|talked|presented|speaking|was\s+on|were\s+on|came|comes|went\s+on|on|talks?|sessions?)\s+(?:right\s+|just\s+|immediately\s+|straight\s+)?(after|before|following)\s+(?!(?:the|that|this|lunch|noon|midday|\d)\b)([a-z][\w'’-]*(?:\s+(?!(?:on|at|in|during|day)\b)[a-z][\w'’-]*)?)/;
/** "What was on the same day as the keynote at kubesummit": the talks of that talk's day. */
const SAME_DAY = /\b(?:on\s+)?the\s+same\s+(?:day|date)\s+as\s+(.+)$/;

/** "What opened securedev", "who kicked off the conference", "which talk closed day 2". */
const OPENED =
  /^(?:what|which(?:\s+(?:talk|session|one))?|who)\s+(opened|kicked\s+off|closed|ended|wrapped\s+up)\b(?:\s+the\s+(?:conference|event|show))?/;

/** "Of the day", "of the whole conference": the whole an ordinal counts in, named by no name. */
const OF_THE_WHOLE =
  /\b(?:of|in|on|at)\s+(?:the|that|this|each|every)\s+(?:whole\s+|entire\s+)?(?:day|conference|event|conf)\b/;

/** Takes out of the (folded) question an ordinal for a talk, and says which end it asks for. */
export function findOrder(
  text: string,
): { order: Order; rest: string; ends?: boolean; across?: 'one' | 'all' } | undefined {
  const opened = OPENED.exec(text);
  if (opened?.[1]) {
    const order = /^(?:opened|kicked)/.test(opened[1]) ? 'first' : 'last';
    // What is left names where ("securedev", "day 2"): the question is about its talks.
    return { order, rest: `talks ${cut(text, opened, opened[0])}`.trim() };
  }
  const found = TALK_ORDINAL.exec(text) ?? CAME_ORDINAL.exec(text) ?? AGE_ORDINAL.exec(text);
  if (!found) return undefined;
  const word = found[1] as string;
  const said = word.replace(/\s+/g, ' ');
  const order = Object.hasOwn(ORDINALS, said) ? ORDINALS[said] : undefined;
  // "The closing keynote": one that closes its day, not the last of the keynotes.
  const ends = said === 'opening' || said === 'closing';
  // "The newest talk", "recent talks": of the newest (or oldest) event, not of each.
  const across = /^(?:newest|latest|most recent|recent|oldest)$/.test(said)
    ? /^\s*(?:[\p{L}\p{N}.+#-]+\s+){0,2}(?:talks|sessions|presentations|ones)\b/u.test(
        text.slice(found.index + found[0].length),
      )
      ? 'all'
      : 'one'
    : undefined;
  return {
    order: order ?? 'first',
    // "The first talk of the day", "the last one of the conference": the end asked for, no
    // word to search (where no day is named, each day's or event's end, as "the first talk").
    rest: cut(text, found, word).replace(OF_THE_WHOLE, ' ').replace(/\s+/g, ' ').trim(),
    ...(ends ? { ends } : {}),
    ...(across ? { across } : {}),
  };
}

/** "The newest conference": which end of the events by date, and the question without it. */
export function findEventOrder(text: string): { order: Order; rest: string } | undefined {
  const found = EVENT_ORDINAL.exec(text) ?? EVENT_WAS_ORDINAL.exec(text);
  if (!found) return undefined;
  const order = /^(?:oldest|earliest|first)$/.test(found[1] as string) ? 'first' : 'last';
  return { order, rest: cut(text, found, found[0]) };
}

/** "What came after the rust talk": the talk asked next to, and on which side. */
export function findNextTo(
  text: string,
): { side: 'after' | 'before'; target: string; rest: string } | undefined {
  const found = NEXT_TO.exec(text);
  if (!found) {
    const name = NEXT_TO_NAME.exec(text);
    if (!name?.[2]) return undefined;
    const side = name[1] === 'before' ? 'before' : 'after';
    const at = name.index + name[0].indexOf(name[1] as string);
    const rest = `${text.slice(0, at)} ${text.slice(name.index + name[0].length)}`;
    return { side, target: name[2], rest: rest.replace(/\s+/g, ' ').trim() };
  }
  const side = found[1] === 'before' ? 'before' : 'after';
  // "The keynote" names its talk by its kind: the kind is the word to find it by.
  const named = found[2] ?? '';
  const target = found[3] === 'keynote' || found[3] === 'panel' ? `${named} ${found[3]}` : named;
  return target.trim()
    ? { side, target: target.trim(), rest: cut(text, found, found[0]) }
    : undefined;
}

/** "The same day as the keynote at kubesummit": the words that name the talk, and the rest. */
export function findSameDay(text: string): { target: string; rest: string } | undefined {
  const found = SAME_DAY.exec(text);
  if (!found?.[1]) return undefined;
  return { target: found[1], rest: text.slice(0, found.index).trim() };
}

/**
 * The words around "after …" that tell which talk, not what is asked: "who spoke … on day 1"
 * keeps "on day 1".
 */
export function context(rest: string): string {
  return rest
    .replace(
      /^(?:(?:who|what|which(?:\s+(?:talk|session|one))?)\s+)?(?:spoke|talked|presented|was\s+on|were\s+on|came|went\s+on|was|were|is|happened|followed)?\s*/,
      '',
    )
    .trim();
}

function cut(text: string, found: RegExpExecArray, piece: string): string {
  const at = found.index + found[0].lastIndexOf(piece);
  return `${text.slice(0, at)} ${text.slice(at + piece.length)}`.replace(/\s+/g, ' ').trim();
}
