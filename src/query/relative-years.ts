/**
 * Years said relative to today ("last year", "this year", "two years ago", "the year before
 * last"), written as the year they are, so a question about them is one about that year: "LLM
 * talks from last year" in 2026 asks "LLM talks from 2025". The clock is the caller's, so tests
 * can set the day.
 */

/** Numbers written as words, up to ten ("a" is one): `wanted-count.ts` reads them too. */
export const COUNTS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const RELATIVE =
  /\b(?:(?:the\s+)?year\s+before\s+last|(?:last|previous)\s+year|this\s+year|current\s+year|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago)(['’]s)?\b/gi;

/** The question with each relative year as the year it is, counted from `now`'s year (UTC). */
export function absoluteYears(text: string, now: Date): string {
  const year = now.getUTCFullYear();
  return text.replace(RELATIVE, (phrase: string, count?: string) => {
    const said = phrase.toLowerCase();
    const back = count
      ? (COUNTS[count.toLowerCase()] ?? Number(count))
      : /before\s+last/.test(said)
        ? 2
        : /^(?:last|previous)/.test(said)
          ? 1
          : 0;
    return String(year - back);
  });
}
