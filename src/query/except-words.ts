/**
 * "Tout sauf CSS", "todo menos kubernetes", "tutto tranne la sicurezza", "tudo exceto IA",
 * "alles behalve AI", "des talks sans slides": the English negations `negation.ts` reads
 * ("everything except css", "without slides"), read on folded text by `languages.ts` before the
 * rest of the language's words. These words mark the question as the language's own.
 */
type ExceptLanguage = 'fr' | 'es' | 'it' | 'pt' | 'nl';

export const EXCEPT_MARKERS: Record<ExceptLanguage, RegExp> = {
  fr: /(?:^|\s)(?:sauf|excepte|hormis)(?=\s|$)/,
  es: /(?:^|\s)(?:excepto|salvo|todo\s+menos)(?=\s|$)/,
  it: /(?:^|\s)(?:tranne|eccetto|salvo)(?=\s|$)/,
  pt: /(?:^|\s)(?:exceto|tirando|tudo\s+menos)(?=\s|$)/,
  nl: /(?:^|\s)(?:behalve|uitgezonderd)(?=\s|$)/,
};

/** "Everything" before the negation: "tout sauf …" is "everything except …". */
const EVERYTHING = (word: string): [RegExp, string] => [
  new RegExp(`\\b${word}\\s+(?=except\\b)`, 'g'),
  'everything ',
];

export const EXCEPT_WORDS: Record<ExceptLanguage, [RegExp, string][]> = {
  fr: [[/\b(?:sauf|excepte|hormis)\b/g, 'except'], EVERYTHING('tout'), [/\bsans\b/g, 'without']],
  es: [
    [/\b(?:excepto|salvo)\b|(?<=\btodo\s+)menos\b/g, 'except'],
    EVERYTHING('todo'),
    [/\bsin\b/g, 'without'],
  ],
  it: [[/\b(?:tranne|eccetto|salvo)\b/g, 'except'], EVERYTHING('tutto'), [/\bsenza\b/g, 'without']],
  pt: [
    [/\b(?:exceto|tirando)\b|(?<=\btudo\s+)menos\b/g, 'except'],
    EVERYTHING('tudo'),
    [/\bsem\b/g, 'without'],
  ],
  nl: [
    [/\b(?:behalve|uitgezonderd)\b/g, 'except'],
    EVERYTHING('alles'),
    [/\bzonder\b/g, 'without'],
  ],
};
