import type { Focus } from './answer.ts';
import type { Bot } from './bot.ts';
import type { Conversation } from './conversation.ts';
import type { FollowedUp } from './follow-up-answers.ts';

/**
 * "slides?", "the video?", "links??", "any video?": a link asked for alone, with a question mark;
 * "is there a recording", "are there slides?", "do you have the deck": asked as a question.
 */
const BARE_LINK =
  /^(?:(?:and\s+)?(?:the\s+|any\s+)?(slides?|decks?|videos?|recordings?|links?)\s*\?+|(?:and\s+)?(?:(?:is|are|was|were)\s+there|(?:do|did)\s+(?:you|they|we)\s+have|got)\s+(?:a\s+|an\s+|any\s+|the\s+|some\s+)?(slides?|deck|videos?|recordings?|links?)(?:\s+(?:of|for)\s+(?:it|that|this)(?:\s+one)?)?\s*\?*)$/;

/**
 * The link a bare link question asks for; whether it points at one talk ("… of it"), and whether
 * it asks for several ("videos?", "links?": "slides" is one talk's as well as many's).
 */
function linkAsked(text: string): { focus: Focus; pointed: boolean; several: boolean } | undefined {
  const found = BARE_LINK.exec(text.trim().toLowerCase());
  const word = found?.[1] ?? found?.[2];
  const link = word?.replace(/s$/, '').replace(/^slide$/, 'slides');
  if (!found || !word || !link) return undefined;
  const focus: Focus = /^(?:video|recording)$/.test(link)
    ? 'video'
    : /^(?:slides?|deck)$/.test(link)
      ? 'slides'
      : 'links';
  return {
    focus,
    pointed: /\b(?:it|that|this)\b/.test(found[0]),
    several: /^(?:videos|recordings|decks|links)$/.test(word),
  };
}

/**
 * "slides?" right after a talk was shown (opened, or the one talk of a list, at `position`): that
 * talk's slides, not every talk with slides (which "slides" alone, without the question mark or
 * with no talk open, still lists).
 */
export function bareLink(
  bot: Bot,
  text: string,
  opened: string,
  position?: number,
): FollowedUp | undefined {
  const asked = linkAsked(text);
  const title = asked && bot.titleOf(opened);
  if (!asked || !title) return undefined;
  const at = position === undefined ? {} : { position };
  return { text: `talk ${opened}`, focus: asked.focus, note: { to: 'talk', title, ...at } };
}

/**
 * "Any videos?", "the links?" after a list of several talks, none opened: the videos of the talks
 * listed (each saying where it has none), not its first talk's alone, nor every talk's. A link
 * asked for as one talk's ("and the video?", "the slides of it?") is still its first talk's.
 */
export function listedLinks(
  text: string,
  list: NonNullable<Conversation['list']>,
  shown: string | undefined,
): FollowedUp | undefined {
  const asked = linkAsked(text);
  if (!asked?.several || asked.pointed) return undefined;
  return {
    text: list.query,
    focus: asked.focus,
    note: {
      to: 'question',
      question: shown ?? list.query,
      change: `${asked.focus === 'video' ? 'videos' : asked.focus} first`,
    },
    ...(shown ? { shown } : {}),
  };
}
