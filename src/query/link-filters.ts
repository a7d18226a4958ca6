import { firstLink, type Talk } from '../model.ts';
import { words } from '../search/analyze.ts';
import { escapeRegExp } from '../text.ts';
import { type Asking, opt } from './asking.ts';
import { leftOut } from './negation.ts';
import type { Plan } from './plan.ts';

/**
 * "Talks not about microservices", "security talks with slides", "talks with slides and video":
 * the talks some words find left out, and those with (or without) a link kept. `resolve` reads
 * the left-out words as a question of their own, in the same event and readings; `namesEvent`
 * says whether a word names an event.
 */
export function narrowByFilters(
  ask: Asking,
  talks: Talk[],
  resolve: (text: string) => Plan,
  resolveNamed: (text: string) => Plan,
  namesEvent: (word: string) => boolean,
): void {
  const { question } = ask;
  if (question.excluding) {
    // Every talk those words find is left out; words that find nothing leave nothing out.
    const { event } = ask.asked;
    const left = resolve(question.excluding);
    // "Not about kubernetes or kafka", "except ai and data": each side's talks are left out.
    const parts = question.excluding.split(/\s*(?:,|&|\s(?:or|and|nor)\s)\s*/).filter(Boolean);
    const sides = parts.length > 1 ? [question.excluding, ...parts] : [question.excluding];
    const out = new Set(
      sides.flatMap((side) => leftOut(side === question.excluding ? left : resolve(side), talks)),
    );
    // "Everything except the rust talks", "non-ai talks" in notes of several events: the talks
    // of RustConf, of AI Summit, are what the words name too, and left out with the others
    // (in "non-rust talks at rustfjord", where they are all there is, they stay).
    const excluded = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(question.excluding)}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const elsewhere = words(ask.asked.text.toLowerCase().replace(excluded, ' '));
    if (out.size > 0 && !event && left.kind !== 'events' && !elsewhere.some(namesEvent))
      for (const side of sides)
        for (const talk of leftOut(resolveNamed(side), talks)) out.add(talk);
    if (out.size > 0) {
      ask.narrow((talk) => !out.has(talk));
      // Titled as typed ("not by “Ryan Lane”"), where the folded words are found as they were.
      const typed = ask.asked.text.toLowerCase().indexOf(question.excluding);
      if (typed >= 0 && ask.asked.text.length === ask.asked.text.toLowerCase().length)
        question.excluding = ask.asked.text.slice(typed, typed + question.excluding.length);
      // "talks not at qcon": an event's talks were left out, titled "not at “qcon”".
      if (left.kind === 'events') question.excluding = `at ${question.excluding}`;
      // "talks not on monday", "anything except day 1": a day's talks, titled "not on “day 1”".
      else if (left.kind === 'talks' && left.scope.kind === 'date')
        question.excluding = `on ${question.excluding}`;
      if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', event) };
    } else delete question.excluding;
  }
  if (question.lackingBoth) {
    // Neither slides nor video: titled so ("18 talks without slides or video").
    ask.narrow((talk) => !firstLink(talk, 'slides') && !firstLink(talk, 'video'));
    if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', ask.event) };
  }
  if (question.lacking) {
    // Only those without the link: none when every talk has it.
    const kind = question.lacking;
    ask.narrow((talk) => !firstLink(talk, kind));
    if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', ask.event) };
  }
  // Asked again to find the talk whatever it has: the link leads, and is no filter.
  if (question.having && ask.asked.having === false) {
    delete question.having;
    delete question.havingBoth;
  }
  if (question.having) {
    // Only those with the link (both, when both were asked for), unless none has any (then they
    // are listed with the link asked for first, and each says it is missing).
    const kind = question.having;
    const has = question.havingBoth
      ? (talk: Talk) => !!firstLink(talk, 'slides') && !!firstLink(talk, 'video')
      : (talk: Talk) => !!firstLink(talk, kind);
    if (ask.any(has)) {
      ask.narrow(has);
      if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', ask.event) };
    } else if (question.lacking || (ask.query.length === 0 && !oneTalk(ask.asked.text))) {
      // "Security talks with slides but no video" where none has both: none. "Which talks had
      // slides?" where no talk has any: none, said so, not every talk each saying it has none.
      // "Is there a video for the culture talk?" asks of one talk: it is shown, saying so.
      ask.narrow(() => false);
      if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', ask.event) };
    } else {
      // "Culture talks with video" where none has one: the culture talks, saying so.
      if (!question.havingBoth) question.noneHas = kind;
      delete question.having;
      delete question.havingBoth;
    }
  }
}

/** "The culture talk", "the keynote on culture": one talk asked about, not a list of them. */
const ONE_TALK =
  /\bthe\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:talk|session|presentation|keynote|lecture|workshop|one)\b(?!s)/iu;

export function oneTalk(text: string): boolean {
  return ONE_TALK.test(text);
}
