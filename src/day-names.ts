/**
 * Weekdays and months in the languages notes and questions are written in, kept once for both:
 * the notes' day headings ("Donnerstag, 14. Juni", `src/content/day-date.ts`) and the questions'
 * schedule words ("was lief am Freitag?", `src/query/language-days.ts`). Names are written folded
 * (accents off, lower case, as `withoutAccents` in `text.ts` gives them); each is an alternation of the ways it
 * is written. A Polish `ł` has no accent to fold, so it is written both ways.
 */

export type DayLanguage = 'de' | 'nl' | 'fr' | 'es' | 'it' | 'pt' | 'pl';

export interface LanguageDayNames {
  /** Monday first, as the week goes in Europe. */
  weekdays: string[];
  /** January first. */
  months: string[];
}

const split = (names: string) => names.split(' ');

export const DAY_NAMES: Record<DayLanguage, LanguageDayNames> = {
  de: {
    weekdays: [
      'montags?',
      'dienstags?',
      'mittwochs?',
      'donnerstags?',
      'freitags?',
      'samstags?|sonnabends?',
      'sonntags?',
    ],
    months: split(
      'januar februar marz april mai juni juli august september oktober november dezember',
    ),
  },
  nl: {
    weekdays: split('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
    months: split(
      'januari februari maart april mei juni juli augustus september oktober november december',
    ),
  },
  fr: {
    weekdays: split('lundi mardi mercredi jeudi vendredi samedi dimanche'),
    months: split(
      'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
    ),
  },
  es: {
    weekdays: split('lunes martes miercoles jueves viernes sabado domingo'),
    months: split(
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    ),
  },
  it: {
    weekdays: split('lunedi martedi mercoledi giovedi venerdi sabato domenica'),
    months: split(
      'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    ),
  },
  pt: {
    weekdays: split(
      'segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo',
    ),
    months: split(
      'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
    ),
  },
  pl: {
    weekdays: ['poniedzia[lł]ek', 'wtorek', 'sroda', 'czwartek', 'piatek', 'sobota', 'niedziela'],
    months: [
      'stycznia|styczen',
      'lutego|luty',
      'marca|marzec',
      'kwietnia|kwiecien',
      'maja|maj',
      'czerwca|czerwiec',
      'lipca|lipiec',
      'sierpnia|sierpien',
      'wrzesnia|wrzesien',
      'pazdziernika|pazdziernik',
      'listopada|listopad',
      'grudnia|grudzien',
    ],
  },
};
