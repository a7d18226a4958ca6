/**
 * A word ending in "-tion" as Spanish, Portuguese and Italian write it, folded ("migración" →
 * migracion, "migração" → migracao, "migrazione"), and back: notes in those languages name the
 * subject a question asks about in English ("database migration" → "Migración de base de
 * datos"), and the other way round. Only the forms the notes have are searched.
 */
const FORMS: [RegExp, string[]][] = [
  [/tion$/, ['cion', 'cao', 'zione']],
  [/tions$/, ['ciones', 'coes', 'zioni']],
  [/cion$|cao$|zione$/, ['tion']],
  [/ciones$|coes$|zioni$/, ['tions']],
];

/**
 * The same word's ending in German notes and in the other spelling of English, folded:
 * "containerization" is "Containerisierung" and "containerisation", "stability" "Stabilität",
 * "latency" "Latenz", "tolerance" "Toleranz", "minimalism" "Minimalismus", "containerize"
 * "containerisieren", "organisational" "organizational"; and back.
 */
const GERMAN_AND_SPELLING: [RegExp, string[]][] = [
  [/ization$/, ['isierung', 'isation']],
  [/isation$/, ['isierung', 'ization']],
  [/izations$/, ['isierungen', 'isations']],
  [/isations$/, ['isierungen', 'izations']],
  // "Organisational" where the notes say "organizational" (and the notes of one say the other too).
  [/izational$/, ['isational']],
  [/isational$/, ['izational']],
  [/isierung$/, ['ization', 'isation']],
  [/isierungen$/, ['izations', 'isations']],
  [/ize$/, ['isieren', 'ise']],
  [/ise$/, ['isieren', 'ize']],
  [/isieren$/, ['ize', 'ise']],
  [/ity$/, ['itat']],
  [/itat$/, ['ity']],
  [/ities$/, ['itaten']],
  [/itaten$/, ['ities']],
  [/ency$/, ['enz']],
  [/enz$/, ['ency']],
  [/ance$/, ['anz']],
  [/anz$/, ['ance']],
  [/ism$/, ['ismus']],
  [/ismus$/, ['ism']],
];

/**
 * An English noun in "-ification" and its verb, whose stems differ: "gamification" is what notes
 * call "gamified data labeling", "verification" what they call "verify", and back.
 */
const ENGLISH_VERBS: [RegExp, string[]][] = [
  [/ification$/, ['ified', 'ify', 'ifies', 'ifying']],
  [/ified$|ify$|ifies$|ifying$/, ['ification']],
];

/** The forms of a (folded) word by the first of `forms` whose ending it has. */
function endingForms(word: string, forms: [RegExp, string[]][]): string[] {
  for (const [ending, others] of forms)
    if (ending.test(word)) return others.map((other) => word.replace(ending, other));
  return [];
}

/** The other languages' (and spelling's) forms of a (folded) word with such an ending. */
export function romanceForms(word: string): string[] {
  if (word.length < 6) return [];
  return [
    ...endingForms(word, FORMS),
    ...endingForms(word, GERMAN_AND_SPELLING),
    ...endingForms(word, ENGLISH_VERBS),
  ];
}

/**
 * English endings as French writes the same word, folded: "signing" → signer, "migrating" →
 * migrer, "virtual" → virtuel, "strategy" → strategie, "scalability" → scalabilite. Read only
 * for a word the notes never write: in English notes "scheduling" is not "scheduler", nor
 * "modal" "model".
 */
const FRENCH: [RegExp, string[]][] = [
  [/ating$/, ['er']],
  [/ing$/, ['er']],
  [/ity$/, ['ite']],
  [/ities$/, ['ites']],
  [/al$/, ['el']],
  [/als$/, ['els']],
  [/y$/, ['ie']],
  [/ic$/, ['ique']],
];

/**
 * French endings as English writes the same word, folded: a French question over English notes
 * ("expressions régulières" → regular, "serveurs" → servers, "virtuelle" → virtual, "sécurité"
 * → security, "stratégie" → strategy, "automatique" → automatic). Read, like `FRENCH`, only for a
 * word the notes never write, and only the forms they do write are searched.
 */
const FRENCH_TO_ENGLISH: [RegExp, string[]][] = [
  [/ieres?$|iers?$/, ['ar']],
  [/iques$/, ['ics']],
  [/ique$/, ['ic']],
  [/aires?$/, ['ary']],
  [/eurs$/, ['ors', 'ers']],
  [/eur$/, ['or', 'er']],
  [/elles?$|els?$/, ['al']],
  [/ites$/, ['ities']],
  [/ite$/, ['ity']],
  [/ie$/, ['y']],
];

/** The French forms of an English (folded) word with such an ending, and the English of a French one. */
export function frenchForms(word: string): string[] {
  return word.length < 6
    ? []
    : [...endingForms(word, FRENCH), ...endingForms(word, FRENCH_TO_ENGLISH)];
}

/**
 * An English plural as German notes write the same word's plural, folded: "goroutines" →
 * Goroutinen, "banks" → Banken. Read only for a word the notes never write.
 */
export function germanPlurals(word: string): string[] {
  if (word.length < 6 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const stem = word.slice(0, -1);
  return [stem.endsWith('e') ? `${stem}n` : `${stem}en`];
}
