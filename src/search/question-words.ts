import { eng } from 'stopword';
import { words } from './analyze.ts';
import { englishWord } from './english-words.ts';

/**
 * Words that carry no weight in a question. A maintained English stop-word list, plus the
 * scaffolding of chat questions ("who spoke about", "is there a talk on", "can you show me"):
 * the index never scores these, so "about" in a question cannot favour a title with "about" in
 * it, and "talk" cannot match a slide's file name.
 */
const SCAFFOLDING = (
  'who whom whose what which how why when where whats hows wheres whos is are was were am be been ' +
  'there theres any anything something some tell show give find search look looking lookup list ' +
  'me us i im ive id my mine please pls plz thanks thank can could would will shall should may ' +
  'might do does did done you your yours hey hi hello ok okay yes no not just also really ' +
  'talk talks talked talking spoke speak speaks speaking spoken said say says saying mention ' +
  'mentioning ' +
  'ask asks asked asking mentioned mentions discuss discussed discussing discusses present presented presenting ' +
  'presentation presentations session sessions lecture lectures keynote keynotes track covered cover ' +
  'covering about on of regarding concerning around re want wanted need know missed ' +
  'miss see seen saw watch watched anyone someone somebody everyone people person speaker speakers ' +
  'gave give gives giving held hear heard dont doesnt didnt cant wont isnt arent wasnt werent ' +
  // who led a panel: "who moderated the closing panel" (the notes' "moderated by" is a speaker)
  'moderated moderator moderators moderating ' +
  'youre theyre whats whos ill lets ' +
  // verbs and nouns of asking, which say nothing about the subject
  'handle handled handles handling deal dealt deals dealing approach approached tackle tackled ' +
  'solve solved explain explained explains describe described describes recommend recommended ' +
  'suggest suggested think thought thinks interesting idea ideas anything everything stuff ' +
  'thing things kind sort happened happen happens happening going went goes ' +
  // chat: greetings, thanks, addressing the bot, asking for something to be sent
  'bot bots u ur ya yall yo sup hiya heya thx ty tysm cheers btw fyi lol hmm um uh pls plz ' +
  'send sent share shared get got grab fetch point pointer pointers remind remember recall ' +
  'one ones guy guys folks anybody wondering wonder curious interested info information ' +
  'details detail summary summarize summarise recap quick quickly brief briefly bit maybe ' +
  'perhaps possible somewhere conference conf attended attend attending ' +
  // opinions asked for, which no note states ("any good talks?", "the best talk")
  'good best great nice cool awesome favorite favourite top useful worth ' +
  // "which company talked about …" asks who, not about companies
  'company companies ' +
  // asking for more, or for the gist: "anything else on …", "tl;dr of …", "key takeaways"
  'else more other others another again tl dr tldr gist takeaway takeaways highlights ' +
  'overview rundown ' +
  // asking to learn, or for advice: "what can I learn about …", "any tips for …", "help me with …"
  'learn teach taught understand read watching tips tip advice guidance suggestions suggestion ' +
  'recommendations recommendation like love help start started ' +
  // politeness and chat around a question: "can you kindly find …", "sorry to bother, any …",
  // "I'd really appreciate …", "super quick one: …", "honestly just curious about …", "quick
  // question — …"
  'kindly appreciate appreciated sorry bother bothering honestly super q so truly question ' +
  // whether something is there yet: "are the slides for the GIL talk available yet"
  'yet already available ' +
  // how many of them, as "each" and "all" (the stop-word list's): "does every talk have
  // slides?", "summarize the whole conference", "the entire list"
  'every whole entire ' +
  // who and where, said in passing: "what else did she say", "was mypy mentioned anywhere",
  // "is anyone using MLflow?", "anyone doing eBPF?", "anything about getting better at …" (the stop-word list has
  // "he", "him" and "somewhere", not "she" nor "anywhere")
  'she shes hers herself theirs anywhere everywhere nowhere use uses using used doing actually ' +
  // the same asked the other way round: "did nobody talk about AI?", "was there nothing on testing?"
  'nobody noone nothing ' +
  'basically getting better ' +
  // what a talk came to, and when the asker needs it: "what did the panel conclude about …",
  // "for a design review tomorrow"
  'conclude concluded conclusion conclusions tomorrow ' +
  // winning, asked of a prize the notes never give: "who won?", "did the kafka talk win anything?"
  'won win wins'
).split(' ');

/**
 * The same scaffolding in the other languages notes are written and asked in (French, Spanish,
 * German, Italian, Portuguese, Dutch): "y a-t-il une présentation sur …", "¿hay alguna charla
 * sobre …?", "gibt es einen Vortrag über …". Hand-picked, not whole stop-word lists: their words
 * that are also words of the field stay words: "war" stories, Red "Hat", "über" (Uber, once folded),
 * "ci" (CI), "ha", "os", "dos" (HA, OS, DoS).
 */
const OTHER_LANGUAGES =
  // French
  (
    'quel quels quelle quelles qui quoi est sont etait avait y a-t-il y-a-t-il t il elle ils elles ce ' +
    'cette ces parle parlent parlait presentation presentations expose exposes conference ' +
    'conferences sur de du des la le les un une au aux avec et ou pour dans je nous vous moi ' +
    'montre montrez cherche trouve bonjour salut merci sujet ' +
    // Spanish
    'que cual cuales quien quienes hay alguna alguno algun charla charlas ponencia ponencias ' +
    'sobre del las el los unos unas para en es son fue hablo hablaron muestra muestrame dime ' +
    'presento presentaron ' +
    'busca hola gracias tema ' +
    // German
    'gibt es gab einen eine ein einer der das den dem welche welcher welches wer wo wann ' +
    'zu zum zur von vom mit und oder fur im auf vortrag vortrage vortrags sprach sprachen haben ' +
    'ich mir zeig zeige suche hallo danke thema wie hat gesprochen ist sind ' +
    // Italian
    'quali quale chi cosa sono intervento interventi presentazione presentazioni su di della ' +
    'dei delle il lo gli ciao grazie hanno parlato parlava parla presentato presentava ' +
    'talk sul sulla sugli sui nel nella nei c e era cerano stato stata stati ' +
    // "Parlami dei talk su …", "dimmi", "mostrami": tell me, show me; "qualche": any.
    'parlami dimmi mostrami raccontami hablame erzahl erzahle qualche ' +
    // Portuguese
    'quais qual quem tem palestra palestras do da das um uma com obrigado obrigada falou ' +
    'algum alguma alguns algumas existe existem ' +
    'falaram apresentou sobre foram foi ' +
    // Dutch
    'welke wie wat waar wanneer er een het over van voor met en praatje lezing lezingen ' +
    // The verbs such questions are asked with ("welke talks hadden een video?", "quantas
    // palestras teve"): no word of the field, and near enough to one ("hidden") to be misread.
    'hadden heeft hebben waren zijn gingen ging gaat sprak spraken gaf gaven gegeven ' +
    'hatte hatten wurde wurden teve tiveram houve tuvo hubo habia aveva avevano ' +
    // "said" and "asked" in them: "was hat Katrin über … gesagt?", "qu'a dit …", "¿qué dijo …?"
    'gesagt erzahlt berichtet gemeint dit dicho dijo disse detto gezegd ' +
    // "something", "anything": "quelque chose sur …", "hay algo sobre …", "gibt es etwas zu …"
    'quelque quelques chose algo coisa etwas qualcosa iets ' +
    // Tips and advice asked for: "consejos sobre seguridad", "Tipps zu Kubernetes", "conseils sur
    // la sécurité", "consigli per …", "dicas de …" (as "tips", "advice" are in English).
    'consejo consejos sugerencias tipp tipps ratschlag ratschlage hinweise conseil conseils ' +
    'astuces consigli consiglio suggerimenti dica dicas sugestoes per ' +
    // "Was lief an Tag 2?", "was läuft auf der Elbcode": what was on, in German.
    'lief liefen lauft laufen ' +
    // The same verbs in other tenses, and the particles around them: "quels talks parlaient de
    // Kubernetes ?", "quali talk parlavano di Python?", "c'erano talk su…", "er was toch een
    // talk over Flutter?" ("toch" is no slip of "touch").
    'parlaient parlerent parlavano erano toch nou eigenlijk ' +
    // "Anyone", "any" in them: "hat jemand über … gesprochen?", "¿alguien habló de …?",
    // "quelqu'un a parlé de … ?", "czy był jakiś talk o …?"
    'jemand irgendwer irgendwas irgendein irgendeinen irgendwelche alguien quelquun qualcuno ' +
    'alguem iemand ktos jakis jakies jakas ' +
    // Polish, Czech and Slovak: "prelekcje ze slajdami", "czy były prelekcje o DuckDB?"
    'z ze o w we na i czy jakie jaki jaka kto były była był sa jest mowił mowiła ' +
    've se jsou ktere jake bylo ' +
    // Russian: "доклады про Rust со слайдами"
    'про о об со с в и на по для от какие кто был были есть ' +
    // The verbs of wanting to know, and the talking verbs' other tenses, with their "I": "eu
    // quero saber sobre …", "o que falavam sobre …", "qu'est-ce qu'il y a eu sur …", "quiero
    // saber de …", "ich möchte wissen …", "ik wil weten …", "voglio sapere …".
    'eu quero queria gostaria saber sei falavam falava falar falando voce ' +
    'quiero queria hablaba hablaban hablar hablando yo ' +
    'veux voudrais voulais savoir parler parlaient ont ' +
    'mochte mochten wissen redete redeten geredet ' +
    'wil wilde weten ik praatten ' +
    'voglio vorrei sapere parlare parlavano'
  ).split(' ');

const ENGLISH = new Set<string>([...eng, ...SCAFFOLDING]);
const FILLER = new Set<string>([...ENGLISH, ...OTHER_LANGUAGES]);

/** Letters a word has at least, for a slip of it to be read as one. */
const SLIP_LENGTH = 5;

/** English words of the asking long enough that a slip of one is no other word ("anythign"). */
const SLIPPED = [...new Set([...eng, ...SCAFFOLDING])].filter((word) => word.length >= SLIP_LENGTH);

/**
 * Four-letter words of the asking whose letters swapped make no word of any language the notes
 * are written in: "tlak", "takl" (talk), "waht" (what), "wehn" (when), "wiht" (with). A slip of
 * a shorter word, or one letter more or less, too often makes another word ("form" of "from").
 */
const SWAPPED_SHORT = ['talk', 'what', 'when', 'with', 'that', 'this', 'have'];
const SWAPPED_SHORT_LENGTH = 4;

/**
 * Three-letter words of the asking typed with two letters swapped: "teh", "hte" (the), "adn"
 * (and), "yuo" (you), "hwo" (who). Only where what was typed is no English word ("fro" of
 * "for", "saw" of "was" are words of their own).
 */
const SWAPPED_THREE = [
  'the',
  'and',
  'you',
  'for',
  'are',
  'was',
  'who',
  'how',
  'any',
  'not',
  'but',
  'can',
];

/**
 * Five-letter words of the asking typed a letter short, but for their last: "wich" (which),
 * "taks" (talks), "abot" (about), "thre" (there). Only where what was typed is no English word
 * ("were", "abut", "bout" are words of their own).
 */
const SHORT_OF_ONE = ['which', 'talks', 'about', 'where', 'there'];

/**
 * Whether a word is a slip of a word of the asking, two letters swapped or one missing or extra:
 * "anythign", "mentiond", "presentaiton". Only words of five letters or more, and never a
 * letter for another: "stuff" of "staff", "was" of "wasm" are other words. Callers ask only of
 * words the notes do not have, so "talkd" is never read so where a talk says it.
 */
export function slipOfFiller(word: string): boolean {
  if (FILLER.has(word)) return false;
  if (word.length === SWAPPED_SHORT_LENGTH - 1)
    return SWAPPED_THREE.some((own) => swapped(word, own)) && !englishWord(word);
  if (word.length === SWAPPED_SHORT_LENGTH)
    return (
      SWAPPED_SHORT.some((own) => swapped(word, own)) ||
      (SHORT_OF_ONE.some((own) => oneMore(own, word)) && !englishWord(word))
    );
  if (word.length < SLIP_LENGTH) return false;
  return SLIPPED.some(
    (own) =>
      swapped(word, own) || oneMore(word, own) || oneMore(own, word) || lastLetterOff(word, own),
  );
}

/** Fewest letters of a word of the asking whose last letter typed off is still that word. */
const LAST_OFF_LENGTH = 6;

/**
 * `word` is `own` without its last letter, where that letter makes no other form of it:
 * "anythin", "somethin" (of anything, something); never an "s" or a "d" ("talk" of "talks").
 */
function lastLetterOff(word: string, own: string): boolean {
  return own.length >= LAST_OFF_LENGTH && own.slice(0, -1) === word && !/[sd]$/.test(own);
}

/** Two neighbouring letters swapped: "anythign" of "anything". */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return (
    at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  );
}

/**
 * `long` is `short` with one letter more inside it: "talkd" of "talked" the other way round.
 * Never at the end, where a word's other form is ("tracks" of "track" is what it says).
 */
function oneMore(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length - 1; i++)
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** True for a word (folded, as `words()` gives it) that a question uses but means nothing by. */
export function isFiller(word: string): boolean {
  return FILLER.has(word) && !typedInCapitals.has(word);
}

/**
 * Other languages' little words the question being read typed in capitals: "DEI talks", "any
 * DES talks?", "DAS vs NAS" name an acronym, not the Italian "dei", the French "des" or the
 * German "das" that are spelled the same once folded. Only where the rest of the question has
 * small letters (a question typed all in capitals says nothing by them), only words of three
 * letters or more (two, "DE", "ES", are as often a country's or a language's code), and only
 * words of the other languages: English ones typed so ("OK thanks", "NOT kubernetes") keep
 * their meaning.
 */
let typedInCapitals: ReadonlySet<string> = new Set();

const OTHER_LANGUAGES_ONLY = new Set(OTHER_LANGUAGES.filter((word) => !ENGLISH.has(word)));

/**
 * `read()` with the question `text`'s capitals read as acronyms (see `typedInCapitals`). The set
 * is the module's for the length of `read`, which is synchronous, as answering is: a reading
 * that awaited would have to carry the set with it instead.
 */
export function readingCapitals<T>(text: string, read: () => T): T {
  const before = typedInCapitals;
  typedInCapitals = capitalsOf(text);
  try {
    return read();
  } finally {
    typedInCapitals = before;
  }
}

const NONE_IN_CAPITALS: ReadonlySet<string> = new Set();

function capitalsOf(text: string): ReadonlySet<string> {
  if (!/\p{Ll}/u.test(text)) return NONE_IN_CAPITALS;
  const found = new Set<string>();
  for (const [typed] of text.matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}{3,6}(?![\p{L}\p{N}'’])/gu))
    for (const word of words(typed)) if (OTHER_LANGUAGES_ONLY.has(word)) found.add(word);
  return found.size > 0 ? found : NONE_IN_CAPITALS;
}

/** Nouns that make "X talks" mean "the talks of topic X". */
export const TALK_NOUNS = new Set([
  'talk',
  'talks',
  'session',
  'sessions',
  'presentation',
  'presentations',
  'lecture',
  'lectures',
  'keynote',
  'keynotes',
  'track',
]);

/** Kinds of talk a title may name ("Keynote"): asked for on their own, they are the subject. */
export const TALK_KINDS = new Set(['keynote', 'keynotes']);
