import { fold, words } from '../search/analyze.ts';
import type { QueryWord } from '../search/talk-index.ts';
import { allLeftOut } from './all-left-out.ts';
import { asTyped, figuresAsTyped } from './asked-forms.ts';
import { questionAlone } from './asker-context.ts';
import { buriedSubject } from './buried-subject.ts';
import { emptyDay } from './empty-day.ts';
import { emptyPeriod } from './empty-period.ts';
import { withoutAspect } from './fewer-words.ts';
import { isParagraph } from './follow-up.ts';
import type { Plan } from './plan.ts';
import { onlyQualifiers, subjectLeft } from './qualifier-words.ts';
import { relaxed } from './relax-filters.ts';
import type { Resolver } from './resolve.ts';
import { quoted } from './special-questions.ts';
import { withoutWayIn } from './starter-talks.ts';
import { understand } from './understand.ts';
import { withoutUnknownPlace } from './unknown-place.ts';
import { saidWhy } from './unsaid-words.ts';
import { untimedNotes } from './untimed-notes.ts';

/**
 * A question whose usual reading found nothing (`plan`), asked again more loosely: a quoted
 * phrase alone, a filter let go, an empty day or period said so, the subject buried in a story,
 * the question without the story around it; else why nothing was found. `text` is the question
 * as typed, `plain` as read (chat-speak and other languages in plain English). Undefined where
 * the plan stands as it is (a word no talk has).
 */
export function whenNothing(
  plan: Extract<Plan, { kind: 'none' }>,
  text: string,
  asked: string,
  event: string | undefined,
  resolver: Resolver,
): Plan | undefined {
  // "Talks at pycon us 2023" whose notes gave no talk: no other reading has them either.
  if (plan.empty) return undefined;
  // "Which quantum talk should I watch first": the "first" of the way in is no word to loosen to.
  const plain = withoutWayIn(asked);
  const { index, reader } = resolver;
  const read = (words: string, at: string | undefined) => resolver.read(words, at);
  const found = plan.unknown
    ? undefined
    : (quoted(text, event, read, (word) => index.frequency(word)) ??
      allLeftOut(plain, event, read) ??
      relaxed(plain, event, resolver) ??
      untimedNotes(plain, event, resolver) ??
      emptyPeriod(plain, event, resolver) ??
      emptyDay(plain, event, resolver) ??
      withoutUnknownPlace(plain, event, resolver, resolver.library.events) ??
      withoutAspect(plain, event, read) ??
      buried(plain, event, resolver));
  if (found) return figuresAsTyped(plain === text ? found : asTyped(found, text), text);
  // "I missed the conference, what should I watch first?": the question without the story.
  const alone = questionAlone(text);
  const again = alone ? resolver.resolve(alone, event) : undefined;
  if (again && again.kind !== 'none') return asTyped(again, text);
  if (plan.unknown) return undefined;
  const query = isParagraph(plain) ? [] : reader.queryWords(understand(plain).rest);
  const why = saidWhy(plan, { text: plain, query }, index, (word) =>
    resolver.eventWords.names(word),
  );
  const part = strongestPart(why, query, plain, event, resolver) ?? why;
  return figuresAsTyped(plain === text ? part : asTyped(part, text), text);
}

/** Fewest words a phrase has before its part the notes do have is answered in its place. */
const LONG_PHRASE = 3;
/** Most words of a phrase (its asking words too): a longer message tells of something else. */
const MOST_PHRASE = 8;

/**
 * "Lock free data structures" where no talk says "data structures": the talks of its part
 * the notes have (lock-free), saying which words no talk mentions (the whole of a concept one
 * of them is part of), where the phrase is long enough that its other words say a subject of
 * their own, which a talk has whole. Undefined where nothing but qualifiers is left ("kafka in
 * production"), or it finds no talk either.
 */
function strongestPart(
  why: Plan,
  asked: readonly QueryWord[],
  plain: string,
  event: string | undefined,
  resolver: Resolver,
): Plan | undefined {
  // "The wifi password at qcon": an event's name is where to look, no word of a subject.
  const query = asked.filter((q) => !resolver.eventWords.names(q.word));
  if (why.kind !== 'none' || typedSize(query, plain) < LONG_PHRASE) return undefined;
  // A phrase, not a message that tells of something else ("my laptop keeps crashing …").
  if (words(fold(plain)).length > MOST_PHRASE) return undefined;
  // The words said to be missing, else every word no talk has (several: none was said).
  const unmatched = why.unmatched?.length
    ? why.unmatched
    : query.filter((q) => !resolver.index.knows(q)).map((q) => q.word);
  if (unmatched.length === 0) return undefined;
  const left = subjectLeft([...query], unmatched);
  if (left.length === 0 || left.length === query.length || onlyQualifiers(left)) return undefined;
  const plan = resolver.read(left.map((q) => q.word).join(' '), event);
  if (plan.kind !== 'talks' || plan.total === 0 || plan.scope.kind !== 'search') return undefined;
  // A talk has the part whole ("wifi" here and "password" there is no part of the notes).
  const [best] = plan.talks(1);
  const doc = best ? resolver.docOf(best) : -1;
  const says = (q: QueryWord) =>
    [q.word, ...(q.alternatives ?? [])].some((word) => resolver.index.says(doc, word));
  if (!left.every(says)) return undefined;
  return { ...plan, scope: { ...plan.scope, words: plain, unmatched } };
}

/**
 * How many words the asker typed for these: a term the reader joined from several ("exactly once"
 * as the notes' "exactly-once") counts as two, a subject of its own beside the word no talk has.
 */
function typedSize(query: readonly QueryWord[], plain: string): number {
  const typed = words(fold(plain).replace(/-/g, ' '));
  const joined = new Set(typed.slice(1).map((word, at) => `${typed[at]}${word}`));
  return query.reduce((size, q) => size + (joined.has(q.word) ? 2 : 1), 0);
}

/** A story with its subject buried in it ("my boss keeps asking about SBOMs"). */
function buried(text: string, event: string | undefined, resolver: Resolver): Plan | undefined {
  const question = understand(text);
  const steps = {
    index: resolver.index,
    talkCount: resolver.library.talks.length,
    talkAt: (ref: string) => resolver.talkAt(ref),
    docOf: (talk: Parameters<Resolver['docOf']>[0]) => resolver.docOf(talk),
  };
  return buriedSubject(steps, text, resolver.reader.queryWords(question.rest), question, event);
}
