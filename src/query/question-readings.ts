import type { TalksScope } from '../answer.ts';
import type { Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { privativeOf } from '../search/privative-words.ts';
import { isFiller } from '../search/question-words.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import { findNegation } from './negation.ts';
import { echoing, type Plan } from './plan.ts';

/** "… without a PM is a pile of YAML": a verb after "without" makes it a sentence's words. */
function isSentence(excluded: string): boolean {
  const list = excluded.split(' ');
  return (
    list.length >= 4 &&
    /\b(?:is|are|was|were|isn['’]?t|means|makes|becomes|has|have|will|gets)\b/.test(excluded)
  );
}

/**
 * "How do we deploy without downtime", "we need to migrate … without downtime", "ways to scale
 * without sharding": a goal asked for before "without" (how to, need to, want to, ways to …),
 * of which the words after "without" are what it must avoid, not talks to leave out.
 */
const GOAL =
  /\b(?:how\s+(?:to|do|does|did|can|could|should|would|are)|ways?\s+to|(?:want|need|plan|try|trying|going|possible|able|hope|wish)(?:s|ed|ing)?\s+to|is\s+it\s+possible|can\s+(?:we|i|you|one))\b[^.;]*\bwithout\b/;

/**
 * "A platform without a PM is a pile of YAML", "kubernetes without tears": "without" inside
 * words a talk says (its title, or the phrase around "without" in its notes, as typed), inside
 * a sentence that goes on past it, or after a goal (`GOAL`), is a word of a description, not
 * talks left out.
 */
export function saysWithout(
  text: string,
  excluded: string,
  library: Library,
  index: TalkIndex,
): boolean {
  const title = `without ${excluded.split(' ')[0]}`;
  if (library.talks.some((talk) => fold(talk.title).includes(title))) return true;
  if (isSentence(excluded) || GOAL.test(fold(text))) return true;
  const said = words(fold(text));
  const at = said.indexOf('without');
  if (at <= 0) return false;
  for (let after = 3; after >= 1; after--) {
    if (at + 1 + after > said.length) continue;
    const phrase = said.slice(at - 1, at + 1 + after);
    if (phrase.slice(2).every((word) => isFiller(word))) continue;
    if (index.saying(phrase.join(' ')).total > 0) return true;
  }
  // "web audio without plugins": the words before it are "webaudio" where the notes join them.
  const joined = at >= 2 ? `${said[at - 2]}${said[at - 1]}` : undefined;
  return [said[at - 1], joined].some((subject) => saysAvoiding(subject, said[at + 1], index));
}

/** "Without" as notes in the bot's languages write it; "statt" ("instead of") says it too. */
const WITHOUT_WORDS = ['without', 'ohne', 'statt', 'sans', 'sin', 'senza', 'sem', 'zonder'];

/**
 * "webaudio without plugins" where German notes say "WebAudio … ganz ohne Plugins", "go without
 * locks" where they say "Goroutinen statt Locks": a talk that says the word before "without"
 * and, anywhere, "without" the word after it, in any language of the notes, is the talk asked
 * for, not one to leave out.
 */
function saysAvoiding(
  subject: string | undefined,
  avoided: string | undefined,
  index: TalkIndex,
): boolean {
  if (!subject || !avoided || isFiller(subject) || isFiller(avoided)) return false;
  const about = index.find(subject);
  if (about.total === 0) return false;
  const refs = new Set(about.top(about.total).map((hit) => hit.ref));
  const has = (found: ReturnType<TalkIndex['find']>) =>
    found.top(found.total).some((hit) => refs.has(hit.ref));
  // "Queues without locks" where a talk says "lock-free queues": its -less or -free word too.
  return (
    WITHOUT_WORDS.some((without) => has(index.saying(`${without} ${avoided}`))) ||
    privativeOf(avoided).some((word) => index.frequency(word) > 0 && has(index.find(word)))
  );
}

/**
 * "Which talk was about an outage that wasn't an attack": a negation a title says, word for
 * word ("The outage at the bank that wasn't an attack"), is a description of that talk, not
 * talks left out.
 */
export function titleSaysNegation(text: string, library: Library): boolean {
  const folded = fold(text).replace(/[?!,;:"“”]+/g, ' ');
  const found = findNegation(folded);
  if (!found) return false;
  const phrase = words(folded.slice(found.index)).join(' ');
  if (phrase.split(' ').length < 3) return false;
  return titleWords(library).includes(` ${phrase} `);
}

const TITLE_WORDS = new WeakMap<Library, string>();

/** Every title's words, one title a line, made once per library: a phrase is one look-up. */
function titleWords(library: Library): string {
  let all = TITLE_WORDS.get(library);
  if (all === undefined) {
    all = library.talks.map((talk) => ` ${words(fold(talk.title)).join(' ')} `).join('\n');
    TITLE_WORDS.set(library, all);
  }
  return all;
}

/**
 * "Keynotes in 2025", "the closing talk of frontend lagoon": a list of some of the talks
 * asked about (a kind, an end of the schedule) is titled by the question, not "All 11 talks".
 */
export function titledAsAsked(ask: Asking, plan: Plan): Plan {
  if (plan.kind !== 'talks' || plan.scope.kind !== 'list') return plan;
  if (!ask.question.order && ask.query.length === 0) return plan;
  const { having, lacking, excluding } = plan.scope;
  const scope: TalksScope = {
    ...echoing(ask.asked.text, plan.scope.event),
    ...opt('having', having),
    ...opt('lacking', lacking),
    ...opt('excluding', excluding),
  };
  return { ...plan, scope };
}

/**
 * "netflix talk in #general": a channel, as Slack's adapter writes it, is where the question
 * was asked, not what about. A hashtag the notes have a word for (`#kubernetes`) is a subject.
 */
export function withoutChannels(text: string, frequency: (word: string) => number): string {
  if (!text.includes('#')) return text;
  return (
    text
      // "karpenter talk in #platform": a channel said to be where, whatever words it has.
      .replace(
        /(^|\s)(?:in|on|from|to|into|at|via)\s+#[\p{L}][\p{L}\p{N}_-]*(?=[\s,.!?]|$)/giu,
        '$1',
      )
      // "#kubernetes talks": a subject's hashtag. "#platform-team karpenter talk": a channel's
      // name of several words, which counts only where the notes write it so ("#on-call").
      .replace(/(^|\s)#([\p{L}][\p{L}\p{N}_-]*)(?=[\s,.!?]|$)/gu, (hashtag, space, name) =>
        (
          /[_-]/.test(name)
            ? frequency(words(name).join('')) > 0
            : words(name).some((word) => frequency(word) > 0)
        )
          ? hashtag
          : space,
      )
      .trim()
  );
}
