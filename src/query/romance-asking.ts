/**
 * What Spanish, French and Portuguese questions ask of the talks beyond a subject — the best
 * one, how many, who gave the most, what tickets cost, how many came, whether one is worth it —
 * as the English that reads the same way (`languages.ts` reads them first, on folded text), so
 * "¿cuál fue la mejor charla?" is told the notes rank no talk, as "which was the best talk" is,
 * and "¿quién dio más charlas?" counts the speakers' talks. Words only these languages use mark
 * the question as theirs (`MARKERS`).
 */
export const ROMANCE_MARKERS = {
  es: /(?:^|\s)(?:mejor|mejores|cuanta|cuanto|gente|quiero|quisiera|entradas|vale\s+la\s+pena)(?=\s|$)/,
  fr: /(?:^|\s)(?:combien|meilleure?s?|etait|etaient|billets|vaut\s+(?:le\s+coup|la\s+peine)|ou\s+est)(?=\s|$)/,
  pt: /(?:^|\s)(?:melhor|melhores|pessoas|ingressos?|vale\s+a\s+pena|mais\s+palestras)(?=\s|$)/,
} as const;

const SPANISH: [RegExp, string][] = [
  [
    /\b(?:cuanta\s+gente|cuantas\s+personas|cuantos\s+asistentes)(?:\s+(?:fue|fueron|asistio|asistieron|vino|vinieron|hubo|habia)(?:\s+(?:a|en|al))?)?\b/g,
    'how many people attended',
  ],
  [
    /\bcuanto\s+(?:costaban|costaron|cuestan|costo|cuesta|valian|valen|valia)\s+(?:las\s+|la\s+)?entradas?\b|\b(?:el\s+)?precio\s+de\s+(?:las\s+|la\s+)?entradas?\b/g,
    'how much were the tickets',
  ],
  [/\bvale\s+la\s+pena\b/g, 'worth it'],
  // "¿A qué hora es la keynote?", "¿qué conferencias hubo en 2024?", "charlas sobre pruebas".
  [/\b(?:a\s+)?que\s+hora\s+(?:es|era|fue|empieza|empezo)\b/g, 'when is'],
  [/\b(?:conferencias|congresos)\b/g, 'conferences'],
  [/\ben\s+(?=(?:19|20)\d\d\b)/g, 'in '],
  [/\bpruebas\b/g, 'testing'],
  [/\bcual(?:es)?\s+(?:fue|fueron|es|son|era|eran)\b/g, 'which was'],
  [/\b(?:la|el|las|los)\s+mejor(?:es)?\b|\bmejor(?:es)?\b/g, 'the best'],
  [/\bmas\s+(charlas|ponencias|talleres)\b/g, 'the most $1'],
  [
    /\b(?:quiero|quisiera|busco)\s+(?:ver\s+|leer\s+|saber\s+|aprender\s+)?(?:algo|cosas)\s+(?:de|sobre|del)\b|\balgo\s+sobre\b/g,
    'anything about',
  ],
];

const FRENCH: [RegExp, string][] = [
  [
    /\bcombien\s+de\s+(?:personnes|participants|gens|visiteurs)(?:\s+(?:sont|etaient|ont))?(?:\s+(?:venus?|venues?|la|presentes?|assiste|participe))?\b/g,
    'how many people attended',
  ],
  [
    /\b(?:combien\s+(?:coutait|coutaient|coute|coutent|a\s+coute|ont\s+coute)|quel\s+(?:etait\s+|est\s+)?(?:le\s+)?prix\s+(?:de|des|du))\s+(?:les\s+|le\s+|l\s+)?billets?\b|\bprix\s+des\s+billets\b/g,
    'how much were the tickets',
  ],
  [/\b(?:ca\s+)?vaut\s+(?:le\s+coup|la\s+peine)\b/g, 'worth it'],
  // "À quelle heure est la keynote ?": when it is.
  [/\b(?:a\s+)?quelle\s+heure\s+(?:est|etait|commence|a\s+lieu)\b/g, 'when is'],
  // "Combien de temps a duré la keynote ?": how long it ran, not how many of "temps".
  [
    /\bcombien\s+de\s+temps\s+(?:a\s+dure|ont\s+dure|dure|durent|durait|duraient)\b/g,
    'how long was',
  ],
  [/\bcombien\s+de\b|\bcombien\b/g, 'how many'],
  [/\bquel(?:le)?s?\s+(?:etait|etaient|est|sont|fut)\b/g, 'which was'],
  [/\b(?:le|la|les)\s+meilleure?s?\b|\bmeilleure?s?\b/g, 'the best'],
  [/\bou\s+(?:est|sont)\s+(?:la|les|le)\b/g, 'where is the'],
];

const PORTUGUESE: [RegExp, string][] = [
  [
    /\bquantas\s+pessoas(?:\s+(?:foram|compareceram|participaram|vieram|havia|teve)(?:\s+(?:a|ao|na|no|em))?)?\b/g,
    'how many people attended',
  ],
  [
    /\bquanto\s+(?:custou|custaram|custava|custavam|custa|custam)\s+(?:o\s+|os\s+)?ingressos?\b|\b(?:o\s+)?preco\s+(?:do|dos)\s+ingressos?\b/g,
    'how much were the tickets',
  ],
  [/\bvale\s+a\s+pena\b/g, 'worth it'],
  [/\b(?:a\s+)?que\s+horas?\s+(?:e|era|foi|comeca)\b/g, 'when is'],
  [/\b(?:conferencias|eventos)\b/g, 'conferences'],
  [/\bqual\s+(?:foi|e|era)\b|\bquais\s+(?:foram|sao|eram)\b/g, 'which was'],
  [/\b(?:a|o|as|os)\s+melhor(?:es)?\b|\bmelhor(?:es)?\b/g, 'the best'],
  [/\bmais\s+palestras\b/g, 'the most talks'],
];

export const ROMANCE_ASKING = { es: SPANISH, fr: FRENCH, pt: PORTUGUESE } as const;
