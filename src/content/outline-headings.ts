/**
 * Headings of a post's own outline, not of its talks: the report's "2. DETAILED CONTENT" over the
 * talks, a marketing line "Everyone will find something for themselves…", a part of the day
 * ("Afternoon session"), and its afterword ("Until next year", "P.S.", "Dziękuję"). Each test is
 * anchored and linear; the name comes without its section number (see `headingName`).
 */

/** "Detailed content", "Nội dung chi tiết", "Contenido detallado", "Szczegóły": the post's body. */
const OUTLINE_WORDS = new RegExp(
  `^(?:${[
    // English
    '(?:the )?(?:main|detailed|full) (?:content|contents|body|details|part)|(?:content|session|talk|program(?:me)?) (?:details|overview|summary|breakdown)|(?:details|summary|overview) of (?:the )?(?:talks|sessions|content|program(?:me)?|event|day)|what was (?:said|presented|covered)',
    // Vietnamese, Indonesian, Malay
    'nội dung(?: chi tiết| chính)?|chi tiết nội dung|tổng quan|tóm tắt|giới thiệu|kết luận|isi lengkap|konten lengkap|rincian (?:acara|sesi)|ringkasan|ikhtisar|kesimpulan',
    // Spanish, Portuguese, French, Italian
    'contenido(?: detallado| principal)|conte[úu]do(?: detalhado| principal)|contenu d[ée]taill[ée]|contenuto dettagliato',
    // German, Dutch, Polish, Czech, Turkish, Russian, Ukrainian
    'detaillierter inhalt|inhoud in detail|tre[śs][ćc] szczeg[óo]łowa|szczeg[óo]łowa tre[śs][ćc]|podrobn[ýy] obsah|ayr[ıi]nt[ıi]l[ıi] i[çc]erik|подробное содержание|основное содержание|детальний зміст',
    // Japanese, Chinese, Korean
    '詳細内容|详细内容|具体内容|主要内容|상세 ?내용|세부 ?내용|주요 ?내용',
  ].join('|')})[\\s:：.!]*$`,
  'iu',
);

/**
 * "Everyone will find something for themselves…", "You will love this one", "Każdy znajdzie coś
 * dla siebie": a sentence that says who the post is for, with its subject and verb; a talk's
 * title is rarely a whole sentence about its audience (three words or fewer, or a colon, is a title).
 */
const AUDIENCE_SENTENCE =
  /^(?:everyone|everybody|anyone|anybody|you|we|there|każdy|każda|wszyscy|jeder|jede|chacun|tout le monde|cada uno|cada quien|todos|ognuno|iedereen|каждый|все)\s+(?:will|['’]ll|can|could|would|should|may|might|must|is|are|was|were|has|have|had|finds?|found|gets?|got|znajdzie|znajdą|findet|finden|trouvera|trouve|encontrar[áa]|encontra|troverà|vindt|найд[её]т)\s+(?:\S+\s+){1,}\S+$/iu;
const CHEAP_SENTENCE =
  /^(?:everyone|everybody|anyone|anybody|you|we|there|każd|wszyscy|jede|chacun|tout|cada|todos|ognuno|iedereen|кажд|все)/iu;

/** "Afternoon session", "Morning block", "🕝 AFTERNOON", "Sesja popołudniowa": the part of the day. */
const DAY_PART =
  /^(?:(?:the |late |early )?(?:morning|afternoon|evening|forenoon)(?: (?:session|sessions|block|part|talks|track|program(?:me)?|slot))?|(?:session|block|part) (?:du |de l['’a] ?|del |da |des )?(?:matin|après-midi|soir|mañana|tarde|pomeriggio|mattina|manhã)|(?:vormittag|nachmittag|abend)s?(?:session|programm|block)|(?:sesja|blok|część) (?:poranna|popołudniowa|wieczorna)|(?:sesión|bloque) (?:de la )?(?:mañana|tarde)|(?:sessão|bloco) (?:da )?(?:manhã|tarde)|(?:ochtend|middag)(?:sessie|programma|blok)|утренняя сессия|дневная сессия|phiên sáng|phiên chiều)$/iu;
/**
 * "Ochtend", "Popołudnie", "Buổi chiều": a part of the day in one word of another language. A
 * heading so stays its talks' group name (as "Ochtend" over Dutch talks always was); a line of
 * its own ends the talk above it.
 */
const DAY_WORD =
  /^(?:vormittag|nachmittag|abend|matin|après-midi|soir|mañana|tarde|mattina|pomeriggio|manhã|ochtend|middag|rano|przedpołudnie|popołudnie|wieczór|утро|вечер|buổi sáng|buổi chiều|buổi tối)$/iu;

/**
 * The afterword, in the languages notes are written in: "Until next year", "See you in 2027",
 * "Dziękuję", "P.S.", "Sayonara", "Bis nächstes Jahr", "Nachwort".
 */
const AFTERWORD =
  /^(?:until (?:next (?:year|time|edition)|then|\d{4})|see you(?: all)?(?: (?:next (?:year|time)|soon|there|again|in \d{4}|at .{1,40}))?|(?:so )?long(?:,)? and thanks.{0,30}|goodbye|good ?bye|bye(?: bye)?|farewell|sayonara|ciao|adi[óo]s|tsch[üu]ss|au revoir|do zobaczenia(?: za rok| w \d{4})?|dzi[eę]kuj[eę](?: bardzo)?|dzi[eę]ki|podzi[eę]kowania|до (?:встречи|свидания)(?: в \d{4})?|hasta (?:el año que viene|la pr[óo]xima|pronto)|bis (?:nächstes jahr|zum nächsten (?:mal|jahr))|[àa] l['’]ann[ée]e prochaine|[àa] bient[ôo]t|tot volgend jaar|tot (?:de )?volgende keer|alla prossima|arrivederci|at[ée] (?:o pr[óo]ximo ano|a pr[óo]xima|breve)|p\.?\s?p\.?\s?s\.?|p\.\s?s\.?|ps|post ?scriptum|postscript|afterword|nachwort|posłowie|epílogo|epilogo|posfácio|послесловие|あとがき|后记|cảm ơn|lời kết|lời cảm ơn|hẹn gặp lại.{0,30}|terima kasih|teşekkürler|last but not least|one more thing|closing thoughts|final thoughts)[\s.!…:]*$/iu;

/** A heading of the post's outline: it groups talks without naming their topic, and is no talk. */
export function isOutlineHeading(name: string): boolean {
  if (name.length > 80) return false;
  return (
    OUTLINE_WORDS.test(name) ||
    DAY_PART.test(name) ||
    (CHEAP_SENTENCE.test(name) &&
      !name.includes(':') &&
      AUDIENCE_SENTENCE.test(name) &&
      !titleCased(name))
  );
}

/**
 * "You Can Be Cloud Native, Too": every longer word capitalised, as a talk's title is written; a
 * sentence about the post's readers is written as a sentence ("You will love this one").
 */
function titleCased(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** "🕝 AFTERNOON", "Afternoon session", "Sesja popołudniowa": a part of the day, said alone. */
export const isDayPart = (name: string): boolean =>
  name.length <= 40 && (DAY_PART.test(name) || DAY_WORD.test(name));

/** A heading of the post's afterword: it is no talk, nor are the lines under it. */
export const isAfterword = (name: string): boolean => name.length <= 60 && AFTERWORD.test(name);
