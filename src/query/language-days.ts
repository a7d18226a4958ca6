import { DAY_NAMES, type DayLanguage as NotesDayLanguage } from '../day-names.ts';
import { MONTHS, WEEKDAYS } from './dates.ts';

/**
 * Days, months and parts of the day as the languages questions are read in name them, as the
 * English the schedule steps read: "was lief am Freitag?" is Friday's talks, "vorträge am 10.
 * Oktober" those of October 10, "charlas del jueves por la tarde" Thursday afternoon's. A
 * weekday's name is also what tells a short question's language ("donnerstag" alone), where the
 * other marks of a language (its question words) are missing. Patterns see the text folded
 * (accents off, lower case), as `languages.ts` gives it.
 */

/** What a language says around its days: the names themselves are in `src/day-names.ts`. */
interface DayPhrases {
  /** The word before a month that means "in" ("im Oktober", "en octubre"). */
  inMonth: string;
  /** The words before a weekday that mean "on" ("am Freitag", "op vrijdag"). */
  onDay: string;
  /** Morning, afternoon, evening. */
  parts: [string, string, string];
}

export type DayLanguage = Exclude<NotesDayLanguage, 'pl'>;

const PHRASES: Record<DayLanguage, DayPhrases> = {
  de: {
    inMonth: 'im',
    onDay: 'am|an',
    parts: [
      'morgens|vormittags?|am\\s+morgen',
      'nachmittags?|am\\s+nachmittag',
      'abends|am\\s+abend',
    ],
  },
  nl: {
    inMonth: 'in',
    onDay: 'op',
    parts: ["'?s\\s+ochtends|ochtend", "'?s\\s+middags|middag", "'?s\\s+avonds|avond"],
  },
  fr: {
    inMonth: 'en',
    onDay: 'le',
    parts: ['matin(?:ee)?', 'apres\\s*-?\\s*midi', 'soir(?:ee)?'],
  },
  es: {
    inMonth: 'en',
    onDay: 'el',
    parts: ['por\\s+la\\s+manana', 'por\\s+la\\s+tarde', 'por\\s+la\\s+noche'],
  },
  it: {
    inMonth: 'a|in',
    onDay: 'il|di',
    parts: ['mattin[oa]', 'pomeriggio', 'sera'],
  },
  pt: {
    inMonth: 'em',
    onDay: 'na|no',
    parts: ['(?:de|pela)\\s+manha', '(?:de|pela|a)\\s+tarde', '(?:de|pela|a)\\s+noite'],
  },
};

const names = (language: DayLanguage) => ({ ...DAY_NAMES[language], ...PHRASES[language] });

const whole = (words: string) => `(?<![\\p{L}-])(?:${words})(?![\\p{L}-])`;

/** A weekday or a part of the day in a language: a mark of it in a question ("morgens"). */
export function dayMarker(language: DayLanguage): RegExp {
  let marker = MARKERS.get(language);
  if (!marker) {
    const { weekdays, parts } = names(language);
    marker = new RegExp(whole([...weekdays, ...parts].join('|')), 'u');
    MARKERS.set(language, marker);
  }
  return marker;
}

/** Made once per language: a question tests them all. */
const MARKERS = new Map<DayLanguage, RegExp>();
const RULES = new Map<DayLanguage, [RegExp, string][]>();

/** The rules that turn a language's days, months and parts of the day into English. */
export function dayWords(language: DayLanguage): [RegExp, string][] {
  const made = RULES.get(language);
  if (made) return made;
  const { months, weekdays, inMonth, onDay, parts } = names(language);
  const rules: [RegExp, string][] = [];
  months.forEach((month, i) => {
    const english = MONTHS[i] as string;
    // "10. Oktober", "10 de octubre": the day of that month; "im Oktober": the month.
    rules.push([
      new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?${whole(month)}`, 'gu'),
      `${english} $1`,
    ]);
    rules.push([new RegExp(`${whole(inMonth)}\\s+${whole(month)}`, 'gu'), `in ${english}`]);
    // A month alone is left to read as a word (Spanish "marzo", Portuguese "marco" a name).
  });
  weekdays.forEach((day, i) => {
    rules.push([
      new RegExp(`${whole(onDay)}\\s+${whole(day)}`, 'gu'),
      ` on ${WEEKDAYS[(i + 1) % 7]} `,
    ]);
    rules.push([new RegExp(whole(day), 'gu'), ` ${WEEKDAYS[(i + 1) % 7]} `]);
  });
  parts.forEach((part, i) => {
    rules.push([new RegExp(whole(part), 'gu'), ` ${['morning', 'afternoon', 'evening'][i]} `]);
  });
  RULES.set(language, rules);
  return rules;
}
