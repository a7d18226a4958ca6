import type { TalksScope } from '../answer.ts';
import { firstLink, type Library } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { TALK_KINDS } from '../search/question-words.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import { oneTalk } from './link-filters.ts';
import { type Plan, planOf } from './plan.ts';

const NONE: Plan = { kind: 'none', suggestions: [] };

/** A link named as such ("any recordings?", "slides?"), not a way of asking ("what can I watch"). */
const LINK_NAMED = /\b(?:videos?|recordings?|recorded|slides?|decks?)\b/;

/** No word left to search and no title quoted: a kind, a list, or nothing. */
export function nothingToSearch(
  ask: Asking,
  titled: number[],
  steps: { index: TalkIndex; library: Library; withKind(ask: Asking): Plan },
): Plan | undefined {
  const { question, query } = ask;
  if (query.length > 0 || titled.length > 0) return undefined;
  // "Who gave the keynote?": a kind of talk the notes name is what is asked for, when nothing
  // else is (a question word elsewhere: "keynote" would otherwise list every talk).
  // A kind the notes never name ("the keynote" in notes without one) is not found, and the
  // answer says which ("no talk mentions “keynote”"), not only that nothing matched.
  const kinds = words(ask.search).filter((word) => TALK_KINDS.has(word));
  if (kinds.length > 0 && kinds.every((word) => steps.index.frequency(word) === 0))
    return { kind: 'none', suggestions: [], unmatched: [...new Set(kinds)] };
  for (const word of kinds) query.push({ word });
  if (query.length > 0) return undefined;
  if (question.answerKind) return steps.withKind(ask);
  const filtered = ask.filtered();
  // "Where was the hotel": asking where names no talks.
  const focus = question.focus === 'room' ? undefined : question.focus;
  if (!filtered && !question.talkNoun && !focus) return NONE;
  // The talks asked for (a company's, an event's, a day's), else every talk.
  const talks = filtered ?? steps.library.talks.filter((talk) => ask.inEvent(talk));
  const scope: TalksScope = filtered
    ? (ask.scope as TalksScope)
    : { kind: 'list', ...opt('event', ask.event) };
  // "Which talks have videos?", "videos from kubecon": with nothing else asked, those with one.
  const kind =
    !question.having && (question.focus === 'slides' || question.focus === 'video')
      ? question.focus
      : undefined;
  const having = kind ? talks.filter((talk) => firstLink(talk, kind)) : [];
  if (kind && having.length > 0) return planOf(scope, having, { ...question, having: kind });
  // "Is there a video of any talk?" where none has one: none, saying so, not every talk each
  // without it. One talk asked about ("the culture talk", though the topic has two) is still
  // shown, with the link it lacks said; "what can I
  // watch in an hour" asks for talks, not for their videos.
  if (kind && talks.length > 1 && LINK_NAMED.test(fold(ask.asked.text)) && !oneTalk(ask.asked.text))
    return planOf(scope, [], { ...question, having: kind });
  return planOf(scope, talks, question);
}
