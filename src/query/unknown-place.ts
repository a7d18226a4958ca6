import type { ConferenceEvent, Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { Plan } from './plan.ts';
import type { RelaxSteps } from './relax-filters.ts';

/**
 * "Kubernetes talks at kubecon", "rust talks at fooconf 2024": "at" a name no event, speaker,
 * company or talk of the notes has. The event is not in the notes, so no talk is from it: the
 * question without it is asked, and the answer says which words it left out ("No talk matches
 * the whole question: these match it without “at kubecon”"). A question with nothing else to
 * ask ("talks at kubecon", "anything from kubecon 2024?", "kubecon") is about that event alone:
 * the answer says the notes have no event of that name, and names the events they have.
 */
const AT_NAME =
  /(?:^|\s)((?:at|from)\s+([\p{L}][\p{L}\p{N}:'-]*)(?:\s+((?:19|20)\d\d))?)(?=\s|$)/gu;

/**
 * A word that is a conference's name by its ending ("KubeCon", "DevConf", "InfraSummit",
 * "PyFest"), a few letters before it; English words that end so are no name.
 */
const CONFERENCE_NAME = /^\p{L}{3,}(?:con|conf|summit|fest|camp)$/u;
const ENDS_SO = new Set(
  'silicon silicone falcon bacon beacon lexicon deacon rubicon zircon neocon recon icon'.split(' '),
);

/** Words that ask for an order of an event's talks, no subject of them. */
const ORDER_WORDS = new Set(
  'first last opening closing final earliest latest next previous'.split(' '),
);

/** At most this many of the notes' events are offered for an event they do not have. */
const OFFERED = 5;

export function withoutUnknownPlace(
  text: string,
  event: string | undefined,
  steps: RelaxSteps,
  events: readonly ConferenceEvent[],
): Plan | undefined {
  const typed = fold(text)
    .replace(/[?!,;"“”()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const found of typed.matchAll(AT_NAME)) {
    const [, span, name, year] = found as unknown as [string, string, string, string?];
    if (!namesNothing(name, steps)) continue;
    // Where this match stands: the same words may come earlier ("at scale … at sca").
    const at = (found.index ?? 0) + found[0].length - span.length;
    const rest = `${typed.slice(0, at)} ${typed.slice(at + span.length)}`
      .replace(/\s+/g, ' ')
      .trim();
    // "Anything from kubecon 2024?": nothing asked but the event.
    // "The last talk at wordcamp": an order of that event's talks is about that event alone.
    if (
      event === undefined &&
      rest.split(' ').every((word) => word === '' || isFiller(word) || ORDER_WORDS.has(word))
    )
      return noSuchEvent(name, year, events, steps.library.talks);
    const plan = steps.read(rest, event);
    if (plan.kind !== 'talks' || plan.total === 0) return undefined;
    const { scope } = plan;
    // "Talks at kubecon": all talks are no answer; that no event is called so is.
    if (scope.kind === 'list' && !scope.event && !scope.having && !scope.lacking)
      return event === undefined ? noSuchEvent(name, year, events, steps.library.talks) : undefined;
    // "From X" is a speaker's or a company's as often as an event's: only "at" is left out.
    if (!span.startsWith('at')) continue;
    return { ...plan, scope: { ...scope, dropped: span } };
  }
  // "kubecon", "KubeCon 2024?": a conference's name alone.
  const alone = typed.split(' ').filter((word) => !isFiller(word));
  const [name, year] = alone;
  if (
    event === undefined &&
    name !== undefined &&
    (alone.length === 1 || (alone.length === 2 && /^(?:19|20)\d\d$/.test(year ?? ''))) &&
    CONFERENCE_NAME.test(name) &&
    !ENDS_SO.has(name) &&
    namesNothing(name, steps)
  )
    return noSuchEvent(name, year, events, steps.library.talks);
  return undefined;
}

/** A name no event, speaker, company, synonym or talk of the notes has. */
function namesNothing(name: string, steps: RelaxSteps): boolean {
  const parts = name.split(/[:'-]/).filter((part) => part !== '');
  return (
    !isFiller(name) &&
    parts.every((part) => steps.index.frequency(part) === 0) &&
    !steps.eventWords.names(name) &&
    !steps.reader.isSynonym(name) &&
    !steps.directory.byName(name, 'company')
  );
}

/** No event of that name: the events the notes have, the newest first, offered instead. */
function noSuchEvent(
  name: string,
  year: string | undefined,
  events: readonly ConferenceEvent[],
  talks: readonly Talk[],
): Plan {
  // Only events whose notes gave talks: one with none ("PyCon US 2023") has none to list.
  const held = new Set(talks.map((talk) => talk.event));
  const offered = events
    .filter((one) => held.has(one.id))
    .sort((a, b) => (b.dates ?? '').localeCompare(a.dates ?? ''))
    .slice(0, OFFERED)
    .map((one) => one.name);
  return { kind: 'none', suggestions: offered, place: year ? `${name} ${year}` : name };
}
