import type { Answer } from '../answer.ts';
import type { Conversation } from '../conversation.ts';
import type { FollowedUp } from '../follow-up-answers.ts';
import { fold } from '../search/analyze.ts';
import { findOrder } from './order-words.ts';

/** "The workshop", "that kafka talk", "the panel": one talk, named as one the asker has seen. */
const THE_ONE =
  /\b(?:the|that|this)\s+(?:[\p{L}\p{N}.+#'’-]+\s+){0,4}?(?:talk|workshop|keynote|panel|session|presentation|demo)(?![\p{L}])/u;

/**
 * "Who gave the workshop?" after "talks on day 2 at rustconf": asked alone, the question finds
 * several talks (every event's workshops), of which the last list shows exactly one: that one is
 * meant, as a person would read it (`askAlone`: the question's answer asked alone, asked once for
 * every reading of the follow-up that needs it). Undefined where the question names no one talk so, finds one
 * or none alone, or the list shows none or several of those it finds.
 */
export function theListed(
  text: string,
  { list }: Conversation,
  askAlone: () => Answer,
): FollowedUp | undefined {
  const folded = fold(text);
  if (!list || list.refs.length < 2 || !THE_ONE.test(folded) || findOrder(folded)) return undefined;
  const alone = askAlone();
  if (alone.kind !== 'talks' || alone.total < 2) return undefined;
  const listed = alone.hits.filter((hit) => list.refs.includes(hit.ref));
  const [hit] = listed;
  if (listed.length !== 1 || !hit) return undefined;
  return {
    text: `talk ${hit.ref}`,
    ...(alone.focus ? { focus: alone.focus } : {}),
    note: { to: 'talk', title: hit.title, position: list.first + list.refs.indexOf(hit.ref) },
  };
}
