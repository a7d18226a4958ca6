import { fold } from '../search/analyze.ts';
import { trimEndOf } from '../text.js';
import { findUnknown } from './unknowns.ts';

/**
 * A question that asks for the conference as a whole, naming nothing in it: "summarize the
 * conference", "give me an overview", "tl;dr", "what were the highlights", "what happened at the
 * event", "the conference", "what did I miss", "catch me up". Its answer is the event's talks (every event's list where the notes
 * have several and none is named), where its words alone found no talk: "summary",
 * "overview" and "conference" are words of the asking, not of any talk.
 */
/** "What should I catch up on", "what should I know", "where do I start": asked after missing it. */
const CATCH_UP =
  '(?:what\\s+should\\s+(?:i|we)\\s+(?:catch\\s+up\\s+on|know|read|look\\s+at|know\\s+about)|where\\s+(?:do|should)\\s+(?:i|we)\\s+start)';

/** How long a summary is asked to be: "a 3-line summary", "one paragraph recap", "2 minute tl;dr". */
const SIZE = String.raw`(?:(?:\d+|one|two|three|four|five|a\s+few)[\s-]?(?:lines?|sentences?|paragraphs?|words?|bullets?|points?|minutes?|mins?)\s+)?`;
/** "… in two sentences", "… in 3 bullet points", "… in a nutshell", "… briefly". */
const SIZE_AFTER = String.raw`(?:\s+(?:in\s+(?:(?:\d+|one|two|three|four|five|a\s+few|a\s+couple(?:\s+of)?|a)\s+)?(?:lines?|sentences?|paragraphs?|words?|bullets?|bullet\s+points?|points?|nutshell|short|brief)|briefly|quickly))?`;

const OVERVIEW = new RegExp(
  [
    '^',
    // "I missed the conference, what are the highlights": having missed it, any form below.
    "(?:i\\s+(?:missed|couldn['’]?t\\s+(?:go|attend|make\\s+it)|could\\s+not\\s+(?:go|attend|make\\s+it))(?:\\s+(?:it|everything|the\\s+(?:whole\\s+)?(?:conference|event|conf)))?\\s+(?:so\\s+)?)?",
    // "could you please give me", "can i get", "show me", "quick", "what's the", "what is the"
    "(?:(?:hey|hi|ok|so|please|pls|can|could|would|you|i|we|get|give|show|send|tell|me|us|a|an|the|quick|short|brief|high[\\s-]?level|just|what(?:['’]?s)?|is|was)\\s+)*",
    '(?:',
    [
      // "an overview of the conference", "the highlights", "tl;dr", "key takeaways from the event"
      `${SIZE}(?:overview|summary|summaries|recap|rundown|round[\\s-]?up|tl\\s*;?\\s*dr|gist|digest|highlights?|(?:main|key|top)\\s+(?:takeaways?|points)|takeaways)`,
      // "summarize the conference", "sum up the event"
      '(?:summari[sz]e|recap|sum\\s+up|round\\s+up)(?:\\s+(?:it|everything|all|(?:the|this|that)\\s+(?:whole\\s+|entire\\s+)?(?:conference|event|conf|talks|notes)))?',
      // "what happened (at the conference)", "what was it like", "what were the highlights"
      'what\\s+(?:happened|went\\s+on|was\\s+(?:it|the\\s+(?:conference|event))\\s+(?:like|about))',
      // "what were the key takeaways", "what are the main lessons"
      'what\\s+(?:were|are)\\s+the\\s+(?:(?:key|main|top|biggest|most\\s+important)\\s+)?(?:highlights|takeaways|points|lessons)',
      // "what was the key takeaway", one of them
      'what\\s+(?:was|is)\\s+the\\s+(?:key|main|top|biggest|most\\s+important)\\s+(?:takeaway|point|lesson)',
      // "the conference" alone
      'the\\s+(?:conference|event|conf)',
      // "what did I miss", "catch me up", "I missed the conference, what should I know"
      'what\\s+(?:did|have)\\s+(?:i|we)\\s+miss(?:ed)?',
      '(?:catch|fill)\\s+(?:me|us)\\s+(?:up|in)',
      `i\\s+(?:missed|couldn['’]?t\\s+(?:go|attend|make\\s+it)|could\\s+not\\s+(?:go|attend|make\\s+it))(?:\\s+(?:it|everything|(?:all\\s+(?:of\\s+)?)?(?:these|them|those)|the\\s+(?:whole\\s+)?(?:conference|event|conf)))?(?:\\s+(?:so\\s+)?(?:what\\s+(?:did\\s+i\\s+miss|happened)|${CATCH_UP}))?`,
      // "what should I catch up on", "where do I start"
      CATCH_UP,
    ].join('|'),
    ')',
    // "of the conference", "from this event", "of everything", "of the talks", "for me"
    '(?:\\s+(?:of|from|for|at|on|about|in)\\s+(?:the\\s+|this\\s+|that\\s+|all\\s+(?:the\\s+)?)?(?:whole\\s+|entire\\s+)?(?:conferences?|events?|confs?|talks|notes|week|thing|everything|it|all|me|us))*',
    SIZE_AFTER,
    '(?:\\s+(?:please|pls|thanks|thx))?',
    '$',
  ].join(''),
);

/** Whether a question asks for the conference as a whole (see `OVERVIEW`). */
export function asksOverview(text: string): boolean {
  const plain = fold(text)
    .replace(/[?!.,:;"“”'’*_~`]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain !== '' && OVERVIEW.test(plain);
}

/**
 * "What were the highlights of kubecon", "I missed devconf, what should I catch up on", "tl;dr
 * of normconf", "summary of api days": an overview of something named, the words that name it
 * (an event, or a subject: "highlights of kubernetes"), or undefined.
 */
const OVERVIEW_OF = [
  new RegExp(
    String.raw`^(?:(?:give|show|send|tell)\s+(?:me|us)\s+)?(?:a\s+|an\s+|the\s+)?(?:quick\s+|short\s+|brief\s+)?${SIZE}(?:overview|summary|recap|rundown|tl\s*;?\s*dr|gist|highlights?|takeaways|key\s+takeaways)\s+(?:of|from|at|for)\s+(.+?)${SIZE_AFTER}$`,
  ),
  /^what\s+(?:were|are)\s+the\s+(?:(?:key|main|top|biggest|most\s+important)\s+)?(?:highlights|takeaways|points|lessons)\s+(?:of|from|at)\s+(.+)$/,
  new RegExp(
    `^i\\s+(?:missed|couldn['’]?t\\s+(?:go\\s+to|attend|make\\s+it\\s+to)|could\\s+not\\s+(?:go\\s+to|attend))\\s+(.+?)\\s+(?:so\\s+)?(?:what\\s+(?:did\\s+i\\s+miss|happened)|${CATCH_UP})$`,
  ),
  /^what\s+did\s+i\s+miss\s+at\s+(.+)$/,
  /^(?:summari[sz]e|recap)\s+(.+)$/,
];

/** "I missed kubecon, …", "I couldn't go to devconf …": what was missed, and what follows. */
const MISSED =
  /^i\s+(?:missed|couldn['’]?t\s+(?:go\s+to|attend|make\s+it\s+to)|could\s+not\s+(?:go\s+to|attend|make\s+it\s+to))\s+(.+)$/;

/** The words an overview is asked of ("kubecon" in "highlights of kubecon"), if one is asked. */
export function overviewOf(text: string): string | undefined {
  const named = namedBy(text, OVERVIEW_OF);
  if (named) return named;
  // "I missed lakeconf, what were the highlights?": what was missed, then any way an overview
  // is asked.
  const words = MISSED.exec(plain(text))?.[1]?.split(' ') ?? [];
  for (let i = 1; i < words.length; i++)
    if (asksOverview(words.slice(i).join(' '))) return words.slice(0, i).join(' ');
  return undefined;
}

/** A question as these patterns read it: folded, without its marks or a closing "please". */
function plain(text: string): string {
  return fold(text)
    .replace(/[?!.,:;"“”'’*_~`]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+(?:please|pls|thanks|thx)$/, '');
}

/** What the first of these patterns that matches the question names (its first group). */
function namedBy(text: string, patterns: RegExp[]): string | undefined {
  const asked = plain(text);
  for (const pattern of patterns) {
    const named = pattern.exec(asked)?.[1]?.trim();
    if (named) return named;
  }
  return undefined;
}

/**
 * "What was devoxx about overall", "catch me up on kubecon", "what happened at qcon", "how was
 * devoxx": words that may name an event to sum up; an overview only where they name one.
 */
const EVENT_ABOUT = [
  /^what\s+(?:was|were|is)\s+(.+?)\s+(?:all\s+|mostly\s+|mainly\s+|really\s+)?about(?:\s+(?:overall|in\s+general|generally|as\s+a\s+whole|in\s+a\s+nutshell|then))?$/,
  /^(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:catch|fill)\s+(?:me|us)\s+(?:up|in)\s+(?:on|about|with)\s+(.+)$/,
  /^what\s+(?:happened|went\s+on)\s+(?:at|during)\s+(.+)$/,
  /^(?:how\s+was|what\s+was)\s+(.+?)(?:\s+like)?(?:\s+overall)?$/,
];

/** The words that may name an event asked about as a whole (see `EVENT_ABOUT`), if any. */
export function eventAskedAbout(text: string): string | undefined {
  const named = namedBy(text, EVENT_ABOUT);
  // "What was the best talk at jsconf", "what was the most attended talk at jsconf": what the
  // notes cannot tell (which is best, how many came), asked of the event, not the event.
  return named && findUnknown(named) ? undefined : named;
}

/**
 * "How many days did the conference last", "how long was the event", "how many days": the
 * event's length, which is its dates (never the talks that say "days").
 */
const EVENT_LENGTH =
  /^(?:(?:and|so|ok)\s+)?how\s+(?:many\s+days(?:\s+(?:was\s+it|were\s+there|in\s+total|altogether))?|(?:many\s+days|long)\s+(?:did|was|were|is|does)\s+(?:the\s+|this\s+|that\s+)?(?:whole\s+)?(?:conference|event|conf|festival|summit)(?:\s+(?:last|lasted|go\s+on|run|take))?)$/;

/** Whether a question asks how long the conference ran (see `EVENT_LENGTH`). */
export function asksEventLength(text: string): boolean {
  return EVENT_LENGTH.test(trimEndOf(fold(text), '?!.', false).trim());
}
