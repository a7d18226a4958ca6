import type { Bot } from './bot.ts';
import type { Conversation } from './conversation.ts';
import type { FollowedUp } from './follow-up-answers.ts';

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
  if (!list || list.total < 2 || !ELSE.test(text)) return undefined;
  const fresh = bot.ask(text);
  const before = bot.ask(list.query);
  if (fresh.kind !== 'talks' || before.kind !== 'talks' || fresh.total !== list.total)
    return undefined;
  const refs = (answer: typeof fresh) => answer.hits.map((hit) => hit.ref).join(' ');
  return refs(fresh) === refs(before) ? restOfList(list, shown) : undefined;
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
