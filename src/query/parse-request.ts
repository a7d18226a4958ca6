import type { Greeting } from '../answer.ts';
import { cleanInput } from '../text.ts';

/**
 * What the user asked, parsed from free text by the one grammar every surface shares:
 *   <words> · help · topics · topic <name> · talk <id|title words> · list · events
 * plus `event:<id>` anywhere to narrow to one event and a trailing `page <n>` for paging.
 */
export type Request =
  | { kind: 'help'; greeting?: Greeting }
  | { kind: 'topics'; event?: string }
  | { kind: 'events' }
  | { kind: 'topic'; name: string; event?: string; page: number }
  | { kind: 'talk'; target: string; event?: string }
  | { kind: 'list'; event?: string; page: number }
  | { kind: 'search'; words: string; event?: string; page: number }
  /** "3", "#3", "open 3": a number picks from a list, which only a chat session remembers. */
  | { kind: 'pick'; words: string };

/** Words after `talk`/`show` that make the rest a question rather than a talk's name. */
const QUESTION_START =
  /^(about|on|regarding|by|from|of|for|me|us|all|any|some|every|talks|sessions|slides|videos?|links?|the (slides|video|videos|links?|talks|speakers?)|who|what|which|where|when|with)\b/i;

export type { Greeting };

const HELLO =
  /^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|hola|bonjour|salut|hallo|moin|servus|ciao|hej|hei|olá|oi|こんにちは|你好|안녕(?:하세요)?)(?:\s+(?:there|all|everyone|folks|team|bot|qcon-?bot))?[\s!.,👋！。、]*$/iu;
/**
 * "Thanks!", "perfect thank you", "ok thanks, that helped": praise and thanks, with the words
 * around them that ask for nothing.
 */
const THANKS =
  /^(?:(?:ok(?:ay)?|great|perfect|awesome|nice|cool|brilliant|lovely|excellent|got it|ah|oh|wow|yes|yep)[\s!.,]+)*(?:thanks?|thank you|thx|ty|tysm|cheers|much appreciated|great|perfect|awesome|nice|cool|brilliant|excellent|merci(?: beaucoup)?|danke(?: schön| sehr)?|gracias|grazie|obrigad[oa]|dank je(?: wel)?|tack|takk|kiitos|ありがとう(?:ございます)?|谢谢|감사합니다|고마워요?)(?:\s+(?:a lot|so much|very much|again|bot|qcon-?bot|mate|man|buddy|all))*(?:[\s!.,]+(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)?\s+)?(?:(?:very|really|super)\s+)?(?:helped|helpful|useful|great|perfect|exactly what i (?:needed|wanted)|what i (?:needed|wanted)))?[\s!.,🙏👍！。、]*$/iu;
/** "Bye", "see you": leaving. */
const BYE =
  /^(?:bye|goodbye|bye bye|see (?:you|ya)(?: later)?|later|cya|ciao|tschüss|au revoir|adiós|adios)[\s!.,👋]*$/iu;
/** "ok", "got it", "never mind": an acknowledgement that asks for nothing. */
const OK =
  /^(?:ok(?:ay)?|k|kk|got it|nvm|never ?mind|no worries|np|alright|all right|sure|fine|\+1|👍|👌)[\s!.,]*$/iu;
/** "what's up", "how are you": a greeting's question, not a search. */
const HOW_ARE_YOU =
  /^(?:(?:what['’]?s|whats|wassup|sup)(?:\s+up)?|how are (?:you|u)(?: doing)?|how['’]?s it going)[\s?!.]*$/iu;
/** "Who are you?", "what can you do?": about the bot, not about a talk. */
const ABOUT_BOT =
  /^(?:(?:who|what) are you|what (?:can|do) you (?:do|know)|how (?:do i|to|can i|should i) use (?:you|this|it|the|qcon-?bot)(?:\s+(?:bot|thing|app|tool))?|what is (?:this|qcon-?bot)(?:\s+(?:bot|thing))?|how does (?:this|it)(?:\s+(?:bot|thing))? work|can you help(?: me| us)?|(?:i )?need (?:some )?help|help me(?: out)?)[\s?!.]*$/i;

/**
 * "Which conferences do you know?", "what events are covered", "when was the conference?",
 * "conference dates": the events, not a search.
 */
const WHICH_EVENTS =
  /^(?:(?:which|what)\s+(?:conferences?|events?)(?:\s+(?:do you (?:know|have|cover)(?: about)?|are (?:there|covered|in (?:here|the notes))|have you got|did you cover))?|(?:list|show)(?: me)? (?:the |all )?(?:conferences|events)|(?:when|where)\s+(?:was|is|were|are|did)\s+(?:the|this|that|these|those)\s+(?:conferences?|events?|confs?)(?:\s+(?:take place|happen|held|hosted|on))?|(?:the\s+)?(?:conferences?|events?)['’]?s?\s+(?:dates?|venues?|locations?|places?))[\s?!.]*$/i;

/** What may follow "help" when only help is asked for: "help", "help me", "help please". */
const HELP_ONLY = /^(?:(?:me|us|please|pls|plz|commands?|usage|menu|needed|wanted)(?:\s+|$))*$/i;

/** A greeting word that may open a longer question: "hello there, can you help me?". */
const HELLO_LEAD =
  /^(?:hi|hello|hey|hiya|howdy|yo|greetings|hola|bonjour|salut|hallo|moin|servus|hej|hei)(?:\s+(?:there|all|everyone|folks|team|bot|qcon-?bot))?[\s!.,👋]+/iu;

/** "👋", "🙏", "👍" alone. */
const EMOJI_SAYING: Record<string, Greeting> = {
  '👋': 'hello',
  '🙏': 'thanks',
  '👍': 'ok',
  '👌': 'ok',
};

/** "@qcon-bot hi", "<@U123> thanks": who is addressed, which is no part of what is said. */
const ADDRESSED = /^(?:<@[\w|.-]+>|@[\w.-]+)[\s,:]*/;

function greetingOf(text: string): Request | undefined {
  const said = text
    .replace(ADDRESSED, '')
    .replace(/^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+(?=\p{L})/u, '')
    .trim();
  const alone = EMOJI_SAYING[said.replace(/\s|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu, '')];
  if (alone) return { kind: 'help', greeting: alone };
  // "ok thanks, bye", "thanks, bye", "ok got it 👍": the last word said is the one answered.
  const parts = said.split(/[\s,!.]+(?=(?:bye|goodbye|see you|cya|later|got it|👍|👌)\b|[👍👌])/iu);
  if (parts.length > 1) {
    const last = greetingOf(parts.at(-1) ?? '');
    const first = greetingOf(parts.slice(0, -1).join(' '));
    if (last && first) return last;
  }
  if (HELLO.test(said) || HOW_ARE_YOU.test(said)) return { kind: 'help', greeting: 'hello' };
  if (THANKS.test(said)) return { kind: 'help', greeting: 'thanks' };
  if (BYE.test(said)) return { kind: 'help', greeting: 'bye' };
  if (OK.test(said)) return { kind: 'help', greeting: 'ok' };
  if (WHICH_EVENTS.test(said)) return { kind: 'events' };
  if (ABOUT_BOT.test(said)) return { kind: 'help' };
  // "hey @qcon-bot what's up", "hello there, can you help me?": a greeting, then one of the above.
  const lead = HELLO_LEAD.exec(said);
  if (!lead) return undefined;
  const rest = said.slice(lead[0].length).replace(ADDRESSED, '');
  if (HOW_ARE_YOU.test(rest) || ABOUT_BOT.test(rest)) return { kind: 'help', greeting: 'hello' };
  return undefined;
}

/** "3", "#3", "open 3", "show me talk 3", "the 3rd one", "number 3". */
const PICK =
  /^(?:(?:open|show(?:\s+me)?|pick|number|no\.?|item|talk|the|tell\s+me\s+(?:more\s+)?about|more\s+(?:on|about))\s+)*(?:(?:#\s*)?\d{1,3}(?:st|nd|rd|th)?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:one|talk))(?:\s+(?:one|talk|please|pls))?[\s.!?]*$/i;

/** Longest question the core reads; the rest of a 10,000-character paste is ignored. */
export const MAX_QUESTION = 500;

/** Emoji as Slack and Discord send them typed: `:rocket:`, `:+1:`, `:skin-tone-2:`. */
const EMOJI_CODE =
  /(^|\s):(?:[a-z0-9_'-]*[a-z][a-z0-9_+'-]*|[+-]1):(?::skin-tone-[2-6]:)?(?=\s|$)/gi;
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
  return text
    .replace(EMOJI_CODE, (code, space: string) => {
      const name = code.trim().split(':')[1]?.toLowerCase() ?? '';
      return `${space}${SAYING[name] ?? ''}`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseRequest(raw: string, page?: number): Request {
  let text = withoutEmojiCodes(cleanInput(raw, MAX_QUESTION));
  let event: string | undefined;
  text = text
    .replace(/(?:^|\s)event:(\S+)/gi, (_match, id: string) => {
      event = id.toLowerCase();
      return ' ';
    })
    .trim();
  const paged = /^(.*?)\s*\bpage\s+(\d{1,6})$/i.exec(text);
  let pageNumber = page ?? 1;
  if (paged && paged[1] !== undefined) {
    text = paged[1];
    pageNumber = page ?? Number(paged[2]);
  }
  pageNumber = Math.max(1, Math.floor(pageNumber) || 1);
  const scoped = event ? { event } : {};

  // Chat with the bot ("hi", "thanks", "what conferences do you know?"): whole sentences only.
  const social = greetingOf(text);
  if (social) return social;
  if (PICK.test(text)) return { kind: 'pick', words: text };
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
      return { kind: 'topics', ...scoped };
    case 'events':
    case 'conferences':
      return { kind: 'events' };
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
      // "talk about containers", "show me the slides for …": a question, not a talk's name.
      if (QUESTION_START.test(argument))
        return { kind: 'search', words: text, ...scoped, page: pageNumber };
      return { kind: 'talk', target: argument, ...scoped };
    default:
      return { kind: 'search', words: text, ...scoped, page: pageNumber };
  }
}

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
      return `${request.words}${event}`;
  }
}
