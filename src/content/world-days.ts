/**
 * A conference's day counted in Turkish, Hindi and Arabic headings: "1. Gün — 15 Kasım" (the
 * first day: Turkish writes the ordinal before the word), "İkinci gün", "दिन 2 (28 सितंबर)",
 * "اليوم الأول" (the first day), "اليوم 2"; and Korean "1일차 - 2015-09-14", "2일 차", "둘째 날",
 * "첫날". The number of the day, or undefined.
 */
const TURKISH =
  /^(?:(\d{1,2})\.\s*|(birinci|[iİ]kinci|üçüncü|dördüncü|beşinci)\s+)gün(?![\p{L}\p{N}])/iu;
const TURKISH_COUNT = ['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci'];
const HINDI = /^(?:दिन|डे)\s*[-–—:]?\s*([1-7]|[१-७])(?![\p{L}\p{N}])/u;
const HINDI_DIGITS = '१२३४५६७';
const ARABIC =
  /^(?:ال)?يوم\s+(?:(الأول|الثاني|الثالث|الرابع|الخامس)|([1-7]|[١-٧]))(?![\p{L}\p{N}])/u;
const ARABIC_COUNT = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس'];
const ARABIC_DIGITS = '١٢٣٤٥٦٧';
/** "1일차", "2일 차", "3일째": Korean counts the day after its number ("1일" alone is a date's day). */
const KOREAN = /^([1-7])\s*일\s*(?:차|째)(?![\p{L}\p{N}])/u;
/** "첫째 날", "둘째날", "첫날": the day counted in a Korean word before 날 (day). */
const KOREAN_WORD = /^(첫|첫째|둘째|셋째|넷째|다섯째)\s*날(?![\p{L}\p{N}])/u;
const KOREAN_COUNT = ['첫', '둘째', '셋째', '넷째', '다섯째'];

/**
 * "Primer día", "Segundo dia", "Deuxième jour", "Zweiter Tag", "Secondo giorno", "Tweede dag":
 * the day counted in a word of a European language, before the word for day.
 */
const EUROPEAN_DAY = new RegExp(
  `^(?:el |le |der |il |o |de )?(${[
    'primer|primeiro|premier|erster|primo|eerste',
    'segundo|deuxième|deuxieme|second|seconde|zweiter|secondo|tweede',
    'tercer|terceiro|troisième|troisieme|dritter|terzo|derde',
    'cuarto|quarto|quatrième|quatrieme|vierter|vierde',
  ].join('|')})\\s+(?:día|dia|jour|tag|giorno|dag)(?![\\p{L}\\p{N}])`,
  'iu',
);
const EUROPEAN_COUNT = [
  /^(?:primer|primeiro|premier|erster|primo|eerste)$/i,
  /^(?:segundo|deuxi[èe]me|seconde?|zweiter|secondo|tweede)$/i,
  /^(?:tercer|terceiro|troisi[èe]me|dritter|terzo|derde)$/i,
  /^(?:cuarto|quarto|quatri[èe]me|vierter|vierde)$/i,
];

export function worldDay(text: string): number | undefined {
  const european = EUROPEAN_DAY.exec(text);
  if (european?.[1]) {
    const word = european[1];
    return EUROPEAN_COUNT.findIndex((count) => count.test(word)) + 1 || undefined;
  }
  const turkish = TURKISH.exec(text);
  if (turkish)
    return turkish[1]
      ? Number(turkish[1])
      : TURKISH_COUNT.indexOf((turkish[2] ?? '').toLocaleLowerCase('tr')) + 1 || undefined;
  const korean = KOREAN.exec(text);
  if (korean?.[1]) return Number(korean[1]);
  const koreanWord = KOREAN_WORD.exec(text);
  if (koreanWord?.[1])
    return koreanWord[1] === '첫째' ? 1 : KOREAN_COUNT.indexOf(koreanWord[1]) + 1;
  const hindi = HINDI.exec(text);
  if (hindi?.[1]) return digit(hindi[1], HINDI_DIGITS);
  const arabic = ARABIC.exec(text);
  if (arabic)
    return arabic[1] ? ARABIC_COUNT.indexOf(arabic[1]) + 1 : digit(arabic[2] ?? '', ARABIC_DIGITS);
  return undefined;
}

const digit = (written: string, native: string): number =>
  /^\d$/.test(written) ? Number(written) : native.indexOf(written) + 1;
