import { DAY_NAMES } from '../day-names.ts';
import { withoutAccents } from '../text.ts';
import { MONTHS } from './dates.ts';

/**
 * "Talks in oktober", "anything from octubre 2022?", "12 octobre": a month named in a language
 * the bot knows (`day-names.ts`) inside a question otherwise English (or in no language the bot
 * tells) is that month, where it reads as a date: after "in", "from", "during", "since", "of", a
 * day's number, or before a year. A month's name alone is left a word ("marco" is a name too), and
 * so is one that is a first name too after "from" or "of" ("talks from Marco").
 */
/** Months' names that are people's first names too: after "from" or "of", a person's. */
const GIVEN_NAMES = new Set(['marco', 'julio', 'junio', 'mai']);

const RULES: [RegExp, string][] = MONTHS.flatMap((english, i) => {
  const names = Object.values(DAY_NAMES)
    .map((language) => language.months[i] as string)
    .flatMap((name) => name.split('|'))
    .filter((name) => name !== english);
  if (names.length === 0) return [];
  const name = `(?:${[...new Set(names)].join('|')})`;
  const months = names.filter((one) => !GIVEN_NAMES.has(one));
  // "Talks from Marco", "anything of Julio's": a person; "talks in marco" is still the month.
  const month = months.length > 0 ? `(?:${[...new Set(months)].join('|')})` : undefined;
  return [
    [new RegExp(`\\b(in|during|since|until|before|after)\\s+${name}\\b`, 'g'), `$1 ${english}`],
    ...(month
      ? [[new RegExp(`\\b(from|of)\\s+${month}\\b`, 'g'), `$1 ${english}`] as [RegExp, string]]
      : []),
    [new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?${name}\\b`, 'g'), `${english} $1`],
    [new RegExp(`\\b${name}\\s+((?:19|20)\\d{2})\\b`, 'g'), `${english} $1`],
  ] as [RegExp, string][];
});

const ANY = new RegExp(
  `\\b(?:${Object.values(DAY_NAMES)
    .flatMap((language) => language.months)
    .join('|')})\\b`,
);

/** The question with such months in English; as it was where it names none. */
export function monthsInEnglish(text: string): string {
  const plain = withoutAccents(text);
  if (!ANY.test(plain)) return text;
  let out = plain;
  for (const [pattern, english] of RULES) out = out.replace(pattern, english);
  return out === plain ? text : out;
}
