import type { Bot } from './bot.ts';
import type { Conversation } from './conversation.ts';
import type { FollowedUp } from './follow-up-answers.ts';
import { trimEndOf } from './text.js';

/**
 * "What else did rustconf have", "anything else at rustconf?", "what other talks were there at
 * rustconf" after rustconf's talks were listed: a question of its own, whose answer is the list
 * shown before. Its talks not shown yet are the answer (the next page of it), or, every one
 * shown, that there is no other; never the same first page again.
 */
const ELSE =
  /\b(?:what|anything|something|who)\s+else\b|\b(?:any\s+|what\s+|which\s+)?other\s+(?:talks|sessions|ones)\b/i;

export function elseOfList(
  bot: Bot,
  text: string,
  list: Conversation['list'],
  shown: string | undefined,
): FollowedUp | undefined {
  if (!list || !ELSE.test(text)) return undefined;
  // Asked at the page shown, so the remembered page is what the last list is compared with
  // (one question asked, not the last one again).
  const fresh = bot.ask(text, { page: list.page });
  if (fresh.kind !== 'talks') return undefined;
  const same =
    fresh.total === list.total &&
    fresh.page === list.page &&
    fresh.hits.map((hit) => hit.ref).join(' ') === list.refs.join(' ');
  if (list.total >= 2 && same) return restOfList(list, shown);
  return besidesList(bot, text, list, shown ?? list.query, fresh.total);
}

/**
 * "What else did rustconf have" after another list of its talks (its keynotes, its day 1): the
 * question's talks without those of the last list, asked as "… except <last question>" (which
 * pages as any question does). Undefined where that does not leave out exactly the last list's
 * talks (a list not all of the question's, or words the exclusion reads otherwise).
 */
function besidesList(
  bot: Bot,
  text: string,
  list: NonNullable<Conversation['list']>,
  question: string,
  total: number,
): FollowedUp | undefined {
  if (list.total >= total) return undefined;
  const asked = `${trimEndOf(text, '?!.')} except ${list.query}`;
  const rest = bot.ask(asked);
  if (rest.kind !== 'talks' || rest.total !== total - list.total) return undefined;
  if (rest.hits.some((hit) => list.refs.includes(hit.ref))) return undefined;
  return { text: asked, note: { to: 'else', question, total: list.total } };
}

/**
 * The talks of the last list not shown yet (its next page, `focus` first), or, every one shown,
 * that there is no other: "who else?", "what else?" after a list of several.
 */
export function restOfList(
  list: NonNullable<Conversation['list']>,
  shown: string | undefined,
  focus?: 'speakers',
): FollowedUp {
  const question = shown ?? list.query;
  if (list.page < list.pageCount)
    return {
      text: list.query,
      page: list.page + 1,
      ...(focus ? { focus } : {}),
      note: { to: 'more', total: list.total, last: false },
      ...(shown ? { shown } : {}),
    };
  return {
    text: list.query,
    page: list.page,
    note: { to: 'question', question },
    noneElse: { question, total: list.total, ...(focus ? { people: true as const } : {}) },
  };
}
