import { asTyped, figuresAsTyped } from './asked-forms.ts';
import { questionAlone } from './asker-context.ts';
import { buriedSubject } from './buried-subject.ts';
import { emptyDay } from './empty-day.ts';
import { emptyPeriod } from './empty-period.ts';
import { withoutAspect } from './fewer-words.ts';
import { isParagraph } from './follow-up.ts';
import type { Plan } from './plan.ts';
import { relaxed } from './relax-filters.ts';
import type { Resolver } from './resolve.ts';
import { quoted } from './special-questions.ts';
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
  plain: string,
  event: string | undefined,
  resolver: Resolver,
): Plan | undefined {
  const { index, reader } = resolver;
  const read = (words: string, at: string | undefined) => resolver.read(words, at);
  const found = plan.unknown
    ? undefined
    : (quoted(text, event, read, (word) => index.frequency(word)) ??
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
  const why = saidWhy(
    plan,
    { text: plain, query: isParagraph(plain) ? [] : reader.queryWords(understand(plain).rest) },
    index,
    (word) => resolver.eventWords.names(word),
  );
  return figuresAsTyped(plain === text ? why : asTyped(why, text), text);
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
