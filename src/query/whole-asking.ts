/**
 * Questions about the conference as a whole, in other languages: its overview and its talks for
 * beginners. "Zusammenfassung der Konferenz", "un résumé svp", "¿qué me perdí?", "riassunto", "wat heb ik
 * gemist?", "destaques da conferência": the overview questions `overview.ts` reads in English
 * ("summary of the conference", "what did I miss", "highlights"); and "talks pour débutants",
 * "Vorträge für Anfänger": talks for beginners, which the notes never say. Read on folded text by
 * `languages.ts` before the rest of the language's words. These words mark the question as the
 * language's own; a word English shares ("resume") only with the language's words around it.
 */
type WholeLanguage = 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';

export const WHOLE_MARKERS: Record<WholeLanguage, RegExp> = {
  de: /(?:^|\s)(?:zusammenfassung|verpasst|hohepunkte|uberblick|bitte|anfanger(?:innen)?)(?=\s|$)/,
  fr: /(?:^|\s)(?:(?:un|le|ton|mon|en)\s+resume|resume\s+(?:de|du|des)|que\s+ai\s+(?:rate|manque)|ai\s*-?\s*je\s+(?:rate|manque)|(?:points?|temps)\s+forts|svp|s['’]?il\s+(?:vous|te)\s+plait|debutants?|debutantes?)(?=\s|$)/,
  es: /(?:^|\s)(?:resumen|destacados?|me\s+perdi|principiantes?)(?=\s|$)/,
  it: /(?:^|\s)(?:riassunto|salienti|mi\s+sono\s+pers[oa]|conferenza|per\s+favore|principianti)(?=\s|$)/,
  pt: /(?:^|\s)(?:resumo|destaques|que\s+(?:eu\s+)?perdi|iniciantes?)(?=\s|$)/,
  nl: /(?:^|\s)(?:samenvatting|hoogtepunten|gemist|conferentie|alsjeblieft)(?=\s|$)/,
};

/** "Résumé de la …", "riassunto della …": "summary of the …", as the English overview says it. */
const OF_THE = (summary: string, of: string): [RegExp, string] => [
  new RegExp(`\\b${summary}\\s+(?:${of})\\b`, 'g'),
  'summary of the',
];

export const WHOLE_WORDS: Record<WholeLanguage, [RegExp, string][]> = {
  de: [
    [/\bwas\s+(?:habe|hab)\s+ich\s+verpasst\b/g, 'what did i miss'],
    OF_THE('zusammenfassung', 'der|des|vom'),
    [/\bzusammenfassung\b/g, 'summary'],
    [/\b(?:hohepunkte|highlights)\s+(?:der|des|vom)\b/g, 'highlights of the'],
    [/\bhohepunkte\b/g, 'highlights'],
    [/\buberblick\b/g, 'overview'],
    [/\bbitte\b/g, 'please'],
    [/\banfanger(?:innen)?\b/g, 'beginners'],
  ],
  fr: [
    [
      /\b(?:qu\s*)?(?:est\s*-?\s*ce\s+)?que\s+ai\s+(?:rate|manque)\b|\bai\s*-?\s*je\s+(?:rate|manque)\b/g,
      'what did i miss',
    ],
    OF_THE('resume', 'de\\s+la|du|des|de'),
    [/\b(?:un|le|ton|mon)\s+resume\b/g, 'a summary'],
    [/\bresume\b/g, 'summary'],
    [/\b(?:les\s+)?(?:points?|temps)\s+forts\b/g, 'highlights'],
    [/\bsvp\b|\bs['’]?il\s+(?:vous|te)\s+plait\b/g, 'please'],
    [/\bdebutante?s?\b/g, 'beginners'],
  ],
  es: [
    [/\b(?:que\s+)?me\s+perdi\b/g, 'what did i miss'],
    OF_THE('resumen', 'de\\s+la|del|de'),
    [/\bresumen\b/g, 'summary'],
    [/\b(?:lo\s+mas\s+)?destacados?\b/g, 'highlights'],
    [/\bconferencia\b/g, 'conference'],
    [/\bpor\s+favor\b/g, 'please'],
    [/\bprincipiantes?\b/g, 'beginners'],
  ],
  it: [
    // "we": the Italian words after these read a lone "i" as the article.
    [/\b(?:cosa|che\s+cosa)?\s*mi\s+sono\s+pers[oa]\b/g, 'what did we miss'],
    OF_THE('riassunto', 'della|del|dell|di'),
    [/\briassunto\b/g, 'summary'],
    [/\b(?:i\s+)?(?:punti|momenti)\s+salienti\b/g, 'highlights'],
    [/\bconferenza\b/g, 'conference'],
    [/\bper\s+favore\b/g, 'please'],
    [/\bprincipianti\b/g, 'beginners'],
  ],
  pt: [
    [/\b(?:o\s+)?que\s+(?:eu\s+)?perdi\b/g, 'what did i miss'],
    OF_THE('resumo', 'da|do|de'),
    [/\bresumo\b/g, 'summary'],
    [/\bdestaques\s+(?:da|do)\b/g, 'highlights of the'],
    [/\bdestaques\b/g, 'highlights'],
    [/\bconferencia\b/g, 'conference'],
    [/\bpor\s+favor\b/g, 'please'],
    [/\biniciantes?\b/g, 'beginners'],
  ],
  nl: [
    // "Wat" may have been read as chat's "what" already.
    [/\b(?:wat|what)\s+(?:heb|hebben)\s+(?:ik|we|wij)\s+gemist\b/g, 'what did i miss'],
    OF_THE('samenvatting', 'van\\s+de|van\\s+het'),
    [/\bsamenvatting\b/g, 'summary'],
    [/\bhoogtepunten\s+van\s+(?:de|het)\b/g, 'highlights of the'],
    [/\bhoogtepunten\b/g, 'highlights'],
    [/\bconferentie\b/g, 'conference'],
    [/\balsjeblieft\b/g, 'please'],
  ],
};
