import { type Library, type Talk, talkRef } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { TALK_KINDS } from '../search/question-words.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { correct } from './asked-forms.ts';
import { type Asking, opt } from './asking.ts';
import type { Directory } from './directory.ts';
import { withoutAsking } from './fewer-words.ts';
import { isParagraph } from './follow-up.ts';
import { notFound, type Steps } from './not-found.ts';
import { halvesLast } from './phrase-halves.ts';
import { type Plan, planOf, REORDER_WITHIN } from './plan.ts';
import { onlyQualifiers, subjectLeft } from './qualifier-words.ts';
import { type PhraseSteps, relatedPhraseTalks } from './related-phrases.ts';
import { isOfKind } from './talk-shapes.ts';
import { widerThanTopic } from './topic-step.ts';
import { topicSubject } from './topic-subject.ts';
import { unsaid } from './unsaid-words.ts';
import { titledAlone } from './whole-title.ts';

/**
 * The ranking step of answering: the question's words, read and filtered by the steps before,
 * searched in the talks still in the running; a title quoted, a topic's own talks and talks of
 * a related phrase placed around the hits. `Resolver` (resolve.ts) calls it once its readings of
 * names, days, events and topics are done.
 */
export interface SearchSteps extends Steps, PhraseSteps {
  readonly library: Library;
  readonly directory: Directory;
}

/** Hits scoring at least this share of the best are about as relevant as it. */
const CLOSE_SCORE = 0.5;

/** The words left, searched in the talks still in the running. */
export function searched(steps: SearchSteps, ask: Asking, titled: number[]): Plan {
  const { question } = ask;
  const query = asNames(ask);
  const nameFixes = steps.directory.nameTypos(
    query.map((q) => q.word),
    (word) => steps.index.frequency(word) > 0,
  );
  // New words, not edits in place: the question's words may be shared with a cache.
  for (const [from, to] of nameFixes)
    query.forEach((q, i) => {
      if (q.word === from) query[i] = { word: to };
    });
  const filter = ask.keep;
  const options = {
    ...opt('event', ask.event),
    ...(filter ? { keep: (doc: number) => filter[doc] === 1 } : {}),
  };
  const found = aboutTheSubject(
    query,
    steps.index.search(query, { typing: typing(ask), ...options }),
    (words) => steps.index.search(words, { typing: typing(ask), ...options }),
  );
  // The talks found, by ref: ranking up to 1,000 of them costs more than most questions do,
  // so only when a related phrase or a title or topic's talks must be told apart from them.
  let known: Set<string> | undefined;
  const knownRefs = () =>
    (known ??= new Set(found.top(Math.min(found.total, 1000)).map((hit) => hit.ref)));
  // "Security": after the talks with its words, those on zero trust (a related phrase).
  const phrased = relatedPhraseTalks(steps, query, options, knownRefs);
  if (found.total === 0 && titled.length === 0 && phrased.length === 0) return notFound(steps, ask);
  const talks = steps.library.talks;
  const first = titled.map((doc) => talks[doc] as Talk);
  const alone = titledAlone(first, query);
  // "devops", "what's new in devops?": the words name a topic and nothing else, so the talks
  // the author filed under it come first (a link's address that has the word comes after).
  // Only those still in the running: "culture at containerconf" names an event, whose talks
  // are the only ones asked about, whatever another event filed under Culture.
  if (!question.talkNoun && ask.scope === undefined && !widerThanTopic(ask, query, steps.index))
    first.push(
      ...steps.directory
        .topicNamed(
          query.map((q) => q.word),
          ask.event,
        )
        .filter((talk) => ask.kept(talk, steps.docOf(talk))),
    );
  const filtered = ask.filtered();
  // "The lyft security talk": those of the topic's talks the other words say are meant.
  const meant =
    ask.scope?.kind === 'topic' && filtered
      ? topicSubject(ask.asked.text, query, filtered, steps.index, (talk) => steps.docOf(talk))
      : undefined;
  const topicList = ask.scope?.kind === 'topic' && !meant ? filtered : undefined;
  // "The LLM keynote": of the talks found, the keynotes first (the kind is no search word).
  const kind = kindNamed(ask.asked.text, query);
  const ranked = (end: number) => {
    if (alone) return first.slice(0, end);
    const upTo = kind || query.length === 1 ? Math.max(end, REORDER_WITHIN) : end;
    const hits = found.top(upTo + first.length).map((hit) => steps.talkAt(hit.ref));
    let list = [...new Set([...first, ...hits.filter((t): t is Talk => !!t), ...phrased])];
    if (kind) list = ofKindFirst(list, kind, first.length);
    // "Containers": a talk that says it only in "container queries" after Docker's.
    list = halvesLast(
      list,
      query,
      first.length,
      (talk, word) => steps.index.says(steps.docOf(talk), word),
      topicList ? Number.POSITIVE_INFINITY : end,
    );
    // A topic lists all its talks: those with the words first, then the others.
    if (topicList) return [...new Set([...list, ...topicList])];
    if (meant) return [...new Set([...list.filter((talk) => meant.includes(talk)), ...meant])];
    return list.slice(0, end);
  };
  let total = found.total;
  for (const talk of new Set([...first, ...phrased])) if (!knownRefs().has(talkRef(talk))) total++;
  if (topicList) total = topicList.length;
  if (meant) total = meant.length;
  if (alone) total = 1;
  const corrections = [...nameFixes, ...found.corrections];
  const { text } = ask.asked;
  // "niamh's" read as "niamhs": a correction that changes nothing typed is none.
  const fixed = corrections.length > 0 ? correct(text, corrections) : text;
  // "How do we cut our openai bill": the talks for the other words, saying none says "openai".
  const unmatched =
    (ask.scope && !meant) || isParagraph(text) ? [] : unsaid(query, found, steps.index);
  // "Machine learning in production" where no talk says "machine": "production" is no answer.
  if (unmatched.length > 0 && onlyQualifiers(subjectLeft(query, unmatched)))
    return { kind: 'none', suggestions: [], unmatched };
  const scope = (meant ? undefined : ask.scope) ?? {
    kind: 'search',
    words: fixed,
    ...opt('event', ask.event),
    ...opt('correctedFrom', fixed !== text ? text : undefined),
    ...(unmatched.length > 0 ? { unmatched } : {}),
  };
  // "Video of X": among talks about as relevant as the best, those with a video first; a talk
  // quoted by its title stays first, with or without one (the answer says what is missing).
  let close = 0;
  if (question.focus && first.length === 0) {
    const top = found.top(REORDER_WITHIN);
    const best = top[0]?.score ?? 0;
    close = top.filter((hit) => hit.score >= best * CLOSE_SCORE).length;
  }
  return planOf(scope, { total, talks: ranked }, question, close);
}

/** The words left, a name's no speaker has (see `Asking.unnamed`) to be found as written. */
function asNames(ask: Asking): QueryWord[] {
  const names = ask.unnamed;
  if (!names) return ask.query;
  ask.query = ask.query.map((q) => (names.has(q.word) ? { ...q, name: true } : q));
  return ask.query;
}

/**
 * Whether the last word searched is the last word of the question, so it may be a word still
 * being typed ("kubern"); "which talks did the author like" typed "author" whole, and so did
 * "anything about react?" (no "reactivity").
 */
function typing(ask: Asking): boolean {
  // "anything about react?": a question mark or a full stop ends the last word.
  if (/[?？.!]\s*$/u.test(ask.asked.text)) return false;
  const last = ask.query.at(-1)?.word;
  return last !== undefined && words(ask.asked.text).at(-1) === last;
}

/**
 * The kind of talk a question names beside its subject ("the LLM keynote", "rust keynotes"), a
 * kind the search leaves out as a word of the asking.
 */
function kindNamed(text: string, query: readonly QueryWord[]): string | undefined {
  if (query.length === 0) return undefined;
  const kind = words(fold(text)).find((word) => TALK_KINDS.has(word));
  return kind?.replace(/s$/, '');
}

/** The talks of that kind first, each group in its order; a title quoted (`titled`) stays first. */
function ofKindFirst(list: Talk[], kind: string, titled: number): Talk[] {
  const head = list.slice(0, titled);
  const rest = list.slice(titled);
  const isKind = (talk: Talk) => isOfKind(talk, kind);
  return [...head, ...rest.filter(isKind), ...rest.filter((talk) => !isKind(talk))];
}

/** Talks of a subject's first hits that `aboutTheSubject` compares the question's best with. */
const SUBJECT_HITS = 200;

/**
 * "ebpf deep dive" where no eBPF talk says "deep dive": the best talk for the whole question is
 * the Spring Boot deep dive, which has two of its three words, none of its subject. Where the
 * best talk is none of the subject's (the words less those of the asking), the subject's talks
 * are the answer; where it is one of them ("intro to kafka" and a Kafka intro), as found.
 */
function aboutTheSubject<T extends { total: number; top(n: number): { ref: string }[] }>(
  query: QueryWord[],
  found: T,
  search: (words: QueryWord[]) => T,
): T {
  const subject = withoutAsking(query);
  if (subject.length === 0 || subject.length === query.length || found.total === 0) return found;
  const own = search(subject);
  const [best] = found.top(1);
  if (own.total === 0 || !best) return found;
  const refs = new Set(own.top(Math.min(own.total, SUBJECT_HITS)).map((hit) => hit.ref));
  return refs.has(best.ref) ? found : own;
}
