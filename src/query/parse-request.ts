import type { Greeting } from '../answer.ts';
import { cleanInput } from '../text.ts';
import { greetingOf } from './chat-sayings.ts';
import { withDottedInitialsJoined } from './dotted-initials.ts';
import { subjectEmoji, subjectOfCode, subjectWord, tidy } from './emoji-subjects.ts';
import { isPick } from './list-picks.ts';
import { questionOfLong } from './long-message.ts';
import { withoutMentions } from './mentions.ts';
import { own, withoutMarkup } from './plain-input.ts';

/**
 * What the user asked, parsed from free text by the one grammar every surface shares:
 *   <words> · help · topics · topic <name> · talk <id|title words> · list · events
 * plus `event:<id>` anywhere to narrow to one event and a trailing `page <n>` for paging.
 */
export type Request =
  | { kind: 'help'; greeting?: Greeting; count?: true }
  | { kind: 'topics'; event?: string }
  /** `asked`: the question, where it asks when or where the events were. */
  | { kind: 'events'; asked?: string }
  | { kind: 'topic'; name: string; event?: string; page: number }
  | { kind: 'talk'; target: string; event?: string }
  /** "More like the vault talk", "similar to the uber one": the talks related to that one. */
  | { kind: 'related'; target: string; words: string; event?: string; page: number }
  | { kind: 'list'; event?: string; page: number }
  | { kind: 'search'; words: string; event?: string; page: number }
  /** "3", "#3", "open 3": a number picks from a list, which only a chat session remembers. */
  | { kind: 'pick'; words: string };

/** Words after `talk`/`show` that make the rest a question rather than a talk's name. */
const QUESTION_START =
  /^(about|on|regarding|by|from|of|for|me|us|all|any|some|every|talks|sessions|slides|videos?|links?|the (slides|video|videos|links?|talks|speakers?)|who|what|which|where|when|with|su|sul|sulla|sui|sugli|sulle|sullo|riguardo|del|della|dei|degli|delle|dello|sur|des|du|sobre|acerca|da|do|das|dos|over|über|zu|zum|zur|von|di|de|o|pro|про|per|pour|para|für|fur|voor|with|without|con|avec|mit|met|sans|senza|sin|sem|ohne|zonder)(?=\s|$)/i;

export type { Greeting };

/** What may follow "help" when only help is asked for: "help", "help me", "help please". */
const HELP_ONLY = /^(?:(?:me|us|please|pls|plz|commands?|usage|menu|needed|wanted)(?:\s+|$))*$/i;

/** What may open a request for talks like another: "show me more", "any other talks". */
const RELATED_LEAD = String.raw`^(?:(?:show|find|give|list|got|are there|is there)\s+(?:me\s+|us\s+)?)?(?:(?:some|any|more|other|similar)\s+)*(?:talks?|sessions?|ones?|stuff|anything|something|others)?(?:\s+else)?\s*`;
/**
 * "Talks like the uber one", "related to the monolith talk": a talk named as one ("the … talk"),
 * after words of likeness. "Talks related to security" names no talk, and is a search.
 */
const RELATED_NAMED = new RegExp(
  String.raw`${RELATED_LEAD}(?:like|similar to|related to|close to|resembling|along the lines of)\s+(?:the|that|this)\s+(.+?)\s+(?:talk|one|session|presentation|keynote)[\s?!.]*$`,
  'i',
);
/**
 * "More like vault", "similar to zero trust", "anything else like cutting the cloud bill":
 * likeness needs no "the … talk".
 */
const RELATED_BARE =
  /^(?:(?:show|find|give)\s+(?:me\s+|us\s+)?)?(?:(?:more|anything|something|others?|talks?|sessions?)(?:\s+else)?\s+like|(?:talks?\s+|sessions?\s+|anything\s+|something\s+)?similar(?:\s+(?:talks?|sessions?|ones?))?\s+to)\s+(?:the\s+|that\s+|this\s+)?(.+?)(?:\s+(?:talk|one|session))?[\s?!.]*$/i;

/** What a likeness points at when it names no talk: "more like that", "similar to it". */
const POINTING_ONLY =
  /^(?:(?:that|this|it|those|these|them)(?:\s+(?:one|ones|talk|talks))?|one|ones)$/i;

/**
 * Longest question the core reads; of a longer paste, its last sentence that asks (see
 * `long-message.ts`), else its first 500 characters.
 */
export const MAX_QUESTION = 500;

/**
 * Emoji as Slack and Discord send them typed: `:rocket:`, `:+1:`, `:skin-tone-2:`, several in a
 * row (`:fire::fire:`).
 */
const EMOJI_CODE =
  /(^|\s)(?::(?:[a-z0-9_'-]*[a-z][a-z0-9_+'-]*|[+-]1):(?::skin-tone-[2-6]:)?)+(?=\s|$)/gi;
const ONE_CODE = /:((?:[a-z0-9_'-]*[a-z][a-z0-9_+'-]*|[+-]1)):/gi;
/** The few that say something in chat (thanks, hello, yes), as the emoji themselves. */
const SAYING: Record<string, string> = {
  '+1': '👍',
  thumbsup: '👍',
  ok_hand: '👌',
  pray: '🙏',
  wave: '👋',
};

/** `:rocket: microservices` is a question about microservices; `thanks :pray:` is thanks. */
function withoutEmojiCodes(text: string): string {
  if (!text.includes(':')) return text;
  // ":elephant: postgres?": the word said already, the code only decorates it.
  const words = text.replace(EMOJI_CODE, ' ');
  return tidy(
    text.replace(EMOJI_CODE, (codes, space: string) => {
      const said = [...codes.matchAll(ONE_CODE)].map(([, name]) => {
        const code = (name as string).toLowerCase();
        const subject = subjectOfCode(code);
        return subject ? ` ${subjectWord(words, subject)} ` : (own(SAYING, code) ?? '');
      });
      return `${space}${said.join('')}`;
    }),
  );
}

/**
 * What a message starts with besides the question: "1. kubernetes" (a numbered list pasted) or
 * "/qcon opa" (the slash command typed into a message), which is no command of these below.
 */
const LEAD =
  /^(?:\d{1,3}[.)]|[-*•]|\/(?!(?:help|topics?|events|conferences|list|all|talk|show|details|commands)\b)[\w-]+)\s+(?=\S)/i;

/**
 * "Count of talks with video", "the number of talks at devharbor", "count the talks on security":
 * "how many", as it is searched.
 */
const COUNT_OF =
  /^(?:the\s+)?(?:total\s+)?(?:count|number)\s+of\s+(?=\S)|^(?:(?:please|pls|can\s+you)\s+)?count\s+(?:up\s+)?(?:all\s+)?(?:the\s+)?(?=(?:talks|sessions|presentations|workshops|keynotes|panels)\b)/i;

/** "How many kafka talks in total": the count of the kafka talks, no word "total" to search. */
const IN_TOTAL =
  /^(how many\b.*?)\s+(?:in\s+total|in\s+all|altogether|all\s+together|overall)(?=[\s?!.]*$)/i;

export function parseRequest(raw: string, page?: number): Request {
  let text = withDottedInitialsJoined(
    subjectEmoji(
      withoutMentions(
        withoutEmojiCodes(
          withoutMarkup(cleanInput(questionOfLong(raw, MAX_QUESTION), MAX_QUESTION)),
        ),
      ),
    ),
  )
    .replace(LEAD, '')
    .replace(COUNT_OF, 'how many ')
    .replace(IN_TOTAL, '$1');
  let event: string | undefined;
  text = text
    .replace(/(?:^|\s)event:(\S+)/gi, (_match, id: string) => {
      event = id.toLowerCase();
      return ' ';
    })
    .trim();
  // "kubernetes page -1", "page 0": no such page, so the first (the words are the question's).
  const paged = /^(.*?)\s*\bpage\s+([-−]?\d{1,6})$/i.exec(text);
  let pageNumber = page ?? 1;
  if (paged && paged[1] !== undefined) {
    text = paged[1];
    pageNumber = page ?? Number((paged[2] ?? '1').replace('−', '-'));
  }
  pageNumber = Math.max(1, Math.floor(pageNumber) || 1);
  const scoped = event ? { event } : {};

  // Chat with the bot ("hi", "thanks", "what conferences do you know?"): whole sentences only.
  const social = greetingOf(text);
  if (social) return social;
  if (isPick(text)) return { kind: 'pick', words: text };
  const like = RELATED_NAMED.exec(text) ?? RELATED_BARE.exec(text);
  // "More like that", "similar to this one": the talk answered before, which is not kept, so a
  // follow-up (read as a search, it asks "Which talk?").
  if (like?.[1] && !POINTING_ONLY.test(like[1]))
    return { kind: 'related', target: like[1], words: text, ...scoped, page: pageNumber };
  if (EVERYTHING.test(text)) return { kind: 'list', ...scoped, page: pageNumber };
  const [first = '', ...rest] = text.split(' ');
  const command = first.toLowerCase().replace(/^[/!]/, '');
  const argument = rest.join(' ').trim();
  switch (command) {
    case '':
      return event ? { kind: 'list', ...scoped, page: pageNumber } : { kind: 'help' };
    case 'help':
      // "help me with security", "help finding talks on kafka": a question after all.
      return HELP_ONLY.test(argument.replace(/[?!.,]+/g, ' ').trim())
        ? { kind: 'help' }
        : { kind: 'search', words: text, ...scoped, page: pageNumber };
    case '?':
    case 'commands':
      return { kind: 'help' };
    case 'topics':
      // "topics at devoxx", "topics in 2024": those asked for, not every one.
      return argument
        ? { kind: 'search', words: text, ...scoped, page: pageNumber }
        : { kind: 'topics', ...scoped };
    case 'events':
    case 'conferences':
      // "conferences in 2024", "events in norway": those asked for, not every one.
      return argument
        ? { kind: 'search', words: text, ...scoped, page: pageNumber }
        : { kind: 'events' };
    case 'list':
    case 'all':
      // "list talks by Ryan Lane", "all security talks": a question, not the whole list.
      return argument
        ? { kind: 'search', words: text, ...scoped, page: pageNumber }
        : { kind: 'list', ...scoped, page: pageNumber };
    case 'topic':
      return argument
        ? { kind: 'topic', name: argument, ...scoped, page: pageNumber }
        : { kind: 'topics', ...scoped };
    case 'talk':
    case 'show':
    case 'details':
      if (!argument) return { kind: 'help' };
      // "talk about containers", "show me the slides for …", "talk per principianti?": a
      // question, not a talk's name.
      if (QUESTION_START.test(argument))
        return { kind: 'search', words: text, ...scoped, page: pageNumber };
      return { kind: 'talk', target: argument, ...scoped };
    default:
      return { kind: 'search', words: text, ...scoped, page: pageNumber };
  }
}

/** "List everything", "show me all", "everything pls": the whole list, as `list` is. */
const EVERYTHING =
  /^(?:(?:list|show|give|send)\s+(?:me\s+|us\s+)?)?(?:everything|all(?:\s+of\s+(?:them|it))?|every\s+talk|the\s+whole\s+list)(?:\s+(?:please|pls))?[?!.]*$/i;

/** The question text for a request, without its page: what paging buttons ask again. */
export function requestText(request: Request): string {
  const event = 'event' in request && request.event ? ` event:${request.event}` : '';
  switch (request.kind) {
    case 'help':
    case 'events':
      return request.kind;
    case 'pick':
      return request.words;
    case 'topics':
    case 'list':
      return `${request.kind}${event}`;
    case 'topic':
      return `topic ${request.name}${event}`;
    case 'talk':
      return `talk ${request.target}${event}`;
    case 'search':
    case 'related':
      return `${request.words}${event}`;
  }
}
