import { isEventName } from './company-words.ts';

/**
 * The words a post's title uses for itself, around the conference it names (`event-name.ts`):
 * before it ("Notes from", "My top 3 talks from"), after it ("recap", "notes & takeaways"), or
 * alone ("My notes", "Day 1").
 */

export const POST_WORD =
  /^(?:my|our|the|a|an|and|&|\+|what|i|we|saw|learned|learnt|heard|liked|favou?rites?|best|top|picks|memorable|notes?|recap|review|summary|highlights|takeaways|thoughts|reflections?|observations|musings|lessons|learnings|retrospective|retro|overview|wrap-?up|round-?up|impressions|feedback|talks?|sessions?|presentations?|accepted|recommended|selected|watched|day|days|part|quick|links|live|blog|team|trip|report|conference|event|diary|journal|log|liveblog|chat|thread|export|slack|teams|discord|pad|wiki|page|shared|team|group|internal|\d{1,2}|[(),.!:-]+|मेरे|नोट्स|ملاحظاتي|notlarım|meine|mein|notizen|eindrücke|mes|mis|minhas|meus|mijn|notities|aantekeningen|notas|anotações|appunti|miei|le|mie)$/i;

export const GENERIC =
  /^(?:my|our|the|some|raw|quick|live|short|full|final|more|misc|random|talks?|sessions?|conference|conf|meetup|event|workshop|day\s*\d*|team|sprint|weekly|monthly|daily|yearly|annual|project|book|reading|club|course|class|lecture|study|year|month|week|quarter|trip|travel|work|personal|release|product)$/i;

/** What the post is, before the conference: "Notes from", "My top 3 talks from", "Notizen vom". */
export const LEAD = new RegExp(
  String.raw`^(?:(?:my|our|some|quick|live|short|more|a few|the|minhas|meus|mis|mes|meine|mijn|le mie)\s+)*(?:` +
    [
      String.raw`(?:top\s+)?\d{1,2}\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|lessons|things|takeaways|learnings|highlights|ideas|quotes)`,
      // "Five talks from Craft Conference …": a count in words, of talks from a conference.
      String.raw`(?:three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[\p{L}-]+\s+){0,2}?talks(?=\s+(?:from|at)\s)`,
      String.raw`first(?: time)?(?= at|\s+(?<first>\S))`,
      'attending',
      String.raw`live(?:[- ]?blog(?:ging)?)?(?=\s*:)`,
      String.raw`day\s*(?:\d{1,2}|one|two|three|four|five)(?= at| of)`,
      'experiences?',
      'notes?',
      'takeaways?',
      'top (?:takeaways|highlights|lessons|learnings)',
      'konferenznotizen(?: vo[mn]| zu[mr]?)?',
      'highlights?',
      'impressions?',
      'thoughts',
      'learnings?',
      'lessons(?: learned| learnt)?',
      'summary',
      'recap',
      '(?:trip )?report',
      String.raw`announcing(?:\s*:)?(?:\s+the)?`,
      'review',
      'write-?up',
      'round-?up',
      'reflections?',
      'panels and roundtables',
      'talks',
      String.raw`(?:(?:my|our)\s+)?(?:favou?rite|best|selected|standout)\s+(?:talks|sessions)`,
      String.raw`(?:ratings?|scores?|reviews?)\s+(?:for|of)\s+(?:every|each|all(?:\s+the)?)\s+(?:talks?|sessions?)`,
      'what i (?:learned|learnt|saw|heard)',
      'things i (?:learned|learnt)',
      '(?:(?:a|one|two|three|\\d)\\s+)?(?:days?|weeks?|weekend) at',
      'back from',
      // "Speaking at HugoConf 2023", "Presenting at …": the author's own part in it.
      '(?:speaking|presenting|volunteering)(?= at )',
      // "Como foi participar do PHP Experience 2018", "Cómo fue mi paso por la …", "Ma
      // participation au …", "Mein Besuch auf der …": how the author's time there went.
      'como foi (?:participar|ir|estar)',
      'c[óo]mo fue (?:participar en|ir a|mi paso por)(?: la| el)?',
      'mi paso por(?: la| el)?',
      'ma participation (?:à la|au|à)',
      'meine? (?:besuch|teilnahme) (?:auf|an|bei|beim|in)(?: der| dem| den)?',
      '(?:a )?look(?:ing)? back',
      'reflecting',
      '(?:my )?(?:time|trip)(?= at| to)(?: to)?',
      'notas de (?:la|el|los|las)',
      'notas d[aeo]s?',
      'anotações d[aeo]s?',
      'apontamentos d[aeo]s?',
      'terugblik(?: op)?',
      'verslag(?: van)?',
      'ملاحظاتي (?:من|عن|حول)(?: مؤتمر)?',
      'मेरे नोट्स',
      'notities (?:van|bij)',
      // "Notizen von der Java Forum …": the article after "von" is no part of the name.
      'notizen(?: von(?: der| dem| den)| vo[mn]| zu[mr]?)?',
      'compte[- ]rendu d[ue]s?',
      'mon compte[- ]rendu d[ue]s?',
      'crónica de(?: la| el)?',
      'resumen de(?: la| el)?',
      'resumo d[aeo]s?',
      '(?:mein |meine )?rückblick(?: auf(?: die| den| das)?)?',
      'bericht (?:von|vom|über)(?: der| die| den| das)?',
      '(?:mon )?retour sur(?: la| le| les)?',
      '(?:mi )?experiencia en(?: la| el)?',
      'relacja z(?:e)?(?: konferencji)?',
      'appunti (?:dal|dalla|dallo|dai|dagli|del|della|di|da)',
      'note (?:dal|dalla|dallo|dai|dagli)',
      // "Notatki z konferencji 4Developers": "from the conference", in Polish.
      'notatki z(?:e)?(?: konferencji)?',
      'заметки (?:с|со|о)',
      'отч[её]т (?:с|со|о)',
    ].join('|') +
    String.raw`)(?:\s+(?:from|of|on|at|about|for|after|du|de la|des|de l['’]|vom|van de|van het|van|de|do|da|dos|das|del)(?:\s+the)?\s+|\s*:\s+|\s+[–—]\s+|(?<bare>\s+)(?=\S))`,
  'iu',
);

/**
 * LEAD's match, case-exact where a name follows: "First KubeCon" and "Notes KubeCon 2019" go on
 * with a capital or a digit ("first talks" and "notes about" name no conference), or with a
 * conference's own word in lower case ("notes kubecon 2019"). LEAD's words match in any case;
 * under its `i` flag a capital cannot be told from a small letter.
 */
export function postLead(title: string): RegExpExecArray | undefined {
  const found = LEAD.exec(title);
  if (!found) return undefined;
  const { first, bare } = found.groups ?? {};
  if (first !== undefined && !/^\p{Lu}/u.test(first)) return undefined;
  const rest = title.slice(found[0].length);
  return bare === undefined || /^[\p{Lu}\d]/u.test(rest) || isEventName(rest) ? found : undefined;
}

/**
 * "What I took home from InfraDays 2025", "Five things we brought back from KubeCon EU", "Everything
 * I learned at DevConf 2024": the author says what they did, then where (a conference's name).
 */
export const FIRST_PERSON_LEAD =
  /^(?:[\p{L}\d'’]+\s+){0,4}?(?:[Ii]|[Ww]e|[Ii]['’]ve|[Ww]e['’]ve|WE|(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}\d&'’-]+\s+){0,3}?(?:[Tt]eam|[Cc]rew|[Ff]olks|[Ee]ngineers)(?:\s+(?:[Aa]t|[Ff]rom)\s+\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,2})?)\s+(?:[\p{L}'’]+\s+){1,3}?(?:[Ff]rom|[Aa]t|[Tt]o|FROM|AT|TO)\s+(?:[Tt]he\s+)?(?=\S)/u;

export const SESSIONS_AT =
  /^(?:the\s+)?(?:sessions|talks|presentations)\s+(?:at|from|of|during)\s+(?:the\s+)?(?=\S)/i;

/**
 * What the post is, after the conference: "notes", "recap", "interesting tidbits", "lessons
 * learned", "参加レポート", "in ten talks", "talk links and notes".
 */
export const TRAIL =
  /(?:[,:–—-]?\s+day\s*\d{1,2})?(?:\s+(?:(?:my|quick|live|some|a few|random|personal|interesting|key|main|final)\s+){0,2}(?:(?:notes|thoughts|reflections|highlights|takeaways|learnings|lessons|impressions|recap|review)\s*(?:and|&|\+)\s+)?(?:(?:(?:talks?|sessions?)\s+)?(?:links|slides|videos|resources)(?:,?\s+(?:and|&)\s+(?:notes|slides|links|videos))?|notes\s+(?:and|&)\s+(?:slides|links|videos)|notes|recap|(?:live[- ]?)?thread|live[- ]?blog|highlights|takeaways|learnings|lessons(?: learn[et]d?)?|tidbits|thoughts|reflections|observations|musings|favou?rites|summary|in review|in retrospect|review|retro(?:spective)?|(?:trip |conference |event )?report|write-?up|round-?up|wrap[- ]?up|impressions|in (?:\w+ )?(?:talks|slides|photos|pictures|tweets|posts|toots)|notlarım|notları|notlar|izlenimlerim|मेरे नोट्स|नोट्स|ملاحظاتي)|\s*(?:[にへ]?(?:参加|行って)(?:して)?(?:きました|してきた|した)?(?:の)?(?:レポート|報告|ブログ|記|感想)?|レポート|参戦記|(?:の)?(?:感想|まとめ|振り返り)|(?:참관|참가|참석)\s*(?:후기|기|기록)?|후기|정리|参会笔记|参会总结|参会记录|参会心得|总结|笔记))(?:\s+#[\p{L}_][\p{L}\d_-]*)*$/iu;

/**
 * One to five words, each capitalised or a number: "PyCon UK", "Google I/O 2018", "CppNorth",
 * "JS Day Verona", "4Developers". Case-exact: a conference's own name, not the post's words.
 */
export const PROPER_NAME =
  /^[\p{Lu}\d][\p{L}\d'’.&+/-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\d'’.&+/-]*){0,4}$/u;
