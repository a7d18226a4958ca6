import type { Answer, Focus, FollowUp } from './answer.ts';
import type { Bot } from './bot.ts';
import type { Conversation } from './conversation.ts';
import { elseOfList, restOfList } from './follow-up-else.ts';
import { bareLink, listedLinks } from './follow-up-links.ts';
import { asksWhoAlone, focusedPick } from './query/asked-back.ts';
import { mayPointBack, nameExample } from './query/follow-up.ts';
import { speakerOf, speakersOf, whichListed, whichSpeaker } from './query/follow-up-speaker.ts';
import { readFollowUp, subjectOfTheirs, withFilters } from './query/follow-ups.ts';
import { inEnglish } from './query/languages.ts';
import { opensIt, pickedPlace } from './query/list-picks.ts';
import { parseRequest } from './query/parse-request.ts';
import { theListed } from './query/the-listed.ts';
import { inEventOfAnswer } from './query/which-event.ts';

/**
 * A follow-up as the question the bot asks in its place: `text` (and `page`) is asked as any
 * question is (so the answer cache and the buttons work as for a typed one), then `focus` and
 * `note` are set on the answer.
 */
export interface FollowedUp {
  text: string;
  page?: number;
  focus?: Focus;
  note: FollowUp;
  /** The words a list says it is for, where `text` names a talk by its id ("more like <title>"). */
  shown?: string;
  /**
   * "What else did she talk about" after a list of several speakers' talks: no one talk to read
   * it against, so the answer asks which, offering the listed speakers' questions.
   */
  which?: string[];
  /** "Open it" after a list of several talks: which one, offering a question for each. */
  whichTalk?: string[];
  /**
   * "Who else?" after a list of several talks, all of them shown: no other talk has the last
   * question's words, said so (`question`, as the user saw it; `total` its talks), never the
   * same list again.
   */
  noneElse?: { question: string; total: number; people?: true };
  /**
   * "What else did he talk about?" where every talk of theirs was in the last answer: nothing
   * more by them (`name`: the speakers; `total` their talks, `title` the one), said so, offering
   * the nearest talks' questions (`nearest`: their topics').
   */
  noneMore?: { name: string; total: number; title?: string; nearest: string[] };
  /**
   * "Any others by them?" after a talk whose speaker the notes do not name: nobody to look up,
   * said so (`title`: the talk), offering the talks nearest it.
   */
  unnamed?: { title: string; nearest: string[] };
}

/**
 * The question a follow-up asks against the asker's last answer, or undefined when it is a
 * question of its own (or there is nothing earlier to read it against: then it is answered as
 * before, "Which talk?"). `ask` answers the question as typed, where a reading needs that.
 */
export function followUp(
  bot: Bot,
  text: string,
  conversation: Conversation | undefined,
  pageSize: number,
  ask: (question: string) => Answer = (question) => bot.ask(question),
): FollowedUp | undefined {
  if (!conversation) return undefined;
  const { list, opened } = conversation;
  const request = parseRequest(text);
  if (request.kind === 'pick') return pick(bot, request.words, conversation, pageSize);
  // "Who gave the second one?": that talk of the list, its speakers first.
  const focused = focusedPick(text);
  const picked = focused && pick(bot, focused.words, conversation, pageSize);
  if (focused && picked) return { ...picked, ...(focused.focus ? { focus: focused.focus } : {}) };
  if (request.kind !== 'search' && request.kind !== 'help') return undefined;
  // "Thanks, that's all", "ok that's it": a closing, not "is that all?" of the last list.
  if (request.kind === 'help' && request.greeting && !/\?\s*$/.test(text)) return undefined;
  // "The first talk on day 2" after a list of rustconf's talks: rustconf's; "who gave the
  // workshop?" after a list with one workshop: that one.
  // Both read the question as asked alone: it is asked once, only where one of them needs it,
  // and by `ask` (the surface's cache), so the question answered as itself after all (neither
  // reading holds) is not worked out again.
  let alone: Answer | undefined;
  const askAlone = () => {
    alone ??= ask(text);
    return alone;
  };
  const inList =
    request.kind === 'search' &&
    (inEventOfAnswer(bot, text, conversation, askAlone) ?? theListed(text, conversation, askAlone));
  if (inList) return inList;
  // "The ring talk", then "is there a recording?": the one talk listed is the one asked about.
  const one = opened ?? (list?.total === 1 ? list.refs[0] : undefined);
  const linked = one && bareLink(bot, text, one, opened || !list ? undefined : list.first);
  if (linked) return linked;
  const listed =
    !one && list && list.total > 1 && listedLinks(text, list, asShown(bot, list.query));
  if (listed) return listed;
  // "What did she say about testing?": that subject in the talks of the talk's speakers.
  const theirs = one && saidByThem(bot, text, one, opened || !list ? undefined : list.first);
  if (theirs) return theirs;
  const reading =
    readFollowUp(text, () => mayPointBack(text) && bot.pointsBack(text)) ?? inOtherWords(bot, text);
  // The last question as the user saw it: "more like <title>", never a talk's id.
  const shown = list && asShown(bot, list.query);
  // "What else did rustconf have" after rustconf's talks: those not shown yet.
  if (!reading) return elseOfList(bot, text, list, shown);
  // The talk it is about: the one opened last, or else the first of the list shown.
  const ref = opened ?? list?.refs[0];
  const title = ref && bot.titleOf(ref);
  const about = (): FollowUp | undefined =>
    title
      ? { to: 'talk', title, ...(opened ? {} : list ? { position: list.first } : {}) }
      : undefined;
  switch (reading.kind) {
    case 'more': {
      if (!list) return undefined;
      const last = list.page >= list.pageCount;
      return {
        text: list.query,
        page: last ? list.page : list.page + 1,
        note: { to: 'more', total: list.total, last },
        ...(shown ? { shown } : {}),
      };
    }
    case 'count': {
      if (!list) return undefined;
      return {
        text: list.query,
        page: list.page,
        note: { to: 'count', total: list.total, question: shown ?? list.query },
        ...(shown ? { shown } : {}),
      };
    }
    case 'filters': {
      if (!list) return undefined;
      return {
        text: withFilters(list.query, reading.filters),
        note: {
          to: 'question',
          question: shown ?? list.query,
          change: reading.filters.map((f) => f.text).join(' '),
        },
      };
    }
    case 'others': {
      // "Who else spoke on that?" after a list of one talk: the talks like it, not it again.
      const note = one ? about() : undefined;
      if (one && note && title)
        return {
          text: `more like ${one}`,
          focus: 'speakers',
          note,
          shown: `more like ${title}`,
        };
      // After a list of several: the talks of it not shown yet, speakers first; where every one
      // was shown, that there is no one else, never the same list again.
      return list
        ? restOfList(list, shown, WHAT_ELSE.test(text) ? undefined : 'speakers')
        : undefined;
    }
    case 'otherTalks': {
      // "Any other talks on that?" after a list: its talks not shown yet, or that there are
      // none; after a talk opened, the talks like it.
      if (list && !opened) return restOfList(list, shown);
      const note = about();
      return ref && note && title
        ? { text: `more like ${ref}`, note, shown: `more like ${title}` }
        : undefined;
    }
    case 'speaker':
      return speakerOf(bot, opened, list, text, conversation.unknownPerson);
    case 'like': {
      const note = about();
      return ref && note && title
        ? { text: `more like ${ref}`, note, shown: `more like ${title}` }
        : undefined;
    }
    case 'next': {
      // "After the first one": that talk of the last list (of its page shown), not the first.
      const place = reading.place;
      const at =
        place === undefined || !list
          ? undefined
          : list.refs[(place === 0 ? list.total : place) - list.first];
      const atTitle = at && bot.titleOf(at);
      if (at && atTitle && place !== undefined) {
        const verb = reading.which === 'after' ? 'came after' : 'was before';
        return {
          text: `what ${verb} the ${atTitle} talk`,
          note: { to: 'talk', title: atTitle, position: place === 0 ? (list?.total ?? 1) : place },
        };
      }
      // Asked of the talk by its title, as "what came after the rust talk" is.
      const note = about();
      if (!title || !note) return undefined;
      const verb = reading.which === 'after' ? 'came after' : 'was before';
      return { text: `what ${verb} the ${title} talk`, note };
    }
    case 'about': {
      // "Who spoke?" after a list of several: the speakers of that list, not of its first talk.
      if (!opened && list && list.total > 1 && asksWhoAlone(text))
        return {
          text: list.query,
          focus: 'speakers',
          note: { to: 'question', question: shown ?? list.query },
          ...(shown ? { shown } : {}),
        };
      // "Which companies?" after a list of several: that list, its speakers with their
      // companies first, as "who spoke?" is, never the first talk's company alone.
      if (!opened && list && list.total > 1 && reading.focus === 'company' && COMPANIES.test(text))
        return {
          text: list.query,
          focus: 'company',
          note: { to: 'question', question: shown ?? list.query },
          ...(shown ? { shown } : {}),
        };
      const note = about();
      if (!ref || !note) return undefined;
      return { text: `talk ${ref}`, ...(reading.focus ? { focus: reading.focus } : {}), note };
    }
  }
}

/** "What else?", "anything else?": more talks, not more people ("who else?"). */
const WHAT_ELSE = /\b(?:what|anything|something)\s+else\b/i;

/** Companies asked of several talks: "which companies?", "what companies are they from". */
const COMPANIES = /\b(?:companies|employers|firms|organi[sz]ations)\b/i;

/**
 * A follow-up asked in another language, read as its English: "enlace a esa", "o link dessa?",
 * "Link zu dem da?" ask for the link of the talk before as "link to that one" does.
 */
function inOtherWords(bot: Bot, text: string): ReturnType<typeof readFollowUp> {
  const asked = inEnglish(text);
  if (asked === text) return undefined;
  return readFollowUp(asked, () => mayPointBack(asked) && bot.pointsBack(text));
}

/** "more like <event/id>" (a follow-up's own question) as "more like <its title>"; else undefined. */
function asShown(bot: Bot, query: string): string | undefined {
  const ref = /^more like (\S+\/\S+)$/.exec(query)?.[1];
  const title = ref && bot.titleOf(ref);
  return title ? `more like ${title}` : undefined;
}

/**
 * "The second one", "#7", "open 3", "the last one", "y el segundo?": that talk of the last list,
 * on any page. "Open it": the talk opened last, or the one talk of the last list; where the list
 * showed several, which one is asked, offering them.
 */
function pick(
  bot: Bot,
  words: string,
  conversation: Conversation,
  pageSize: number,
): FollowedUp | undefined {
  const { list, opened } = conversation;
  if (opensIt(words)) {
    const title = opened && bot.titleOf(opened);
    if (opened && title) return { text: `talk ${opened}`, note: { to: 'talk', title } };
    const only = list?.total === 1 ? list.refs[0] : undefined;
    const onlyTitle = only && bot.titleOf(only);
    if (only && onlyTitle)
      return { text: `talk ${only}`, note: { to: 'talk', title: onlyTitle, position: 1 } };
    if (!list) return undefined;
    const shown = list.refs.flatMap((ref) => {
      const listed = bot.titleOf(ref);
      return listed ? [nameExample(listed)] : [];
    });
    return { text: list.query, note: { to: 'question', question: list.query }, whichTalk: shown };
  }
  const place = pickedPlace(words);
  if (!list || place === undefined) return undefined;
  const position = place === 0 ? list.total : place;
  if (position < 1 || position > list.total) return undefined;
  let ref = list.refs[position - list.first];
  if (!ref) {
    const other = bot.ask(list.query, { page: Math.ceil(position / pageSize) });
    ref = other.kind === 'talks' ? other.hits[position - other.first]?.ref : undefined;
  }
  const title = ref && bot.titleOf(ref);
  if (!ref || !title) return undefined;
  return { text: `talk ${ref}`, note: { to: 'talk', title, position } };
}

/** The answer to a follow-up, saying how it was read (a list or a talk only: the rest as is). */
export function noted(answer: Answer, followed: FollowedUp): Answer {
  const { shown } = followed;
  if (followed.which) return whichSpeaker(followed.which);
  if (followed.whichTalk) return whichListed(followed.whichTalk);
  if (followed.noneElse)
    return {
      kind: 'none',
      query: followed.noneElse.question,
      suggestions: [],
      topics: [],
      reason: 'none-else',
      name: followed.noneElse.question,
      listed: followed.noneElse.total,
      ...(followed.noneElse.people ? { people: true as const } : {}),
    };
  if (followed.noneMore) {
    const { name, total, title, nearest } = followed.noneMore;
    return {
      kind: 'none',
      query: name,
      suggestions: nearest,
      topics: [],
      reason: 'none-more',
      name,
      listed: total,
      ...(title ? { title } : {}),
    };
  }
  if (followed.unnamed) {
    const { title, nearest } = followed.unnamed;
    return {
      kind: 'none',
      query: title,
      suggestions: nearest,
      topics: [],
      reason: 'unnamed-speaker',
      name: title,
    };
  }
  // "More like this" where no other talk is like it: said with the title, never a talk's id.
  if (answer.kind === 'none' && shown) return { ...answer, query: shown };
  if (answer.kind !== 'talks' && answer.kind !== 'talk') return answer;
  return {
    ...answer,
    ...(answer.kind === 'talks' && answer.scope.kind === 'search' && shown
      ? { scope: { ...answer.scope, words: shown } }
      : {}),
    ...(followed.focus ? { focus: followed.focus } : {}),
    followUp: followed.note,
  };
}

/**
 * "What did she say about testing?" after a talk (or a list of one): the question asked of its
 * speakers by name, so their talks are searched for the subject, and the answer says where none
 * has it. Undefined where the talk names no speaker.
 */
function saidByThem(
  bot: Bot,
  text: string,
  ref: string,
  position: number | undefined,
): FollowedUp | undefined {
  const subject = subjectOfTheirs(text);
  const names = subject ? speakersOf(bot, ref) : [];
  const title = bot.titleOf(ref);
  if (!subject || names.length === 0 || !title) return undefined;
  return {
    text: `what did ${names.join(' and ')} say about ${subject}`,
    note: { to: 'talk', title, ...(position === undefined ? {} : { position }) },
  };
}
