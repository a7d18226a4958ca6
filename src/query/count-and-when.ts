/**
 * How many talks there were, and when or where the conference was, asked in another language:
 * "wie viele Vorträge gab es insgesamt?", "combien de talks en tout ?", "quand a eu lieu la
 * conférence ?", "quanti talk c'erano in tutto?", "¿cuándo fue la conferencia?", "quantas
 * palestras houve no total?", "сколько было докладов?", "何件の発表がありましたか",
 * "发表了多少场演讲？", "컨퍼런스는 언제였나요?". `languages.ts` reads them (on folded text) as the
 * English question they are, and the chat sayings read that English as English is read: one
 * reading of the counts and the events, whatever the language.
 */

/**
 * A pattern written as it reads, matched on text folded as `languages.ts` folds it: Japanese
 * kana without their voicing marks ("でした" is "てした"), Korean syllables in their letters.
 */
const folded = (source: string, flags = 'gu') =>
  new RegExp(source.normalize('NFKD').replace(/\p{M}+/gu, ''), flags);

/** "…in total", "…altogether", wherever the language says it ("overall": the best overall too). */
const IN_TOTAL = 'overall';

export const COUNT_AND_WHEN = {
  de: [
    [/\b(?:an\s+)?welche[mnrs]?\s+(?:tag|datum)\b/g, 'when'],
    [/\b(?:insgesamt|alles\s+in\s+allem|zusammen|gesamt)\b/g, IN_TOTAL],
    [/\bveranstaltungen\b/g, 'events'],
    [/\bveranstaltung\b/g, 'event'],
    [/\btagung\b/g, 'conference'],
  ],
  fr: [
    // "Quel jour était le talk …": when, the day asked, never a word to search (so in each language).
    [/\b(?:(?:a|en|le)\s+)?quel(?:le)?s?\s+(?:jour|date)\b/g, 'when'],
    [/\b(?:en\s+tout|au\s+total|en\s+somme)\b/g, IN_TOTAL],
    // "combien de talks y a-t-il eu ?", "… il y avait", "… y avait-il": how many there were.
    [
      /\b(how\s+many\s+\S+)\s+(?:y\s+a\s*-?\s*t\s*-?\s*il(?:\s+eu)?|il\s+y\s+a(?:vait|\s+eu)?|y\s+(?:en\s+)?avait\s*-?\s*il|y\s+en\s+a\s*-?\s*t\s*-?\s*il(?:\s+eu)?)\b/g,
      '$1 were there',
    ],
    // "c'était quand, la conférence ?", "quand a eu lieu Devoxx ?", "où s'est tenue la conf ?".
    [/^etait\s+(quand|ou)\b\s*,?/g, '$1 etait '],
    [
      /\bquand\s+(?:etait|est|a\s+eu\s+lieu|avait\s+lieu|s?\s*est\s+(?:tenue?|deroulee?|passee?))\b/g,
      'when was',
    ],
    [
      /\bou\s+(?:etait|a\s+eu\s+lieu|avait\s+lieu|s?\s*est\s+(?:tenue?|deroulee?|passee?))\b/g,
      'where was',
    ],
    [/\b(?:la|cette)\s+(?:conference|conf)\b/g, 'the conference'],
    [/\b(?:cet\s+)?evenement\b/g, 'the event'],
  ],
  es: [
    [/\b(?:en\s+|el\s+)?(?:que|cual)\s+(?:dia|fecha)\b/g, 'when'],
    [/\ben\s+total\b|\ben\s+todo\b/g, IN_TOTAL],
    [/\bcuando\s+(?:fue|era|es|se\s+celebro|tuvo\s+lugar|paso)\b/g, 'when was'],
    [/\bdonde\s+(?:fue|era|es|se\s+celebro|tuvo\s+lugar|paso)\b/g, 'where was'],
    [/\b(?:la|esta)\s+conferencia\b|\b(?:el|este)\s+congreso\b/g, 'the conference'],
    [/\b(?:el|este)\s+evento\b/g, 'the event'],
  ],
  it: [
    [/\b(?:in\s+)?(?:che|quale?)\s+(?:giorno|data)\b/g, 'when'],
    [/\bin\s+tutto\b|\bin\s+totale\b|\bcomplessivamente\b/g, IN_TOTAL],
    [/\bquando\s+(?:e\s+stat[ao]|era|si\s+e\s+(?:tenut[ao]|svolt[ao])|si\s+teneva)\b/g, 'when was'],
    [/\bdove\s+(?:e\s+stat[ao]|era|si\s+e\s+(?:tenut[ao]|svolt[ao])|si\s+teneva)\b/g, 'where was'],
    [/\b(?:la|questa)\s+conferenza\b/g, 'the conference'],
    // "l'evento" is "evento" once its article is taken apart.
    [/\b(?:il\s+|questo\s+)?evento\b/g, 'the event'],
  ],
  pt: [
    [/\b(?:em\s+|no\s+)?(?:que|qual)\s+(?:dia|data)\b/g, 'when'],
    [/\bno\s+total\b|\bao\s+todo\b|\bem\s+tudo\b/g, IN_TOTAL],
    [/\bquando\s+(?:foi|era|aconteceu|ocorreu|e)\b/g, 'when was'],
    [/\bonde\s+(?:foi|era|aconteceu|ocorreu|e)\b/g, 'where was'],
    [/\b(?:a|esta|essa)\s+conferencia\b/g, 'the conference'],
    [/\b(?:o|este|esse)\s+evento\b/g, 'the event'],
  ],
  pl: [
    // "kiedy była konferencja?", "gdzie odbył się meetup?", "ile było prelekcji w sumie?".
    [
      /\bkiedy\s+(?:byla|byl|bylo|odbyla\s+sie|odbyl\s+sie|odbylo\s+sie|odbywala\s+sie|miala\s+miejsce|mial\s+miejsce)\s+(?:ta\s+|ten\s+|to\s+)?(?:konferencja|konfa|konferencji|wydarzenie|meetup|impreza|spotkanie|warsztaty|szkolenie)\b/g,
      'when was the conference',
    ],
    [
      /\bgdzie\s+(?:byla|byl|bylo|odbyla\s+sie|odbyl\s+sie|odbylo\s+sie|odbywala\s+sie|miala\s+miejsce|mial\s+miejsce)\s+(?:ta\s+|ten\s+|to\s+)?(?:konferencja|konfa|wydarzenie|meetup|impreza|spotkanie|warsztaty|szkolenie)\b/g,
      'where was the conference',
    ],
    [
      /\bile\s+(?:bylo\s+)?(?:prelekcji|wystapien|referatow|talkow)(?:\s+bylo)?(?:\s+(?:lacznie|w\s+sumie|ogolem|razem))?\b/g,
      'how many talks were there',
    ],
  ],
  ru: [
    [
      /(?:^|\s)сколько\s+(?:было\s+)?(?:докладов|выступлении|сессии|талков)(?:\s+было)?(?:\s+(?:всего|в\s+целом|в\s+сумме))?(?![\p{L}\p{N}])/gu,
      ' how many talks were there ',
    ],
    [
      /(?:^|\s)когда\s+(?:была|прошла|проходила|состоялась|было|прошло|проходило)\s+(?:эта\s+|это\s+)?(?:конференция|конфа|мероприятие)(?![\p{L}\p{N}])/gu,
      ' when was the conference ',
    ],
    [
      /(?:^|\s)где\s+(?:была|прошла|проходила|состоялась|было|прошло|проходило)\s+(?:эта\s+|это\s+)?(?:конференция|конфа|мероприятие)(?![\p{L}\p{N}])/gu,
      ' where was the conference ',
    ],
  ],
  /** Japanese, Chinese and Korean: whole phrases, their words written without spaces. */
  cjk: [
    [
      folded(
        '(?:発表|講演|セッション|トーク)(?:は|が)?(?:全部で|合計で?|全部)?(?:何件|何本|いくつ|何個)(?:あり(?:ました|ます)|でした|です|だった)?か?' +
          '|(?:全部で|合計で?)?(?:何件|何本|いくつ|何個)の?(?:発表|講演|セッション|トーク)(?:は|が)?(?:あり(?:ました|ます)|でした|です)?か?',
      ),
      ' how many talks were there ',
    ],
    [
      /(?:一共|总共|總共|共)?(?:有|发表了|發表了|办了|辦了)?(?:多少|几|幾)(?:场|場|个|個|次|篇)?(?:演讲|演講|讲座|講座|报告|報告|分享|议题|議題)(?:呢)?|(?:演讲|演講|讲座|講座|报告|報告)(?:一共|总共|總共|共)?(?:有)?(?:多少|几|幾)(?:场|場|个|個|次)?(?:呢)?/gu,
      ' how many talks were there ',
    ],
    [
      folded(
        '(?:会議|カンファレンス|イベント|学会)(?:は|が)?いつ(?:でした|です|だった|開催(?:され)?(?:ました|ます|た)?)?か?',
      ),
      ' when was the conference ',
    ],
    [
      folded(
        '(?:会議|カンファレンス|イベント|学会)(?:は|が)?どこ(?:で(?:開催(?:され)?(?:ました|ます|た)|した|す)?)?(?:でした|です)?か?',
      ),
      ' where was the conference ',
    ],
    [
      /(?:会议|會議|大会|大會|活动|活動)(?:是)?(?:什么时候|什麼時候|何时|何時|哪天)(?:举行|舉行|举办|舉辦|召开|召開)?(?:的)?(?:呢)?/gu,
      ' when was the conference ',
    ],
    [
      /(?:会议|會議|大会|大會|活动|活動)(?:是)?在?(?:哪里|哪裡|哪儿|哪兒)(?:举行|舉行|举办|舉辦|召开|召開)?(?:的)?(?:呢)?/gu,
      ' where was the conference ',
    ],
    [
      folded(
        '(?:발표|세션|강연|토크)(?:는|은|가|이)?\\s*(?:모두|총|전부)?\\s*몇\\s*(?:개|건|편)?\\s*(?:였나요|였어요|이었나요|인가요|있었나요|있었어요|였지|야)?' +
          '|몇\\s*(?:개의|건의)?\\s*(?:발표|세션|강연)(?:가|이)?\\s*(?:있었나요|있었어요|있나요)?',
      ),
      ' how many talks were there ',
    ],
    [
      folded(
        '(?:컨퍼런스|콘퍼런스|학회|행사|이벤트|회의)(?:는|은|가|이)?\\s*언제\\s*(?:였나요|였어요|인가요|열렸나요|열렸어요|였지|야)?',
      ),
      ' when was the conference ',
    ],
    [
      folded(
        '(?:컨퍼런스|콘퍼런스|학회|행사|이벤트|회의)(?:는|은|가|이)?\\s*어디서?\\s*(?:였나요|였어요|인가요|열렸나요|열렸어요|였지|야)?',
      ),
      ' where was the conference ',
    ],
  ],
} satisfies Record<string, [RegExp, string][]>;

/** Words that mark a question as Japanese, Chinese or Korean asking how many, when or where. */
export const CJK_COUNT_MARKERS = folded(
  '何件|何本|いくつ|何個|多少|几|幾|いつ|什么时候|什麼時候|何时|何時|どこ|哪里|哪裡|哪儿|몇|언제|어디',
  'u',
);
