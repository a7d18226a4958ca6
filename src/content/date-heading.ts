import { DAY_NAMES } from '../day-names.ts';
import { withoutAccents } from '../text.ts';

/**
 * "February 2020", "Mars 2021", "Juli 2019", "Spring 2020", "Q3 2022": a month, a season or a
 * quarter and its year, the heading a list of watched talks groups them by. It reads as a name and
 * a year, as "Jfokus 2020" does, but it is when, never which conference.
 */
export function namesDateOnly(heading: string): boolean {
  const folded = withoutAccents(heading.trim().toLowerCase());
  const found = DATED.exec(folded);
  if (!found) return false;
  const word = found[1] as string;
  return (
    MONTHS.has(word) || MONTHS.has(word.slice(0, 3)) || SEASONS.has(word) || QUARTER.test(word)
  );
}

const DATED = /^(?:\d{1,2}\.?\s+)?([a-z\d]+)\.?,?\s+(?:de\s+)?(?:19|20)\d\d$/;

const ENGLISH_MONTHS =
  'january february march april may june july august september october november december';

const MONTHS = new Set([
  ...ENGLISH_MONTHS.split(' '),
  ...ENGLISH_MONTHS.split(' ').map((month) => month.slice(0, 3)),
  'sept',
  ...Object.values(DAY_NAMES).flatMap((names) => names.months.flatMap((m) => m.split('|'))),
]);

const SEASONS = new Set(
  'spring summer autumn fall winter printemps ete automne hiver fruhling fruhjahr sommer herbst primavera verano otono invierno verao outono inverno estate autunno inverno lente zomer herfst'.split(
    ' ',
  ),
);

const QUARTER = /^(?:q[1-4]|h[12])$/;
