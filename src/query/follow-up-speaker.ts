import type { Answer } from '../answer.ts';
import type { Bot } from '../bot.ts';
import { groupOf } from '../catalogue.ts';
import type { Conversation } from '../conversation.ts';
import type { FollowedUp } from '../follow-up-answers.ts';
import { opt } from '../text.ts';

/** Most speakers' questions offered when "more from her" could be about any of a list's talks. */
const OFFERED = 3;

const askFor = (name: string) => `talks by ${name}`;

/** The named speakers of a talk, by its reference. */
export function speakersOf(bot: Bot, ref: string): string[] {
  return bot.talkAt(ref)?.speakers.flatMap((speaker) => (speaker.name ? [speaker.name] : [])) ?? [];
}

/**
 * "What else did she talk about", "more from them": the talks of the speakers of the talk opened
 * last (each of them, where it had several), or of the one talk (or the one speaker) of the last
 * list. Where the list has several talks by several speakers, which one is meant is not known:
 * the answer asks, offering them, rather than taking the first talk's speaker unsaid.
 */
export function speakerOf(
  bot: Bot,
  opened: string | undefined,
  list: Conversation['list'],
  asked: string,
  unknownPerson?: string,
): FollowedUp | undefined {
  const named = unknownPerson ?? namedBefore(bot, opened, list);
  if (named) return { text: askFor(named), note: { to: 'person', name: named } };
  const ref = opened ?? (list?.total === 1 ? list.refs[0] : undefined);
  if (ref) {
    const title = bot.titleOf(ref);
    if (!title) return undefined;
    const note = { to: 'talk' as const, title, ...(opened || !list ? {} : { position: 1 }) };
    const names = speakersOf(bot, ref);
    const [name] = names;
    // A talk whose speaker the notes do not give: no one to find other talks of, said so,
    // never the same talk again.
    if (!name) {
      const talk = bot.talkAt(ref);
      const group = talk && groupOf(talk);
      const nearest = [group ? `${group} talks` : `more like ${title}`];
      return { text: `talk ${ref}`, note, unnamed: { title, nearest } };
    }
    // "More from her" after a talk of two speakers: which of them is not known; "what else did
    // they talk about" is about them all: the talks of each.
    if (names.length > 1 && onePerson(asked))
      return { text: `talk ${ref}`, note, which: names.slice(0, OFFERED).map(askFor) };
    const text = askFor(names.join(' and '));
    return { text, note, ...opt('noneMore', noneMore(bot, text, names, [ref])) };
  }
  if (!list) return undefined;
  const byTalk = list.refs.map((one) => speakersOf(bot, one));
  // "Talks by kief", then "more from him": every talk listed is that speaker's.
  const shared = byTalk[0]?.find((name) => byTalk.every((names) => names.includes(name)));
  const first = list.refs[0] && bot.titleOf(list.refs[0]);
  if (shared && first && list.total === list.refs.length)
    return {
      text: askFor(shared),
      note: { to: 'talk', title: first, position: list.first },
      ...opt('noneMore', noneMore(bot, askFor(shared), [shared], list.refs)),
    };
  const names = [...new Set(byTalk.flat())].slice(0, OFFERED);
  return {
    text: list.query,
    note: { to: 'question', question: list.query },
    which: names.map(askFor),
  };
}

/**
 * "Did Tom Becker talk about lock-free queues?" answered by someone else's talk: the speaker the
 * last question named, whom "more from him" is about, where none of the talks listed is theirs.
 * Undefined where a talk was opened since, or the question named no speaker of the notes.
 */
function namedBefore(
  bot: Bot,
  opened: string | undefined,
  list: Conversation['list'],
): string | undefined {
  if (opened || !list) return undefined;
  const named = bot.personAsked(list.query);
  if (!named || list.refs.some((ref) => speakersOf(bot, ref).includes(named))) return undefined;
  return named;
}

/**
 * "What else did he talk about?" where every talk of theirs (`asked` lists them) was in the last
 * answer (`shown`): nothing more, said so, offering the talks nearest theirs (their topic's, or
 * those like each), never the same talks again. Undefined where they gave more.
 */
function noneMore(
  bot: Bot,
  asked: string,
  names: string[],
  shown: readonly string[],
): FollowedUp['noneMore'] {
  const theirs = bot.ask(asked);
  if (theirs.kind !== 'talks' || theirs.total > shown.length) return undefined;
  const refs = theirs.hits.map((hit) => hit.ref);
  if (refs.length !== theirs.total || refs.some((ref) => !shown.includes(ref))) return undefined;
  const talks = refs.flatMap((ref) => bot.talkAt(ref) ?? []);
  const nearest = talks.map((talk) => {
    const group = groupOf(talk);
    return group ? `${group} talks` : `more like ${talk.title}`;
  });
  return {
    name: names.join(' and '),
    total: theirs.total,
    ...opt('title', talks.length === 1 ? talks[0]?.title : undefined),
    nearest: [...new Set(nearest)].slice(0, OFFERED),
  };
}

/** "Her", "him", "that speaker": one person of the talk, not its speakers together. */
function onePerson(asked: string): boolean {
  return /\b(?:her|him|his|she|he|(?:that|this|the\s+same)\s+(?:speaker|person|guy|woman|man|presenter))\b/i.test(
    asked,
  );
}

/** The answer that asks which speaker, with the listed speakers' questions to pick from. */
export function whichSpeaker(offered: string[]): Answer {
  return {
    kind: 'none',
    query: 'which speaker',
    suggestions: offered,
    topics: [],
    reason: 'which-speaker',
    example: 'the second one',
  };
}

/** The answer that asks which talk ("open it" after a list of several), offering each listed. */
export function whichListed(offered: string[]): Answer {
  return {
    kind: 'none',
    query: 'which talk',
    suggestions: offered,
    topics: [],
    reason: 'which-listed',
    example: 'the second one',
  };
}
