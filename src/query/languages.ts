import { withoutAccents } from '../text.ts';
import { CJK_COUNT_MARKERS, COUNT_AND_WHEN } from './count-and-when.ts';
import { EXCEPT_MARKERS, EXCEPT_WORDS } from './except-words.ts';
import { monthsInEnglish } from './foreign-months.ts';
import { type DayLanguage, dayMarker, dayWords } from './language-days.ts';
import { POINTING_MARKERS, POINTING_WORDS } from './pointing-words.ts';
import { ROMANCE_ASKING, ROMANCE_MARKERS } from './romance-asking.ts';
import { WHOLE_MARKERS, WHOLE_WORDS } from './whole-asking.ts';

/**
 * Questions asked in French, Spanish, German, Italian, Portuguese or Dutch, read as the English
 * question they are: "chi ha parlato di CSS?" is "who spoke about CSS", "¿hubo alguna mesa
 * redonda?" asks for the panels, "welke talks hadden een video?" for the talks with one. A
 * language is read so only when the question has words only that language uses ("welke", "¿",
 * "ci sono"): "no" or "hat" in an English question stay words ("no kubernetes please", Red Hat).
 * Words that name kinds of session (taller, mesa redonda, Podiumsdiskussion, palestra) become
 * the English kinds the notes' cards carry. Elided articles ("l'accessibilité", "dell'API") are
 * taken apart, so the word after them is found.
 */

interface Language {
  /** Words (folded, whole) that tell the question is in this language. */
  markers: RegExp;
  /** Its names of days, months and parts of the day (`language-days.ts`), read first. */
  days?: DayLanguage;
  /** Phrases and words of the language, as the English that reads the same way. */
  words: [RegExp, string][];
}

/** Either language marker: a question marked by one of them is in the language. */
const either = (one: RegExp, other: RegExp) =>
  new RegExp(`${one.source}|${other.source}`, one.flags);

/** German's words of asking, scheduling, counting and refusing, as English ones. */
const GERMAN: [RegExp, string][] = [
  ...COUNT_AND_WHEN.de,
  [/\bpodiumsdiskussion(?:en)?\b|\bpodium\b/g, 'panel'],
  // "Worum ging es bei der Keynote?": what it was about.
  [/\bworum\s+(?:ging|geht)\s+es\s+(?:bei|in|im)\b/g, 'tell me about'],
  [/\bworum\s+(?:ging|geht)\s+es\b/g, 'what was it about'],
  // "nach dem Rust-Vortrag": the Rust talk.
  [/(\p{L})-vortrag(?:s)?\b/gu, '$1 talk'],
  [/\bvortrage\b/g, 'talks'],
  [/\bvortrag\b/g, 'talk'],
  [/\b(?:wann)\s+(?:war|waren|fand|ist)\b/g, 'when was'],
  [/\b(?:wo)\s+(?:war|waren|fand|ist|lag)\b/g, 'where was'],
  [/\bstatt\s*(?=[?!.]*$)/g, ''],
  [/\bwie\s+viele\b/g, 'how many'],
  // "Wie lange dauerte der Uber-Vortrag?": how long it ran.
  [/\bwie\s+lange\s+(?:dauerte|dauerten|dauert|dauern|ging|lief|war|waren)\b/g, 'how long was'],
  [/\bkonferenzen\b/g, 'conferences'],
  [/\bkonferenz\b/g, 'conference'],
  [/\bum\s+wie\s*viel\s+uhr\s+(?:ist|war|beginnt)\b/g, 'when is'],
  [/\bwer\b/g, 'who'],
  [/\bwelche[rsnm]?\b/g, 'which'],
  [/\b(?:hat|haben)\s+(.+?)\s+gehalten\b/g, 'gave $1'],
  [/\b(?:hat|haben)\s+(.+?)\s+(?:gesprochen|geredet|vorgetragen|prasentiert)\b/g, 'spoke $1'],
  [/\bgehalten\b/g, 'gave'],
  [/\b(?:arbeitet|arbeiten|arbeitete)\s+(?:bei|fur)\b/g, 'works at'],
  [/\b(?:zweimal|mehrmals|mehr\s+als\s+einmal)\b/g, 'more than once'],
  [
    /\b(?:sprecher(?:innen)?|referent(?:en|innen)?|vortragende[n]?|redner(?:innen)?)\b/g,
    'speakers',
  ],
  [/\b(?:firmen|unternehmen)\b/g, 'companies'],
  [/\bfirma\b/g, 'company'],
  [/\b(?:die|der|das|den|dem)\s+(?:erste|ersten)\b|\berste[nrs]?\b/g, 'the first'],
  [/\b(?:die|der|das|den|dem)\s+(?:letzte|letzten)\b|\bletzte[nrs]?\b/g, 'the last'],
  [/\b(?:zweite[nrs]?)\b/g, 'second'],
  [/\b(?:dritte[nrs]?)\b/g, 'third'],
  [/\b(first|second|third|last)\s+tag\b/g, '$1 day'],
  [/\b(?:kam|kamen|lief|liefen)\s+(nach|vor)\b/g, 'came $1'],
  [/\bnach\b/g, 'after'],
  [/\bvor\b/g, 'before'],
  [/\bmit\s+folien\b/g, 'with slides'],
  [/\bfolien\b/g, 'slides'],
  // "Welche Vorträge hatten keine Folien?", "ohne Video": the talks without them.
  [/\bkeine?[nrs]?\b/g, 'no'],
  [/\b(?:hatten|hatte)\b/g, 'had'],
  // "Danke, und die Folien?": a follow-up after thanks.
  [/\bdanke\b/g, 'thanks'],
  [/\bund\b/g, 'and'],
  [/\bgibt\s+es\b/g, 'is there'],
  // "Ist da was über Kubernetes?", "habt ihr etwas zu Rust": is there anything.
  [/\b(?:ist\s+da|gab\s+es\s+da|habt\s+ihr|hast\s+du)\s+(?:was|etwas)\b/g, 'is there anything'],
  [/\betwas\b/g, 'anything'],
  [/\bgab\s+es\b/g, 'were there'],
  [/\bihn\b/g, 'it'],
  [/\baber\b/g, 'but'],
  [/\bnicht\b/g, 'not'],
  [/(?:^|\s)au(?:ß|ss)er(?=\s|$)/g, ' except'],
  [/\bohne\b/g, 'without'],
  [/\balles\b/g, 'everything'],
  // "Was soll ich mir anschauen?", "welcher Vortrag war der beste?": what to watch, the best.
  [
    /\b(?:soll|sollte)\s+ich\s+(?:mir\s+)?(?:anschauen|ansehen|angucken|gucken)\b/g,
    'should i watch',
  ],
  [/\bbeste[nrs]?\b/g, 'best'],
  [/^was\b/g, 'what'],
  [/\bauf\s+der\b|\bbei\s+der\b/g, 'at'],
  [/\bauf\s+dem\b/g, 'on the'],
  [/\b(?:am|an)\b/g, 'on'],
  [/\bim\b/g, 'in'],
  [/\b(?:war|ist)\b/g, 'was'],
  [/\b(?:waren|sind)\b/g, 'were'],
  [/\bwie\b/g, 'how'],
  [/\b(?:die|der|das|den|dem)\b/g, 'the'],
  [/\bda(?=\s*[?!.]*$)/g, 'there'],
];

const LANGUAGES: Language[] = [
  {
    // Italian
    days: 'it',
    markers: either(
      either(
        /(?:^|\s)(?:chi|ci\s+sono|c['’]e|c['’]è|quali|quale|parlato|avevano|aveva|hanno|sul|sulla|della|degli|gli|qualche|intervento|interventi|quanti|quante|quando|dove|tenuta|erano|in\s+tutto|(?:che|quale)\s+giorno)(?=\s|$)/,
        POINTING_MARKERS.it,
      ),
      either(EXCEPT_MARKERS.it, WHOLE_MARKERS.it),
    ),
    words: [
      ...WHOLE_WORDS.it,
      ...EXCEPT_WORDS.it,
      ...POINTING_WORDS.it,
      ...COUNT_AND_WHEN.it,
      [
        /\bchi\s+(?:ha|hanno)\s+(?:parlato|presentato|tenuto)\s+(?:di|del|della|dei|su|sul|sulla)\b/g,
        'who spoke about',
      ],
      [/\bchi\s+(?:ha|hanno)\s+(?:parlato|presentato|tenuto)\b/g, 'who spoke'],
      // "Quanti talk ci sono stati?": how many talks there were ("talk" is the same in the plural).
      [
        /\bquant[ie]\s+(?:talk|interventi|sessioni|presentazioni)(?:\s+(?:ci\s+sono\s+stat[ie]|c['’]erano|erano|ci\s+sono|sono\s+stat[ie]))?\b/g,
        'how many talks were there',
      ],
      [/\bquant[ie]\b/g, 'how many'],
      [/\bci\s+sono\b|\bc['’][eè]\b/g, 'are there'],
      [/\bchi\b/g, 'who'],
      [/\bquali\b|\bquale\b/g, 'which'],
      [/\b(?:relatori|relatrici|oratori)\b/g, 'speakers'],
      [/\b(?:avevano|aveva|hanno|ha)\b/g, 'had'],
      [/\b(?:le|la|il|lo|gli|i)\b/g, 'the'],
      [/\b(?:su|sul|sulla|sui|sugli|di|del|della|dei|delle)\b/g, 'about'],
      [/\bslide\b/g, 'slides'],
    ],
  },
  {
    // Dutch
    days: 'nl',
    markers: either(
      /(?:^|\s)(?:welke|een|het|gingen|ging|sprak|spraken|hadden|hebben|heeft|waren|lezing|lezingen|praatje|praatjes)(?=\s|$)/,
      either(EXCEPT_MARKERS.nl, WHOLE_MARKERS.nl),
    ),
    words: [
      ...WHOLE_WORDS.nl,
      ...EXCEPT_WORDS.nl,
      [/\b(?:gingen|ging)\s+over\b/g, 'were about'],
      [/\b(?:sprak|spraken|praatte|praatten)\s+(?:er\s+)?over\b/g, 'spoke about'],
      [/\bwelke\b/g, 'which'],
      [/\bwie\b/g, 'who'],
      [/\b(?:hadden|hebben|heeft|had)\b/g, 'had'],
      [/\b(?:waren|was|zijn|is)\b/g, 'were'],
      [/\b(?:lezingen|praatjes)\b/g, 'talks'],
      [/\b(?:lezing|praatje)\b/g, 'talk'],
      [/\bover\b/g, 'about'],
      [/\b(?:een|het|de|er)\b/g, ' '],
    ],
  },
  {
    // Spanish
    days: 'es',
    markers: either(
      either(
        /¿|(?:^|\s)(?:quien|quienes|hubo|hay|alguna|alguno|algun|charla|charlas|taller|talleres|ponencia|ponencias|dio|dieron|cuales|cual|cuantas|cuantos|ponentes|cuando|donde|fue|en\s+total)(?=\s|$)/,
        either(ROMANCE_MARKERS.es, POINTING_MARKERS.es),
      ),
      either(EXCEPT_MARKERS.es, WHOLE_MARKERS.es),
    ),
    words: [
      ...WHOLE_WORDS.es,
      ...EXCEPT_WORDS.es,
      ...POINTING_WORDS.es,
      ...ROMANCE_ASKING.es,
      ...COUNT_AND_WHEN.es,
      [/¿/g, ' '],
      [/\bmesas?\s+redondas?\b/g, 'panel'],
      [/\btalleres\b/g, 'workshops'],
      [/\btaller\b/g, 'workshop'],
      [/\b(?:quien|quienes)\b/g, 'who'],
      [/\b(?:dio|dieron|impartio|presento)\b/g, 'gave'],
      // "¿Cuántas charlas hubo?": how many talks there were.
      [/\bcuant[oa]s\s+(\S+)\s+(?:hubo|hay|habia)\b/g, 'how many $1 were there'],
      [/\bcuant[oa]s\b/g, 'how many'],
      [/\b(?:hubo|hay)\b/g, 'was there'],
      [/\b(?:alguna|alguno|algun|algunas|algunos)\b/g, 'any'],
      [/\b(?:ponentes|oradores)\b/g, 'speakers'],
      [/\b(?:eran|fueron)\b/g, 'were'],
      [/\b(?:charlas|ponencias)\b/g, 'talks'],
      [/\b(?:charla|ponencia)\b/g, 'talk'],
      [/\b(?:el|la|los|las)\b/g, 'the'],
      [/\bsobre\b/g, 'about'],
    ],
  },
  {
    // German
    days: 'de',
    markers: either(
      /(?:^|\s)(?:wer|wann|wo|worum|ging\s+es|bei\s+(?:der|dem|den)|gehalten|gibt|gab|ist\s+da|habt\s+ihr|hast\s+du|etwas|vortrag|vortrage|vortrags|[^\s-]+-vortrag(?:e|s)?|welche|welcher|podiumsdiskussion|auf\s+der|wie\s+viele|wie\s+lange|nicht|au(?:ß|ss)er|sprecher|firmen|arbeitet|anschauen|ansehen|zweimal|erste[nrs]?|letzte[nrs]?|kam|folien|keine?)(?=\s|$)/,
      either(POINTING_MARKERS.de, WHOLE_MARKERS.de),
    ),
    words: [...WHOLE_WORDS.de, ...POINTING_WORDS.de, ...GERMAN],
  },
  {
    // Portuguese
    days: 'pt',
    markers: either(
      either(
        /(?:^|\s)(?:quantas|quantos|palestra|palestras|teve|tiveram|houve|quem|alguma|algum|quando|onde|foi|aconteceu|no\s+total)(?=\s|$)/,
        either(ROMANCE_MARKERS.pt, POINTING_MARKERS.pt),
      ),
      either(EXCEPT_MARKERS.pt, WHOLE_MARKERS.pt),
    ),
    words: [
      ...WHOLE_WORDS.pt,
      ...EXCEPT_WORDS.pt,
      ...POINTING_WORDS.pt,
      ...ROMANCE_ASKING.pt,
      ...COUNT_AND_WHEN.pt,
      [/\b(?:quantas|quantos)\s+palestras\b/g, 'how many talks'],
      [/\bpalestras\b/g, 'talks'],
      [/\bpalestra\b/g, 'talk'],
      [/\bpain[eé]is\b/g, 'panels'],
      [/\bpainel\b/g, 'panel'],
      [/\bquem\b/g, 'who'],
      [/\b(?:teve|tiveram|houve)\b/g, 'were there'],
      [/\b(?:no|na|nos|nas)\b/g, 'at'],
      [/\b(?:o|a|os|as)\b/g, 'the'],
    ],
  },
  {
    // French
    days: 'fr',
    markers: either(
      either(
        /(?:^|\s)(?:y\s+a\s*-?\s*t\s*-?\s*il|qui\s+a|quelles?|quels?|parle|presentation|presentations|sur\s+la|sur\s+le|quand|a\s+eu\s+lieu|avait\s+lieu|en\s+tout|au\s+total|il\s+y\s+avait|(?:premier|premiere|deuxieme|seconde?|troisieme|dernier|derniere)\s+jour(?:nee)?|ou\s+etait\s*-?\s*ce|c['’]?\s*etait\s+(?:ou|quand))(?=\s|$)/,
        either(ROMANCE_MARKERS.fr, POINTING_MARKERS.fr),
      ),
      either(EXCEPT_MARKERS.fr, WHOLE_MARKERS.fr),
    ),
    words: [
      ...WHOLE_WORDS.fr,
      ...EXCEPT_WORDS.fr,
      // "Où était-ce ?": where it was, as "c'était où ?" is.
      [/\bou\s+etait\s*-?\s*ce\b/g, 'where was it'],
      ...POINTING_WORDS.fr,
      ...ROMANCE_ASKING.fr,
      ...COUNT_AND_WHEN.fr,
      [/\by\s+a\s*-?\s*t\s*-?\s*il\b/g, 'is there'],
      // "Le premier jour", "la deuxième journée": the event's first, second day.
      [/\b(?:(?:le|la)\s+)?premiere?\s+jour(?:nee)?\b/g, 'the first day'],
      [/\b(?:(?:le|la)\s+)?(?:deuxieme|seconde?)\s+jour(?:nee)?\b/g, 'the second day'],
      [/\b(?:(?:le|la)\s+)?troisieme\s+jour(?:nee)?\b/g, 'the third day'],
      [/\b(?:(?:le|la)\s+)?derniere?\s+jour(?:nee)?\b/g, 'the last day'],
      [/\bqui\s+a\s+(?:parle|presente)\s+(?:de|du|des|sur)\b/g, 'who spoke about'],
      [/\bqui\b/g, 'who'],
      [/\b(?:quelles?|quels?)\b/g, 'which'],
      [/\bsur\b/g, 'about'],
    ],
  },
  {
    // Polish (folded: "były" is "byly", "mówił" "mowil"). Patterns here see the text folded so:
    // "й" is "и", "が" is "か".
    markers:
      /(?:^|\s)(?:czy|kto|kiedy|gdzie|ile|jakie|jaki|byly|byla|byl|bylo|prelekcje|prelekcja|prelekcji|wystapienia|wystapienie|mowil|mowila|mowili|slajdami|nagraniem|nagrania)(?=\s|$)/u,
    words: [
      ...COUNT_AND_WHEN.pl,
      [/\bczy\s+(?:byly|byla|byl|bylo)\b/g, 'were there'],
      [/\bkto\s+(?:mowil|mowila|mowili|opowiadal|prezentowal)\s+o\b/gu, 'who spoke about'],
      [/\bco\s+(?:mowil|mowila|mowili|powiedzial|powiedziala)\s+(.+)$/gu, 'what did $1 say'],
      [/\bkto\b/g, 'who'],
      [/\b(?:jakie|jaki|ktore|ktory)\b/g, 'which'],
      [/\b(?:byly|byla|byl|bylo)\b/g, 'were'],
      [/\b(?:prelekcje|prelekcji|wystapienia|wystapien|referaty)\b/g, 'talks'],
      [/\b(?:prelekcja|wystapienie|referat)\b/g, 'talk'],
      [/\bpanele\b/g, 'panels'],
      [/\b(?:ze|z)\s+(?:slajdami|prezentacja)\b/g, 'with slides'],
      [/\b(?:ze|z)\s+(?:nagraniem|wideo|filmem)\b/g, 'with video'],
      [/\b(?:z|ze)\b/g, 'from'],
      [/\bo\b/g, 'about'],
    ],
  },
  {
    // Russian
    markers:
      /(?:^|\s)(?:доклады|доклад|докладов|про|со|с|кто|какие|были|было|сколько|когда|где)(?=\s|$)/u,
    words: [
      ...COUNT_AND_WHEN.ru,
      [/(?:^|\s)(?:со|с)\s+(?:сла[йи]дами|презентацией)(?=\s|$)/gu, ' with slides '],
      [/(?:^|\s)(?:с|со)\s+(?:видео|записью)(?=\s|$)/gu, ' with video '],
      [/(?:^|\s)(?:доклады|докладов)(?=\s|$)/gu, ' talks '],
      [/(?:^|\s)доклад(?=\s|$)/gu, ' talk '],
      [/(?:^|\s)(?:про|о|об)(?=\s|$)/gu, ' about '],
    ],
  },
  {
    // Japanese, Chinese and Korean: how many talks, when or where the conference was.
    markers: CJK_COUNT_MARKERS,
    words: COUNT_AND_WHEN.cjk,
  },
  {
    // Japanese and Chinese, where a link is asked for: "Kubernetesの発表で動画があるもの", "有视频的演讲".
    markers: /動画|録画|スライ[ドト]|视频|幻灯片/u,
    words: [
      [
        /動画(?:[がか]|の)?(?:ある|付き|つき)(?:もの|の)?|録画(?:[がか]|の)?(?:ある|付き)(?:もの|の)?|有视频的?/gu,
        ' with video ',
      ],
      [/スライ[ドト](?:[がか]|の)?(?:ある|付き|つき)(?:もの|の)?|有幻灯片的?/gu, ' with slides '],
      [/の?(?:発表|講演|セッション)[でて]?|演讲|讲座/gu, ' talks '],
    ],
  },
];

/** "l'accessibilité", "dell'API", "qu'il": the article and the word, apart. */
const ELISION = /(^|[\s(¿¡"“])(?:l|d|j|n|s|c|m|t|qu|dell|nell|sull|all|dall|un)['’](?=\p{L})/giu;

/**
 * The same articles typed without their apostrophe, as chat often is ("quanti talk c erano",
 * "c etait quand", "l evento", "qu est-ce que"): read so only in a question already marked as
 * French or Italian, before a word of three letters or more that begins with a vowel or an h.
 * Not "s", "t", "n", "m": "y a t il", "n est pas" are read as they are, and a lone "c" before
 * another word ("c e rust") stays the language's name.
 */
const BARE_ELISION = /(^|[\s(¿¡"“])(?:l|d|j|c|qu|dell|nell|sull|all|dall)\s+(?=[aeiouh][a-z]{2})/g;
const ELIDING = new Set(['fr', 'it']);

/**
 * The language most of the question's words mark, the first listed of those marked as often:
 * "welche Firmen waren da" is German, though "waren" is Dutch too.
 */
const GLOBAL = new WeakMap<Language, RegExp>();
function globalMarkers(language: Language): RegExp {
  let found = GLOBAL.get(language);
  if (!found) {
    found = new RegExp(language.markers.source, `${language.markers.flags}g`);
    GLOBAL.set(language, found);
  }
  return found;
}

function mostMarked(text: string): Language | undefined {
  let best: Language | undefined;
  let most = 0;
  for (const one of LANGUAGES) {
    const count = text.match(globalMarkers(one))?.length ?? 0;
    if (count > most) [best, most] = [one, count];
  }
  return best;
}

/** The question in English words, where it was asked in one of the languages above. */
export function inEnglish(text: string): string {
  // "über Kubernetes": German for "about", which folded would be the company Uber.
  let out = text.replace(ELISION, '$1').replace(/(^|\s)über(?=\s+\p{L})/giu, '$1about');
  const plain = withoutAccents(out);
  const bare = plain.replace(/[?!.,;:]+/g, ' ');
  const language =
    mostMarked(bare) ?? LANGUAGES.find((one) => one.days && dayMarker(one.days).test(bare));
  // "Talks in oktober" asked in English: the month, not a word.
  if (!language) return monthsInEnglish(out === text ? text : out);
  out = ELIDING.has(language.days ?? '') ? plain.replace(BARE_ELISION, '$1') : plain;
  const rules = language.days ? [...dayWords(language.days), ...language.words] : language.words;
  for (const [pattern, english] of rules) out = out.replace(pattern, english);
  return out.replace(/\s+/g, ' ').trim();
}
