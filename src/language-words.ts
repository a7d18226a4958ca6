/**
 * One table per language of the words the bot reads it by, folded (no accents, lower case): the
 * names a question gives the language (its name, a nationality, a country, a locale), the
 * function words that tell notes are written in it and its ways of asking which events there
 * were. `notes-language.ts` and `events-in-languages.ts` read their lists from here, so a language
 * is added or corrected in one place (its subjects: `language-subjects.ts`). Regular-expression fragments are marked so (`…Pattern`); the rest are plain words.
 */
export interface LanguageWords {
  /** Words a question names the language by: "polish", "pt-br" (folded: "ptbr"), "spain". */
  names: string[];
  /** Of those, the words that name the language itself ("talks in french", "german talks"). */
  spoken: string[];
  /** Function words (folded) that tell the notes are in this language; none for English. */
  markers?: string[];
  /** Its nouns for events ("Konferenzen", "eventos"), as regular-expression fragments. */
  eventsPattern?: string[];
  /** Its "which"/"show me" before such a noun, as regular-expression fragments. */
  whichPattern?: string[];
  /** Its "are there"/"do you know" after such a noun, as regular-expression fragments. */
  askingPattern?: string[];
}

const w = (text: string) => text.split(' ');

export const LANGUAGE_WORDS: Record<string, LanguageWords> = {
  en: {
    names: w('english ingles anglais englisch inglese engels'),
    spoken: w('english ingles anglais englisch inglese engels'),
    markers: w('the and of to is that for it with was this are be not but have you we they'),
    eventsPattern: ['events?', 'conferences?', 'confs?'],
    whichPattern: ['which', 'what'],
    askingPattern: ['are there', 'do you know', 'do you have'],
  },
  pt: {
    names: w('brazilian brazil brasil portuguese portugal portugues ptbr br'),
    spoken: w('portuguese portugues'),
    markers: w(
      'nao para com uma mais isso voce muito sao eles foi mas tem como pra nos do da dos das ao aos na em minhas meus ficam tambem pelo pela seu sua voces ja entao equipa foram',
    ),
    eventsPattern: ['eventos?', 'conferencias'],
    whichPattern: ['quais'],
    askingPattern: ['existem', 'tem', 'tens', 'voce conhece', 'conheces'],
  },
  es: {
    names: w('spanish spain espana mexican mexico argentinian argentina espanol castellano'),
    spoken: w('spanish castellano espanol'),
    markers: w(
      'para con una mas muy los las fue pero como nuestros hicimos del por el y mis sus estan esta este estos hay tambien cuando donde porque al eso esto nuestra',
    ),
    eventsPattern: ['eventos?', 'conferencias?'],
    whichPattern: ['que', 'cuales', 'muestrame(?: los| las)?', 'lista(?: de| dei| delle)?'],
    askingPattern: ['hay', 'habia', 'hubo', 'tienes', 'teneis', 'conoces', 'existen'],
  },
  de: {
    names: w('german germany deutschland austrian austria deutsch'),
    spoken: w('german deutsch'),
    markers: w('und die der ist nicht mit fur ein eine auch wir das sich im von'),
    eventsPattern: ['konferenzen', 'konferenz', 'veranstaltungen', 'tagungen'],
    whichPattern: ['welche[rns]?', 'was fur', 'zeig(?:e)?(?: mir)?(?: die| alle)?'],
    askingPattern: [
      'gibt es',
      'gab es',
      'habt ihr',
      'hast du',
      'hat der bot',
      'kennst du',
      'kennt ihr',
      'sind (?:da|dabei|drin|abgedeckt)',
      'waren (?:da|dabei)',
    ],
  },
  nl: {
    names: w('dutch netherlands holland flemish nederlands'),
    spoken: w('dutch nederlands'),
    markers: w('het een niet van voor maar ook zijn wij dat met naar'),
    eventsPattern: ['conferenties', 'evenementen', 'congressen'],
    whichPattern: ['welke', 'wat voor', 'lijst(?: met| van)?(?: de)?'],
    askingPattern: ['zijn er', 'waren er', 'heb je', 'hebben jullie', 'ken je'],
  },
  it: {
    names: w('italian italy italia italiano'),
    spoken: w('italian italiano'),
    markers: w(
      'il della che non per sono una anche gli delle nel di ho ha dal dei alla alle ai sulla come piu ecco miei mio questo questa molto perche stato essere cosa nei degli dove',
    ),
    eventsPattern: ['eventi', 'conferenze'],
    whichPattern: ['quali', 'che', 'mostrami(?: gli| le)?'],
    askingPattern: ['ci sono', "c'erano", 'cerano', 'hai', 'conosci', 'ha'],
  },
  fr: {
    names: w('french france francais'),
    spoken: w('french francais'),
    markers: w('les des est pas pour une avec dans qui sur nous'),
    eventsPattern: ['evenements?'],
    whichPattern: ['quel(?:le)?s?', 'liste(?: des| der| de)?', 'montre(?:-moi)?(?: les)?'],
    askingPattern: [
      'y a-t-il',
      'y a t il',
      'il y a',
      'avez-vous',
      'avez vous',
      'as-tu',
      'as tu',
      'connais-tu',
      'connais tu',
      'sont couverts?',
    ],
  },
  // Told by their script, not by function words (`event-facts.ts`).
  ja: {
    names: w('japanese nihongo'),
    spoken: w('japanese nihongo'),
  },
  ko: {
    names: w('korean hangul'),
    spoken: w('korean'),
  },
  zh: {
    names: w('chinese mandarin'),
    spoken: w('chinese mandarin'),
  },
  // Told by its script too.
  ru: {
    names: w('russian russkiy'),
    spoken: w('russian'),
  },
  pl: {
    names: w('polish poland polska polski'),
    spoken: w('polish polski'),
    markers: w('nie jest sie ze jak czy ale tak przez dla oraz tylko bardzo jego byl bylo'),
  },
};

/** The words that name a language itself, as a regular-expression alternation. */
export function spokenPattern(): string {
  return Object.values(LANGUAGE_WORDS)
    .flatMap((language) => language.spoken)
    .join('|');
}

/** A regular-expression alternation of one kind of fragment, across every language. */
export function languagesPattern(kind: 'eventsPattern' | 'whichPattern' | 'askingPattern'): string {
  const fragments = Object.values(LANGUAGE_WORDS).flatMap((language) => language[kind] ?? []);
  return [...new Set(fragments)].join('|');
}
