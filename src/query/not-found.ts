import type { TalksScope } from '../answer.ts';
import type { Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import type { Asked, Asking } from './asking.ts';
import { eitherSubject } from './either-subject.ts';
import { fewerWords } from './fewer-words.ts';
import { type Plan, planOf } from './plan.ts';

/** "The vault talk", "that uber one": a talk named by some of its words. */
const NAMED_TALK =
  /\b(?:the|that|this)\s+((?:(?!(?:the|that|this)\s)[\p{L}\p{N}][\p{L}\p{N}.+#'’-]*\s+){1,4}?)(?:talk|one|session|presentation|keynote)\b/u;

/** What the steps after a search that found nothing ask of the `Resolver`. */
export interface Steps {
  readonly index: TalkIndex;
  /** The words left, searched in the talks still in the running. */
  searched(ask: Asking, titled: number[]): Plan;
  /** The same question asked again, with some of its readings turned off. */
  again(ask: Asking, change: Partial<Asked>): Plan;
  resolveWith(asked: Asked): Plan;
  /** "Which books were recommended": with nothing else asked, the kind is the subject. */
  withKind(ask: Asking): Plan;
  /** The talk of an index hit's reference. */
  talkAt(ref: string): Talk | undefined;
  /** A talk's position in the library, which the index's documents are numbered by. */
  docOf(talk: Talk): number;
}

/** The words found no talk: a kind asked for, a topic's other talks, or "did you mean". */
export function notFound(steps: Steps, ask: Asking): Plan {
  const { question, query } = ask;
  if (question.answerKind) return steps.withKind(ask);
  const again = namedTalk(steps, ask) ?? withoutHaving(steps, ask);
  if (again) return again;
  const filtered = ask.filtered();
  const inTopic = ask.scope?.kind === 'topic' && filtered;
  // A topic widened to talks without topics (see `inTopic`) is no topic to list either.
  if ((inTopic || ask.topicStems) && query.length > 0) {
    const other = outsideTopic(steps, ask);
    if (other) return other;
  }
  if (inTopic)
    return saying(planOf(ask.scope as TalksScope, filtered, question), unknownTo(steps, query));
  // "Talks related to security" where the topic was widened: its talks, by the topic's words.
  const stems = ask.topicStems;
  const topicWords = stems ? query.filter((q) => stems.has(termOf(q.word) ?? q.word)) : [];
  if (topicWords.length > 0 && topicWords.length < query.length) {
    // "Security talks zorblax": a word no talk has at all is no other word of the topic's talks
    // to leave out unsaid; the answer says no talk mentions it.
    const unmatched = unknownTo(
      steps,
      query.filter((q) => !topicWords.includes(q)),
    );
    ask.query = topicWords;
    return saying(steps.searched(ask, []), unmatched);
  }
  // "hashicorp vault": one word no talk has empties the whole question; the others still find.
  const fewer = fewerWords(steps, ask) ?? eitherSubject(steps, ask);
  if (fewer) return fewer;
  // "What about kafka?": where no word searched is in any talk, the answer names them.
  const unknown = unknownTo(steps, query);
  // "Was there a talk on fairness or bias in ML?": one or two words no talk has, nor a word near
  // them, are the reason to say (more are a story told around the question).
  const said =
    unknown.length === query.length ||
    (unknown.length <= 2 && unknown.every((word) => !steps.index.hasNear(word)));
  return {
    kind: 'none',
    suggestions: ask.keep ? [] : steps.index.suggest(query),
    ...(unknown.length > 0 && said ? { unmatched: unknown } : {}),
  };
}

/**
 * "Need the vault talk asap", "main points of the passkeys talk": a talk named as one ("the
 * … talk") is what is asked about; the words around it that find nothing with it are the
 * asking, not more to find.
 */
function namedTalk(steps: Steps, ask: Asking): Plan | undefined {
  const named = NAMED_TALK.exec(ask.search);
  if (!named) return undefined;
  const own = new Set(words(named[1] as string).map((word) => termOf(word) ?? word));
  const inside = ask.query.filter((q) => own.has(termOf(q.word) ?? q.word));
  if (inside.length === 0 || inside.length === ask.query.length) return undefined;
  ask.query = inside;
  const plan = steps.searched(ask, []);
  return plan.kind === 'talks' ? plan : undefined;
}

/**
 * "Does the opa talk have a video": none of the talks with a video is the one asked about,
 * so the talk it is, first, saying it has none (as "video of the opa talk" does).
 */
function withoutHaving(steps: Steps, ask: Asking): Plan | undefined {
  if (!ask.question.having) return undefined;
  const plan = steps.resolveWith({ ...ask.asked, having: false });
  // "Culture talks with video": none of the culture talks has one, which the list says.
  const { having } = ask.question;
  return plan.kind === 'talks' ? { ...plan, scope: { ...plan.scope, noneHas: having } } : undefined;
}

/**
 * "Any talks on supply chain security": no talk of the Security topic has the other words,
 * so the talks that have them all, wherever the notes put them, come first; else ("security
 * talks about passkeys") those that have the other words.
 */
function outsideTopic(steps: Steps, ask: Asking): Plan | undefined {
  const wider = steps.again(ask, { topics: false });
  if (wider.kind === 'talks') return wider;
  const { text } = ask.asked;
  const rest = text
    .split(/(\s+)/)
    .filter((word) => !ask.topicStems?.has(termOf(fold(word).replace(/\W+/g, '')) ?? ''))
    .join('');
  const other = steps.again(ask, { text: rest, topics: false });
  if (other.kind === 'talks' && other.scope.kind === 'search' && !other.scope.correctedFrom)
    return { ...other, scope: { ...other.scope, words: text } };
  return other.kind === 'talks' ? other : undefined;
}

/** The words of these no talk has at all, in any form asked. */
function unknownTo(steps: Steps, query: readonly QueryWord[]): string[] {
  return query.filter((q) => !steps.index.knows(q)).map((q) => q.word);
}

/**
 * "Security talks zorblax": the topic's talks, saying no talk mentions the words none has (a
 * word of the notes the topic's talks lack is left out unsaid, as a subject of theirs).
 */
function saying(plan: Plan, unmatched: string[]): Plan {
  if (plan.kind !== 'talks' || unmatched.length === 0) return plan;
  return { ...plan, scope: { ...plan.scope, unmatched } };
}
