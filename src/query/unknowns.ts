import type { Unknown } from '../answer.ts';
import { fold } from '../search/analyze.ts';

/**
 * Asking what the notes never record: which talk is best or to watch first, how long talks ran,
 * whom a talk is for, what tickets cost, what is on today, who "we" are. Each phrase is taken out of the
 * (folded) question: what is left may still name talks ("which kubernetes talk should I watch
 * first" is about the Kubernetes talks), which are then listed with the thing the notes lack said.
 * "Recommended books" is no such question: the notes record what speakers recommended.
 */
const PHRASES: [Unknown, RegExp][] = [
  [
    'durations',
    /\b(?:(?:if|when)\s+i\s+(?:only\s+)?(?:have|got)\s+)(?:only\s+)?(?:\d+|an?)\s*(?:minutes?|mins?|hours?|hrs?)\b|\b(?:under|less\s+than|shorter\s+than|longer\s+than|more\s+than|over|at\s+most|at\s+least|max(?:imum)?)\s+(?:\d+|an?)\s*(?:minutes?|mins?|hours?|hrs?)\b(?=.*\b(?:talks?|sessions?|keynotes?|videos?|recordings?)\b)|(?<=\b(?:talks?|sessions?|keynotes?|videos?|recordings?)\b.*)\b(?:under|less\s+than|shorter\s+than|longer\s+than|more\s+than|over|at\s+most|at\s+least)\s+(?:\d+|an?)\s*(?:minutes?|mins?|hours?|hrs?)\b|\b\d+[\s-]*(?:minutes?|mins?|hours?|hrs?)\s+(?=(?:talks?|sessions?|keynotes?|videos?|slots?)\b)|\b(?:the\s+)?(?:shortest|longest)\b|\bhow\s+(?:long|many\s+days)\s+(?:was|is|were|are|did|does)\b(?:\s+(?:it|they)\s+(?:last|run|take|go\s+on))?|(?<=\bhow\s+(?:long|many\s+days)\s+(?:did|does)\b.*)\b(?:last|run|take|go\s+on)(?=[?!.\s]*$)|\bshort\s+(?=(?:talks?|sessions?)\b)|\b(?:something|anything|a\s+talk|one)\s+short\b|\bshort\s+(?:enough|ones?)\b|(?<=\bwatch\b.*)\bover\s+(?:lunch|(?:a\s+)?coffee)\b|\bcuanto\s+(?:tiempo\s+)?(?:duro|dura|duraba|duraron)\b|\bquanto\s+(?:tempo\s+)?(?:e\s+durat[oaie]|dura|durava|durou|duraram)\b/g,
  ],
  [
    'audience',
    /\b(?:i['’]?m|i\s+am|as)\s+(?:a|an)\s+(?:new\s+|junior\s+|senior\s+)?((?:[a-z]+\s+){0,2}?)(?:dev|devs|developer|engineer|manager|lead|architect|designer|student|beginner|newbie|person|guy|girl|sre|cto|ceo|pm)\b|\b(?:i['’]?m|i\s+am)\s+new\s+to\b|\bfor\s+(?:a\s+|an\s+)?(?:new\s+)?(?:managers?|juniors?|seniors?|beginners?|newbies|newcomers|novices|executives?|leadership|ctos?|non[\s-]?technical\s+people|(?:my|our)\s+(?:team|manager|boss|lead|cto|ceo|juniors?|interns?))\b|(?<!^(?:please\s+)?(?:summari[sz]e|list|show|find|get|give|send|pull\s+up|fetch|recap|tell)\b.*)\bfor\s+(?:me|us)\b|\brelevant\s+(?:for|to)\s+(?:me|us)\b|\b(?:to\s+)?(?:share|send|show)\s+(?:it\s+|them\s+)?(?:with|to)\s+(?:my|our)\s+(?:manager|boss|team|colleagues?|coworkers|cto|ceo|lead|juniors?)\b|\bfor\s+(?:people|folks|someone|anyone|those)\s+(?:who|that)\s+(?:(?:just|recently|have\s+just)\s+)?(?:became|become|are|started|moved\s+into|got\s+promoted\s+to)\s+(?:a\s+|an\s+)?(?:new\s+)?|\bfor\s+(?:a\s+|an\s+)?(?:new|junior|senior|beginning|aspiring)\s+(?=[a-z])|\b(?:what|which)\s+(?:talks?\s+|sessions?\s+|ones?\s+)?(?:should|could|would|can)\s+(?:a|an|my|our)\s+(?:new\s+|junior\s+)?((?:[a-z]+\s+){0,2}?)(?:beginners?|newbies?|newcomers?|novices?|juniors?|devs?|developers?|engineers?|managers?|team|teams|analysts?|designers?|students?|interns?)\s+(?:watch|see|start\s+with|look\s+at)(?:\s+first)?\b|\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:a\s+|an\s+)?(?:junior|new|beginners?|newbies?|novices?)\b|\b(?:beginners?|newbies?|newcomers?|novices?|juniors?)(?:[\s-]+friendly)?\b(?=.*\b(?:talks?|sessions?|watch|start|good|intro)\b)|(?<=\b(?:talks?|sessions?|watch|start|good|intro)\b.*)\b(?:beginners?|newbies?|newcomers?|novices?|juniors?)(?:[\s-]+friendly)?\b/g,
  ],
  [
    // "Who won the best talk award", "was there a best speaker award", "were any prizes given",
    // "did anyone win an award": an award the notes never give. Before the words of a rating,
    // whose "best" alone would leave "award" to search for.
    'ratings',
    /^(?:so\s+|and\s+)?who\s+(?:won|wins)(?:\s+(?:it|anything|something))?(?=[\s?!.]*$)|\b(?:who|which\s+(?:talk|session|speaker)|(?:did|does)\s+(?:any\s*(?:one|body|talk)|someone|somebody|the\s+[a-z]+))\s+(?:won|win|got|get|received|receive|took|take)\s+(?:the\s+|an?\s+|any\s+)?(?:[a-z'’]+\s+){0,3}?(?:awards?|prizes?)\b|\b(?:best[\s-]+(?:talk|speaker|session|presentation|keynote)|audience|people['’]?s\s+choice)\s+(?:awards?|prizes?)\b|\b(?:was|were|is|are)\s+there\s+(?:an?\s+|any\s+)?(?:awards?|prizes?)\b|\b(?:any|were)\s+(?:awards?|prizes?)(?:\s+(?:given|handed\s+out|won|awarded))?\b|\b(?:awards?|prizes?)\s+(?:ceremony|winners?|given|handed\s+out)\b/g,
  ],
  [
    'ratings',
    /\b(?:got|had|received|with|get|gets|has)\s+(?:the\s+)?(?:best|most|highest|top|worst|lowest|most\s+positive|best\s+rated)\s+(?:feedback|reviews?|ratings?|scores?|votes?|applause|reactions?)\b|\b(?:highest|best|top|lowest|worst)[\s-]+(?:rated|reviewed|scored|voted)\b|\b(?:(?:did|does|do)\s+(?:the\s+)?(?:author|writer|blogger|you|they)\s+rate|rated)\s+(?:the\s+)?(?:highest|best|lowest|worst|highly)\b|\b(?:what|which)\s+(?:talks?\s+|sessions?\s+|one\s+)?(?:should|shall)\s+(?:i|we)\s+(?:watch|see|start\s+with|go\s+to)(?:\s+first)?\b|\b(?:should|shall)\s+(?:i|we)\s+(?:watch|see|start\s+with)(?:\s+first)?\b|\b(?:i|we)\s+(?:should|ought\s+to|must)\s+(?:watch|see|start\s+with)(?:\s+first)?\b|\b(?:do|would|could|can)\s+you\s+(?:recommend|suggest)\b|\bwhere\s+(?:do|should|shall|can)\s+(?:i|we)\s+(?:start|begin)\b|\bworth\s+(?:watching|seeing|it)\b|\b(?:anything|something)\s+(?:interesting|cool|fun|exciting|inspiring|worthwhile)\b|\bwhat\s+(?:was|is|were)\s+(?:interesting|cool|fun|exciting)\b|\bsurprise\s+me\b|\bmust[\s-]*(?:see|watch)\b|\b(?:the\s+)?(?:(?:single|very|absolute)\s+)?(?:best|worst|greatest|funniest|coolest|miglior[ei]?|peggior[ei]?|most\s+(?:popular|liked|watched|viewed|interesting|useful|important|fun|entertaining|inspiring|memorable))\b(?!\s+(?:practices?|effort|case|of\s+both|attended|part|parts|bit|bits)\b)|\b(?:underrated|overrated)\b|(?:\b(?:any|some)|\b(?:what|which)(?:['’]s|\s+is|\s+are|\s+was)\s+(?:a|some|the))\s+good\s+(?=(?:[a-z]+\s+)?(?:talks?|sessions?|ones?)\b)|\btop\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\b|\b(?:recommendations?|empfehlung(?:en)?|recommandations?|recomendacion(?:es)?|recomendacao|recomendacoes|raccomandazion[ei])\b|\b(?:the\s+)?(?:most|fewest|least)\s+(?:views|likes|stars|upvotes|claps|reactions)\b/g,
  ],
  [
    'prices',
    /\bhow\s+much\s+(?:did|does|do|was|were|is|are)\s+(?:the\s+|a\s+)?(?:tickets?|admission|entry|registration|passes|it\s+cost\s+to\s+(?:attend|go)|(?:the\s+)?(?:conference|event)\s+cost)\b(?:\s+(?:cost|costs|go\s+for))?|\b(?:ticket|tickets|admission|entry)\s+(?:price|prices|cost|costs|fee|fees)\b|\bprice\s+of\s+(?:the\s+)?tickets?\b|\b(?:buy|get|book|order|purchase)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+|some\s+|my\s+)?tickets?\b|\b(?:discount|promo|coupon)\s+(?:codes?|vouchers?)\b|\btickets?\s+(?:still\s+)?(?:available|left|on\s+sale)\b|^(?:any\s+)?tickets?\s+(?:for|to)\b/g,
  ],
  [
    // "The price of a pylakes ticket", "how much is a devnorth pass": the event's words stay.
    'prices',
    /\b(?:price|cost)\s+of\s+(?:an?\s+|the\s+|one\s+)?((?:[a-z0-9-]+\s+){0,3}?)(?:tickets?|pass(?:es)?|admission|entry|registration)\b|\bhow\s+much\s+(?:is|was|are|were|does|did|do)\s+(?:an?\s+|the\s+|one\s+)?((?:[a-z0-9-]+\s+){0,3}?)(?:tickets?|pass(?:es)?|admission|entry|registration)\b(?:\s+(?:cost|costs|go\s+for))?/g,
  ],
  [
    // "Favourite talk?", "the author's favourite", "which did the writer like most (least)", "your top
    // picks": which talk someone liked best, which the notes say only in their writer's praise.
    'ratings',
    /\b(?:(?:the\s+)?(?:author|writer|blogger)(?:['’]?s)?\s+|(?:your|their|his|her)\s+)?(?:favou?rites?|faves?|fav|top\s+picks?)(?=\s*(?:talks?|sessions?|ones?|keynotes?)?[\s?!.]*$)|\b(?:(?:the\s+)?(?:author|writer|blogger)(?:['’]?s)?|your|their)\s+picks?(?=[\s?!.]*$)|\b(?:did|does)\s+(?:the\s+)?(?:author|writer|blogger|you)\s+(?:like|love|enjoy)(?:\s+(?:the\s+)?(?:most|least)|\s+best)?\b|\b(?:liked|loved|enjoyed)\s+(?:the\s+)?(?:most|least)\b/g,
  ],
  [
    // "I don't know where to begin", "where do I even start", "what would you watch first": the
    // same way in, typed as people chat it (never "first" searched for the talk titled with it).
    'ratings',
    /\b(?:(?:i\s+)?(?:do\s+not|don['’]?t|dont)\s+know\s+)?where\s+to\s+(?:start|begin)\b|\bwhere\s+(?:do|should|shall|can)\s+(?:i|we|you|one)\s+even\s+(?:start|begin)\b|\b(?:what|which)\s+(?:talks?\s+|sessions?\s+|ones?\s+)?(?:would|do)\s+you\s+(?:watch|see|start\s+with)\s+first\b/g,
  ],
  [
    // "Was the monolith talk any good?", "is the kafka one worth it": an opinion of a talk,
    // whose words stay to find it.
    'ratings',
    /\bany\s+good(?=[\s?!.]*$)|^(?:so\s+)?(?:was|were|is|are)\s+(it|they|that|this|the\s+.+?)\s+(?:any\s+)?(?:good|great|helpful|useful|worth\s+(?:it|the\s+time|watching))(?=[\s?!.]*$)/g,
  ],
  [
    // "What rating did the uber talk get", "how was the netflix talk rated", "how many stars did
    // it get", "did the kafka talk get good reviews": a talk's score, whose words stay to find it.
    // "Received" only of a talk ("how was the netflix keynote received"), never of what a talk
    // is about ("how are the events received").
    'ratings',
    // "What's the rating of the uber talk", "how would you rate it", "how did the author rate the
    // netflix talk": the author's rating, where the notes give one.
    /\b(?:what(?:['’]s|\s+is|\s+was)|how\s+(?:is|was))\s+(?:the\s+|its\s+|your\s+|their\s+)?(?:ratings?|scores?|grades?|verdict)\s+(?:of|for|on)\b|\bhow\s+(?:would|did|do|does)\s+(?:you|the\s+(?:author|writer|blogger)|they|he|she)\s+rate\b|\b(?:what|which)\s+(?:ratings?|scores?|grades?|stars?|reviews?)\s+(?:did|does|do|was|were|is|has|had)\b|\bhow\s+(?:was|were|is|are)\s+(it|they|that|this|the\s+.+?)\s+(?:rated|reviewed|scored)(?=[\s?!.]*$)|\bhow\s+(?:was|were|is|are)\s+(it|they|that|this|the\s+(?:[a-z0-9'’-]+\s+){0,5}?(?:talks?|sessions?|keynotes?|presentations?|panels?|workshops?|speech(?:es)?|demos?|ones?))\s+received(?=[\s?!.]*$)|\bhow\s+many\s+(?:stars|votes|likes|upvotes|claps)\b|\b(?:did|does|was|were)\s+(it|they|that|this|the\s+.+?)\s+(?:get|got|receive|have)\s+(?:(?:good|bad|great|positive|negative|high|low|any)\s+)?(?:ratings?|reviews?|feedback|scores?)(?=[\s?!.]*$)/g,
  ],
  [
    // "Was the wasm talk better than the flags talk": an opinion of talks, compared.
    'ratings',
    /\b(?:better|worse)\s+than\b/g,
  ],
  [
    // "Can I get a refund", "refund my ticket": money back for attending, no subject of a talk.
    'prices',
    /\b(?:can|could|do|will|how\s+do)\s+(?:i|we|you)\s+(?:get|ask\s+for|request|claim)\s+(?:a\s+|my\s+|our\s+)?(?:money\s+back|refund)\b|\brefund\s+(?:for\s+)?(?:my|our|the|a)\s+(?:tickets?|pass(?:es)?|registration)\b/g,
  ],
  [
    // "How much was the workshop", "how much did the conference cost": what attending cost.
    'prices',
    /\bhow\s+much\s+(?:was|is|were|are|did|does|do)\s+(?:it|the|an?)?\s*((?:[a-z0-9-]+\s+){0,3}?)(?:workshops?|conference|conf|event|summit|meetup|training|tutorials?|labs?)(?:\s+(?:cost|costs))?(?=[\s?!.]*$)/g,
  ],
  [
    'attendance',
    // "Which talk had the most people", "the most crowded session": an audience, which the notes
    // never count (the talk with the most speakers is no answer).
    /\b(?:had|drew|got|attracted|pulled|with)\s+(?:the\s+)?most\s+(?:people|folks|humans)\b|\bmost\s+(?:crowded|packed)\b|\b(?:fullest|busiest)\s+(?:room|talk|session)s?\b|\bhow\s+(?:many|much)\s+(?:people|attendees|visitors|participants|folks|persons|devs|developers)\s+(?:attended|came|went|were\s+(?:there|at|in)|showed\s+up|joined|registered|visited|(?:did\s+)?(?:attend|come|go))\b|\bhow\s+(?:big|large|busy)\s+(?:was|is)\b|\b(?:attendance|number\s+of\s+(?:attendees|participants|visitors))\b|\b(?:the\s+)?(?:most|fewest|least|biggest|largest|smallest)\s+(?:attendees|audiences?|crowds?|participants|visitors|people\s+(?:in\s+the\s+room|attending|watching))\b|\b(?:best|most|least|worst|well|poorly|badly|sparsely|heavily|better|worse)[\s-]+attended\b|\b(?:how\s+)?(?:crowded|packed)\s+(?:was|were|is)\b|\bwas\s+(?:it|the\s+(?:room|talk|session|keynote))\s+(?:crowded|packed|full|busy)\b|\b(?:packed|full)\s+rooms?\b/g,
  ],
  [
    // "When's the next devnorth", "when is next year's devnorth", "is pylakes happening next
    // year", "upcoming conferences": the notes are about conferences that took place.
    'future',
    /\bwhen(?:['’]?s|\s+is|\s+will\s+be)\s+(?:the\s+)?next(?:\s+(?:year|edition|time)(?:['’]?s)?(?=\s))?\b|\bnext\s+(?:year|edition|time|month|week)\b|\b(?:the\s+)?next\s+(?=[a-z]+\s*(?:20\d\d\s*)?$)|\bupcoming\b|\bhappening\s+(?:again|next)(?:\s+(?:year|time))?\b|\bcoming\s+up\b|\b(?:(?:will|would)\s+there\s+(?:ever\s+)?be|is\s+there\s+going\s+to\s+be)\s+(?:another|one\s+more|a\s+new|a\s+next)\b|\b(?:(?:will|would)\s+there\s+(?:ever\s+)?be|is\s+there\s+going\s+to\s+be)\s+(?:an?\s+|the\s+)?(?=[a-z0-9-]+\s+20\d\d\b)|\bwill\s+(?:it|they|there)\s+(?:be\s+)?(?:held|happen|run|be\s+back)\s+again\b|\b(?:another|a\s+new)\s+edition\b/g,
  ],
  ['today', /\b(?:today|tonight|right\s+now|this\s+(?:morning|afternoon|evening))\b/g],
  // "Any talks from us?", "anything from our company", "did my team speak": who "we" are.
  [
    'asker',
    /\b(?:from|by)\s+(?:us|our\s+(?:company|team|org|organi[sz]ation|folks|people|side)|my\s+(?:company|team|org|colleagues|coworkers|co-workers))\b|\b(?:our|my)\s+(?:company|team|org)(?:['’]s)?\s+(?=(?:talks?|speakers?|people|folks)\b)/g,
  ],
  // "Where can I park at secdays", "which hotel should I book", "how do I get to the venue":
  // getting there and staying, never the words of a talk ("park" is no speaker Park).
  [
    'travel',
    /\b(?:is\s+there|any|free|car|bike|cheap)\s+parking\b|\bparking\s+(?:at|near|for|spots?|spaces?|garages?|lots?\s+(?:at|near))\b|^\s*parking\s*\??\s*$|\bwhere\s+(?:can|do|should|could|to)\s+(?:i\s+|we\s+)?(?:park|stay|sleep)\b|\b(?:which|what|any|good|cheap|nearby|recommended|a)\s+hotels?(?:\s+(?:should|do|can|could|would)\s+(?:i|we|you)\s+(?:book|stay\s+(?:at|in)|pick|choose|recommend))?\b|\bhotels?\s+(?:near|close\s+to|for|at|in)\b|\baccommodations?\b|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+get\s+(?:to|there)\b|\bdirections\s+to\b|\bnearest\s+(?:airport|station|hotel)\b/g,
  ],
  // "Who organised devoxx", "who runs pylakes", "the organizers of kubefest", "who's behind
  // it": who ran the event, which notes of its talks never say; the event's name stays. Asked
  // in German, French, Spanish, Italian or Portuguese too ("wer hat die QCon organisiert?",
  // "chi ha organizzato la QCon?", "los organizadores de …"), its "who" read as English or not.
  [
    'organisers',
    /\bwho(?:['’]?s|\s+is|\s+was|\s+were|\s+are)?\s+(?:organi[sz](?:ed|es|ing)|ran|runs|running|hosted|hosts|hosting|put\s+on|puts\s+on|behind)\b|\b(?:the\s+)?(?:organi[sz]ers?|organi[sz]ation\s+team|hosts?)\s+(?:of|for|behind)\b|(?<=\b(?:who|wer|qui|quien|quienes|chi|quem)\b.*)\b(?:organisiert|organisierte|organisieren|veranstaltet|veranstaltete|organise|organisee|organisait|organisent|organiza|organizo|organizaron|organizan|organizzato|organizzata|organizza|organizzano|organizou|organizaram)\b|\b(?:veranstalter(?:in|innen)?|organisatoren|organisateurs?|organisatrices?|organizadores|organizzatori)\b/g,
  ],
  // "Were there any women speakers", "how many female speakers at kubecon", "the gender balance
  // of the speakers", "talks by women", "did any women speak": who the speakers are beyond their names, which notes never record ("talks
  // about women in tech" is a subject, and searched).
  [
    'speakerTraits',
    /\b(?:women|woman|female|male|men|non[\s-]?binary)\s+(?:speakers?|presenters?|keynoters?|keynote\s+speakers?)\b|\b(?:speakers?|presenters?)\s+(?:who\s+)?(?:were|was|are|is)\s+(?:women|a\s+woman|female|men|a\s+man|male|non[\s-]?binary)\b|\bgender\s+(?:balance|ratio|split|mix|diversity|breakdown|gap)\s+(?:of|among|in|at)\b|\b(?:diversity|gender|genders)\s+of\s+(?:the\s+)?(?:speakers|presenters|lineup|line-up)\b|\b(?:talks?|sessions?|presentations?|keynotes?)\s+(?:by|from|given\s+by)\s+(?:women|a\s+woman|men|a\s+man|female|male|non[\s-]?binary)\b(?!\s+in\s+tech)|\b(?:did|were|was)\s+(?:there\s+)?(?:any\s+)?(?:women|woman|female)\s+(?:speak|present|talk|give|giving|speaking|presenting)\b|\bhow\s+many\s+(?:women|men)\s+(?:spoke|presented|gave|were\s+speaking)\b/g,
  ],
  // "Last week's talks", "talks from yesterday", "what happened last month": days just past.
  [
    'recent',
    /\b(?:yesterday|last\s+(?:week|month)|this\s+(?:week|month)|(?:the\s+)?(?:past|last)\s+(?:few\s+|couple\s+of\s+)?(?:days|weeks))(?:['’]s)?\b/g,
  ],
];

/**
 * The words for a role at work ("tech leads", "engineering managers", "a new architect"): whom a
 * talk would be for, no subject of its own.
 */
const ROLES =
  /\b(?:(?:tech(?:nical)?|team|engineering|staff|principal|senior|junior|new|first[\s-]time|people)\s+)*(?:leads?|leaders?|managers?|engineers?|developers?|devs?|architects?|designers?|students?|ctos?|ceos?|vps?|directors?|heads?|pms?|ics?|analysts?|interns?|testers?)\b/g;

/** What is left of a question about whom a talk is for, without the roles it names. */
export function withoutRoles(rest: string): string {
  return rest.replace(ROLES, ' ').replace(/\s+/g, ' ').trim();
}

/** "How many people attended elbcode": about the crowd, not the speakers to count. */
export function asksAttendance(text: string): boolean {
  return findUnknown(text)?.unknown === 'attendance';
}

/** Every question about prices has one of these words: the long patterns are read only then. */
const PRICE_WORD =
  /\b(?:price|prices|cost|costs|much|tickets?|admission|entry|discount|promo|coupon|passes|pass|refund|money)\b/;

/**
 * Words that only say how far a talk is best ("the best talk overall", "of all time", "in your
 * opinion"): no subject of a talk, once which is best is known to be asked.
 */
const HOW_BEST =
  /\b(?:overall|ever|of\s+all(?:\s+time)?|by\s+far|in\s+your\s+(?:opinion|view)|imo|imho|personally|honestly|in\s+general|at\s+(?:the|this)\s+(?:conference|event)|insgesamt|uberhaupt|au\s+total|en\s+general|in\s+assoluto|no\s+geral)\b/g;

/**
 * "Which day had the most people", "what time slot was the most crowded": the part of the
 * schedule the crowd is asked of, no subject of a talk ("What's All Day DevOps?").
 */
const CROWD_WHEN = /\b(?:which|what)\s+(?:day|days|time|time\s+slot|slot|room|hall|stage|track)\b/g;

/** What the notes cannot tell, and the question without those words. */
export function findUnknown(text: string): { unknown: Unknown; rest: string } | undefined {
  let rest = fold(text);
  let unknown: Unknown | undefined;
  for (const [kind, pattern] of PHRASES) {
    if (kind === 'prices' && !PRICE_WORD.test(rest)) continue;
    // "I'm a frontend dev", "the price of a pylakes ticket": the words a phrase keeps (its
    // group, in whichever of its alternatives) stay, to find their talks ("frontend", "pylakes").
    const cut = rest.replace(pattern, (...found: unknown[]) => {
      const kept = found.slice(1, -2).find((group) => typeof group === 'string');
      return typeof kept === 'string' ? ` ${kept} ` : ' ';
    });
    if (cut === rest) continue;
    unknown ??= kind;
    rest = cut;
  }
  if (!unknown) return undefined;
  if (unknown === 'ratings') rest = rest.replace(HOW_BEST, ' ');
  if (unknown === 'attendance') rest = rest.replace(CROWD_WHEN, ' ');
  return {
    unknown,
    rest: rest
      .replace(/[?!.,;:]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/** Today's date as the notes write dates: "what's on today" asks for talks of that date. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
