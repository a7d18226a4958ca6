import type { Greeting } from '../answer.ts';
import { plainWords } from './chat-speak.ts';
import { asksEventsInLanguage } from './events-in-languages.ts';
import { inEnglish } from './languages.ts';
import type { Request } from './parse-request.ts';
import { own } from './plain-input.ts';

/**
 * Chat that asks for no talk, read from whole messages: greetings, thanks, goodbyes and
 * acknowledgements ("hi", "thanks, that's all", "ok that's it"), questions about the bot, and
 * the few questions about the events or counts the help or the events list answer.
 */

const HELLO =
  /^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|gm|g['’]?day|(?:morning|evening)(?=\s+(?:all|everyone|folks|team))|hola|buenos d[ií]as|bonjour|salut|hallo|guten (?:tag|morgen)|moin|servus|ciao|buongiorno|hej|hei|hoi|goedemorgen|olá|oi|bom dia|こんにちは|你好|안녕(?:하세요)?)(?:\s+(?:there|all|everyone|folks|team|bot|qcon-?bot))?[\s!.,👋！。、]*$/iu;
/**
 * "Thanks!", "perfect thank you", "ok thanks, that helped": praise and thanks, with the words
 * around them that ask for nothing.
 */
const THANKS =
  /^(?:(?:ok(?:ay)?|great|perfect|awesome|nice|cool|brilliant|lovely|excellent|got it|ah|oh|wow|yes|yep|yeah|alright|all right|sure|sweet|super)(?:\s+one)?[\s!.,]+)*(?:thanks?|thank you|thx|ty|tysm|cheers|much appreciated|great|perfect|awesome|nice|cool|brilliant|excellent|merci(?: beaucoup| bien)?|danke(?: schön| sehr| dir)?|vielen dank|gracias|muchas gracias|grazie(?: mille)?|obrigad[oa]|muito obrigad[oa]|dank (?:je|u)(?: wel)?|bedankt|tack(?: så mycket)?|tak|takk|tusen takk|kiitos|dziękuję|děkuji|спасибо|ありがとう(?:ございます)?|谢谢|감사합니다|고마워요?)(?:\s+(?:a lot|so much|very much|again|bot|qcon-?bot|mate|man|buddy|all))*(?:[\s!.,]+(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)?\s+)?(?:(?:very|really|super)\s+)?(?:helped|helpful|useful|great|perfect|exactly what i (?:needed|wanted)|what i (?:needed|wanted)))?[\s!.,🙏👍！。、]*$/iu;
/** "Bye", "see you", "brb", "gtg": leaving. */
const BYE =
  /^(?:bye|goodbye|bye bye|see (?:you|ya)(?: later)?|later|cya|brb|afk|gtg|g2g|ttyl|gn|ciao|tschüss|au revoir|adiós|adios)[\s!.,👋]*$/iu;
/** "You're a good bot", "good job", "love it": praise, thanked for like thanks. */
const PRAISE =
  /^(?:(?:you(?:['’]?re| are)|ur|u r)\s+(?:a\s+|an\s+|such\s+a\s+|the\s+)?(?:very\s+|really\s+|so\s+)?(?:good|great|nice|helpful|smart|clever|awesome|best|cool|amazing)(?:\s+(?:bot|one|boy|girl|helper))?|(?:good|great|nice)\s+(?:bot|job|work|one)|well\s+done|(?:i\s+)?love\s+(?:you|it|this(?:\s+bot)?))[\s!.🙂😊👍]*$/iu;

/** "lol", "hmm", "ugh" before what is said: the saying is what is answered. */
const INTERJECTION =
  /^(?:lol|lmao|rofl|haha+|hehe+|hmm+|ugh+|meh|oh|ah|nah|nope|well|welp)[\s,.!]+(?=\S)/i;

/** "ok", "got it", "never mind": an acknowledgement that asks for nothing. */
const OK =
  /^(?:(?:ok(?:ay)?|k|cool|alright|great|right|yeah|yes|yep)[\s,!.]+)*(?:ok(?:ay)?|k|kk|got it|nvm|never ?mind|no worries|np|alright|all right|sure|fine|sounds good|makes sense|good to know|\+1|👍|👌|that['’]?s (?:all|it|everything)(?: for (?:now|today))?(?: (?:i|we) (?:needed|wanted))?|lol|lmao|rofl|ha(?:ha)+|oops|(?:sorry,? )?wrong (?:channel|chat|thread|window|bot|dm)|sorry|my bad)[\s!.,]*$/iu;
/** "what's up", "how are you": a greeting's question, not a search. */
const HOW_ARE_YOU =
  /^(?:(?:what['’]?s|whats|wassup|sup)(?:\s+up)?|how are (?:you|u)(?: doing)?|how['’]?s it going|(?:(?:salut|coucou|bonjour|hola|hallo|hi|hey|ciao|oi|ol[aá]|hoi)[\s,!]+)?¿?(?:(?:comment )?[cç]a va|qu[eé] tal|c[oó]mo est[aá]s|wie geht['’]?s|wie geht es dir|come stai|come va|tudo bem|hoe gaat het))(?:,?\s+(?:bot|qcon-?bot|all|everyone|folks|team|y['’]?all))?[\s?!.]*$/iu;
/** "Who are you?", "what can you do?" ("was kannst du?"): about the bot, not about a talk. */
const ABOUT_BOT =
  /^(?:(?:who|what) are you|what (?:can|do|else do) you (?:do|know|have)(?: about)?(?: (?:then|there|here|exactly))?|(?:tell me )?what you know(?: about)?|how (?:do i|to|can i|should i) use (?:you|this|it|the|qcon-?bot)(?:\s+(?:bot|thing|app|tool))?|what(?:['’]?s| is) (?:this|qcon-?bot)(?:\s+(?:bot|thing))?|how does (?:this|it)(?:\s+(?:bot|thing))? work|can you help(?: me| us)?|(?:i )?need (?:some )?help|help me(?: out)?|wie funktioniert (?:der |dieser )?(?:bot|qcon-?bot)|was kannst du(?: alles)?|wer bist du)[\s?!.]*$/i;

/** "Are you there?", "ping": checking the bot is there, answered as a hello. */
const THERE =
  /^(?:ping|hello\?|anyone (?:there|home)|(?:are|r) (?:you|u) (?:there|alive|awake|up|online|working)(?: now)?)[\s?!.]*$/i;

/**
 * Chat that asks no talk: about the bot itself ("what's your name", "are you a bot", "how do I
 * add a conference"), about the world ("what time is it", "what's 2+2"), a complaint ("you're
 * useless", "wrong talk") or a word to drive a list ("next page", "test") with none to drive.
 * Whole messages only: "testing", "wrong assumptions in distributed systems" are searches. The
 * help answers them all: what the bot knows and how to ask it.
 */
const BOT_CHAT = new RegExp(
  String.raw`^(?:${[
    // the bot itself
    `what(?:['’]?s| is) (?:your|ur) name|(?:are|r) (?:you|u) (?:a |an )?(?:bot|robot|human|real|person|ai|chat ?gpt|llm)|(?:who|what) (?:made|built|created|wrote|runs|owns) (?:you|this(?: bot)?)`,
    // "how do I search by speaker", "can you speak german": how to ask, and in which language
    `how (?:do|can|should) (?:i|we) (?:search|ask|look|filter|find(?: talks)?)(?: for talks)? (?:by|per) (?:a |the )?(?:speakers?|names?|company|companies|topics?|events?|conferences?|days?|dates?|years?)`,
    `(?:can|do) (?:you|u) (?:speak|understand|read) (?:german|french|spanish|italian|portuguese|dutch|polish|english|other languages|my language)`,
    `how (?:do|can|should|would) (?:i|we|you) (?:add|load|upload|import|update|edit|change|put|get|feed)(?: in)? (?:a |an |my |our |the |new |more |another |other )*(?:conferences?|events?|notes?|posts?|talks?|content|files?|data)(?: (?:to|into|in) (?:you|this|the bot|it))?`,
    // the notes themselves: whether they may be passed on is the team's to say
    `(?:can|may|could) (?:i|we) (?:share|forward|send|copy|pass on|use) (?:these|this|the|your|those) (?:notes|answers?|lists?|results?|bot)(?: (?:with|to) (?:my|our|the) (?:team|colleagues|manager|boss|company|friends))?`,
    // things the bot does not do: "write me a poem about kubernetes", "tell me a joke"
    `(?:please )?(?:write|compose|make|generate|tell|give) (?:me |us )?(?:a |an |some )?(?:poem|haiku|song|limerick|joke|story|essay|rap|tweet)s?(?: (?:about|on|for) .+)?`,
    // the world
    `what(?:['’]?s| is) the (?:time|date|day|weather)(?: (?:now|today))?|what time is it(?: now)?|what day is (?:it|today)`,
    String.raw`(?:what(?:['’]?s| is)|calculate|compute|how much is) \(?\d[\d.]*\)?(?:\s*[-+*/x×÷^]\s*\(?\d[\d.]*\)?)+(?:\s*=)?`,
    // a sum alone ("2+2"; "6/14" is a date, "2-3" a range)
    String.raw`\d[\d.]*(?:\s*[+*×÷^]\s*\d[\d.]*)+(?:\s*=)?`,
    // complaints
    `(?:you(?:['’]?re| are)|ur|u r|this(?: bot)?(?:['’]?s| is)|that(?:['’]?s| is)|it(?:['’]?s| is)) (?:so |really |very |totally |completely |just )?(?:useless|stupid|dumb|wrong|broken|bad|terrible|awful|rubbish|garbage|not (?:helpful|working|right|it|what i (?:meant|asked|wanted)))`,
    `(?:wrong|bad|not (?:the right|that)) (?:talk|answer|one|result|results|link)|(?:that|this) (?:is|was) not (?:the|what)[^?]*|useless|wrong|nope|no+`,
    `(?:you|u|this(?: bot)?|it|that) (?:suck|sucks|stink|stinks)`,
    // driving a list, with no list to drive
    String.raw`(?:next|previous|prev|another) (?:page|one|result|results)|next|previous|prev|back|(?:show |load |see |give me )?more(?: (?:please|pls|results|talks|of (?:those|them|that)))?|keep going|go on|continue|test|test(?:ing)? ?\d[\d ]*|testing testing|is this (?:thing )?(?:on|working)`,
  ].join('|')})(?:[\s,]+(?:lol|lmao|tbh|ngl|smh|honestly|seriously|man|mate|dude))*[\s?!.]*$`,
  'i',
);

/**
 * "Which conferences do you know?", "what events are covered", "when was the conference?",
 * "conference dates", "what conference is this", "what year is this", "which event are these notes
 * from", "when were these talks": the events, not a search.
 */
const WHICH_EVENTS =
  /^(?:(?:which|what)\s+(?:conferences?|events?)(?:\s+(?:do (?:you|we|i) (?:know|have|cover)(?: (?:notes? )?(?:about|from|on|for|of))?|are (?:there|covered|in (?:here|the notes))|(?:are|were) there notes (?:from|on|for|of)|have (?:notes|you got|we got)(?: notes? (?:from|on|for|of))?|did (?:you|we) (?:cover|attend|go to|take notes (?:at|on|from))))?|(?:(?:can|could) (?:you|u) |please |pls )?(?:list|show|give)(?: me| us)?(?: a list of)? (?:the |all (?:of )?(?:the )?|every )?(?:conferences|events|confs|conference|event)(?: (?:you|u|we) (?:know|have|cover)(?: notes (?:of|from|for))?)?(?: please| pls)?|(?:when|where)\s+(?:was|is|were|are|did)\s+(?:the|this|that|these|those)\s+(?:conferences?|events?|confs?)(?:\s+(?:take place|happen|held|hosted|on))?|(?:the\s+)?(?:conferences?|events?)['’]?s?\s+(?:dates?|venues?|locations?|places?)|(?:what|which)\s+(?:conferences?|events?|confs?|year)\s+(?:is|was|are|were)\s+(?:this|that|it|these|those)(?:\s+(?:notes|talks))?(?:\s+(?:from|about|of|at))?|(?:which|what)\s+(?:conferences?|events?|confs?|year)\s+(?:are|were|is)\s+(?:these|those|the|this)\s+(?:notes|talks)\s+(?:from|about|of|at)|(?:when|where)\s+(?:were|are|was)\s+(?:these|those|the|all\s+(?:the|these|those))\s+(?:talks|sessions|notes)(?:\s+(?:given|held|taken|written|from))?)[\s?!.]*$/i;

/**
 * "How many conferences?", "how many talks at each conference?": the events, each with its
 * number of talks. "How many talks at qcon" names one, and is a search, titled with the count.
 */
const COUNT_EVENTS =
  /^(?:how many|(?:the )?(?:total )?number of) (?:conferences|events|confs)(?: (?:are there|were there|do you (?:know|have|cover)(?: about| notes? (?:for|on|about|of))?|(?:are|were) (?:there )?in the notes|have you got|(?:are|were) covered|in total|total|altogether))*|^(?:how many|(?:the )?number of) (?:talks|sessions|presentations)(?: (?:are|were) there| did)? (?:at|in|for|per|from|of) (?:each|every|all(?: the)?|the different|the) (?:conferences?|events?|confs?)|^(?:how many|(?:the )?number of) (?:talks|sessions|presentations) (?:per|by|a|each) (?:conference|event|conf)/i;
const COUNTED = new RegExp(String.raw`(?:${COUNT_EVENTS.source})[\s?!.]*$`, 'i');

/** "How many talks in total?", "how many talks do you know", "total talks?", "talk count". */
const COUNT_TALKS =
  /^(?:(?:how many|(?:the )?(?:total )?number of) (?:talks|sessions|presentations)(?: (?:are there|were there|do you (?:know|have)(?: about)?|have you got|are in (?:here|the notes)|in total|total|altogether|overall|all together|in all))*|(?:total|count(?: (?:all|of|all of) the| all| the| of)?) (?:talks|sessions|presentations)|(?:talks?|sessions?|presentations?) (?:count|total))[\s?!.]*$/i;

/** "When was the conference?", "the event's venue": a question of its dates or place. */
const WHEN_WHERE = /\b(?:when|where|dates?|venues?|locations?|places?)\b/i;

/** "How many talks in total?", "when was the conference?": the count, or the events. */
function countOrEvents(said: string): Request | undefined {
  if (COUNTED.test(said)) return { kind: 'events' };
  if (COUNT_TALKS.test(said)) return { kind: 'help', count: true };
  // "Where was the conference?": the events, saying so where the notes give no place.
  if (WHICH_EVENTS.test(said))
    return WHEN_WHERE.test(said) ? { kind: 'events', asked: said } : { kind: 'events' };
  return undefined;
}

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

const REACTION_ONLY =
  /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|\s)+$/u;

/** Puzzled faces and question marks, alone: someone who does not know what to ask. */
const PUZZLED =
  /^(?:[🤔😕🤷🧐😐😶😵❓❔⁉🫤😖😟]|\u{FE0F}|\u{200D}|[\u{2640}\u{2642}]|[\u{1F3FB}-\u{1F3FF}]|\s)+$/u;

/** "@qcon-bot hi", "<@U123> thanks": who is addressed, which is no part of what is said. */
const ADDRESSED = /^(?:<@[\w|.-]+>|@[\w.-]+)[\s,:]*/;

/** Greetings by what is answered first where a message says several: thanks before goodbye. */
const SAID_FIRST: Greeting[] = ['thanks', 'bye', 'hello', 'ok'];

/**
 * "Thanks, that's all", "cool thx, bye", "ok that's it": a message made only of chat clauses is
 * answered as its weightiest one (thanks first), never searched.
 */
function chatClauses(said: string): Request | undefined {
  const clauses = said
    .split(/\s*[,;.!]+\s*|\s+(?=that['’]?s\s+(?:all|it|everything)\b)/)
    .filter(Boolean);
  if (clauses.length < 2) return undefined;
  const greetings = clauses.map((clause) => greetingOf(clause));
  const kinds = greetings.flatMap((one) =>
    one?.kind === 'help' && one.greeting ? [one.greeting] : [],
  );
  if (kinds.length !== clauses.length) return undefined;
  const greeting = SAID_FIRST.find((one) => kinds.includes(one));
  return greeting ? { kind: 'help', greeting } : undefined;
}

export function greetingOf(text: string): Request | undefined {
  const said = text
    .replace(ADDRESSED, '')
    .replace(/^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+(?=\p{L})/u, '')
    .trim();
  const alone = own(EMOJI_SAYING, said.replace(/\s|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu, ''));
  if (alone) return { kind: 'help', greeting: alone };
  // "🤔", "🤷", "❓": puzzled, with nothing asked: what the bot knows and how to ask it.
  if (said !== '' && PUZZLED.test(said)) return { kind: 'help' };
  // "🙂", "🔥🔥", "👀": a reaction with nothing asked: acknowledged, with the help.
  if (said !== '' && REACTION_ONLY.test(said)) return { kind: 'help', greeting: 'ok' };
  // "...", "??", "-": nothing asked yet: what the bot knows and how to ask it.
  if (said !== '' && /^[\p{P}\p{S}\s]+$/u.test(said)) return { kind: 'help' };
  // "ok thanks, bye", "thanks, bye", "ok got it 👍": the last word said is the one answered.
  const parts = said.split(/[\s,!.]+(?=(?:bye|goodbye|see you|cya|later|got it|👍|👌)\b|[👍👌])/iu);
  if (parts.length > 1) {
    const last = greetingOf(parts.at(-1) ?? '');
    const first = greetingOf(parts.slice(0, -1).join(' '));
    if (last && first) return last;
  }
  const clauses = chatClauses(said);
  if (clauses) return clauses;
  if (HELLO.test(said) || HOW_ARE_YOU.test(said)) return { kind: 'help', greeting: 'hello' };
  if (THANKS.test(said) || PRAISE.test(said)) return { kind: 'help', greeting: 'thanks' };
  if (BYE.test(said)) return { kind: 'help', greeting: 'bye' };
  if (OK.test(said)) return { kind: 'help', greeting: 'ok' };
  if (THERE.test(said)) return { kind: 'help', greeting: 'hello' };
  const asked = countOrEvents(said);
  if (asked) return asked;
  // "wie viele Vorträge gab es insgesamt?", "quand a eu lieu la conférence ?", "会議はいつでしたか":
  // the same questions in another language, read on their English.
  if (asksEventsInLanguage(said)) return { kind: 'events' };
  const english = inEnglish(plainWords(said));
  if (english !== said) {
    const inOther = countOrEvents(english);
    if (inOther) return inOther;
  }
  if (ABOUT_BOT.test(said) || BOT_CHAT.test(said)) return { kind: 'help' };
  // "lol that's not what I meant": chat after an interjection is still chat.
  const interjected = INTERJECTION.exec(said);
  if (interjected) {
    const rest = greetingOf(said.slice(interjected[0].length));
    if (rest) return rest;
  }
  // "hey @qcon-bot what's up", "hello there, can you help me?": a greeting, then one of the above.
  const lead = HELLO_LEAD.exec(said);
  if (!lead) return undefined;
  const rest = said.slice(lead[0].length).replace(ADDRESSED, '');
  if ([HOW_ARE_YOU, ABOUT_BOT, THERE, BOT_CHAT].some((chat) => chat.test(rest)))
    return { kind: 'help', greeting: 'hello' };
  return undefined;
}
