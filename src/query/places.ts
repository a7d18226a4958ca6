import type { ConferenceEvent } from '../model.ts';
import { words } from '../search/analyze.ts';

/**
 * Where an event was, as a question names it: a word of the place the notes give ("berlin"),
 * or its country by the country's other names and its people ("the dutch conference", "talks in
 * holland" for a place "Utrecht, Netherlands"; "canadian" for Toronto, Canada), or a continent
 * ("conferences in europe"), or its city by another name (`CITIES`: "munich" for München). Only
 * where the notes name the country: a city alone is no country.
 */
const COUNTRIES: Record<string, string> = {
  netherlands: 'dutch holland nederland',
  portugal: 'portuguese',
  brazil: 'brazilian brasil',
  canada: 'canadian',
  norway: 'norwegian norge',
  sweden: 'swedish sverige',
  denmark: 'danish danmark',
  finland: 'finnish suomi',
  germany: 'german deutschland',
  austria: 'austrian osterreich',
  switzerland: 'swiss schweiz suisse',
  france: 'french',
  belgium: 'belgian belgique belgie',
  spain: 'spanish espana',
  italy: 'italian italia',
  poland: 'polish polska',
  czechia: 'czech',
  ireland: 'irish',
  uk: 'british britain england scotland',
  usa: 'american america us',
  mexico: 'mexican',
  argentina: 'argentinian',
  chile: 'chilean',
  colombia: 'colombian',
  japan: 'japanese',
  china: 'chinese',
  korea: 'korean',
  singapore: 'singaporean',
  india: 'indian',
  australia: 'australian',
  hungary: 'hungarian magyarorszag',
  romania: 'romanian',
  greece: 'greek hellas',
  ukraine: 'ukrainian',
  estonia: 'estonian eesti',
  latvia: 'latvian',
  lithuania: 'lithuanian',
  serbia: 'serbian',
  croatia: 'croatian',
  slovenia: 'slovenian slovene',
  slovakia: 'slovak slovakian',
  turkey: 'turkish turkiye',
  iceland: 'icelandic',
  luxembourg: 'luxembourgish',
  newzealand: 'zealand',
  southafrica: 'southafrican',
  kenya: 'kenyan',
  nigeria: 'nigerian',
  egypt: 'egyptian',
  uae: 'emirates emirati',
  taiwan: 'taiwanese',
  vietnam: 'vietnamese',
  thailand: 'thai',
  indonesia: 'indonesian',
  philippines: 'filipino philippine',
  malaysia: 'malaysian',
  peru: 'peruvian',
  uruguay: 'uruguayan',
};

/**
 * Cities by their names in other languages ("the munich conference" for a place "München"), each
 * group one city, folded as questions are.
 */
const CITIES = [
  'munich munchen muenchen',
  'cologne koln koeln',
  'nuremberg nurnberg nuernberg',
  'vienna wien',
  'zurich zuerich',
  'geneva geneve genf',
  'brussels bruxelles brussel',
  'antwerp antwerpen anvers',
  'lisbon lisboa',
  'porto oporto',
  'seville sevilla',
  'prague praha prag',
  'warsaw warszawa',
  'krakow cracow',
  'copenhagen kobenhavn',
  'gothenburg goteborg',
  'milan milano',
  'rome roma',
  'florence firenze',
  'naples napoli',
  'turin torino',
  'venice venezia',
  'athens athina',
  'bucharest bucuresti',
  'kyiv kiev',
  'odesa odessa',
  'belgrade beograd',
];

/** Each name of a city → its other names. */
const CITY_NAMES = new Map<string, string[]>(
  CITIES.flatMap((group) => {
    const names = group.split(' ');
    return names.map((name) => [name, names] as const);
  }),
);

const EUROPE = new Set(
  'netherlands portugal norway sweden denmark finland germany austria switzerland france belgium spain italy poland czechia ireland uk hungary romania greece ukraine estonia latvia lithuania serbia croatia slovenia slovakia iceland luxembourg'.split(
    ' ',
  ),
);

/**
 * The other continents, by the countries above: "conferences in north america", "anything in
 * asia?" (a continent of two words is one, see `joinContinents`).
 */
const CONTINENTS: Record<string, string> = {
  usa: 'northamerica',
  canada: 'northamerica',
  mexico: 'northamerica latinamerica',
  brazil: 'southamerica latinamerica',
  argentina: 'southamerica latinamerica',
  chile: 'southamerica latinamerica',
  colombia: 'southamerica latinamerica',
  japan: 'asia',
  china: 'asia',
  korea: 'asia',
  singapore: 'asia',
  india: 'asia',
  australia: 'oceania',
  newzealand: 'oceania',
  uae: 'asia',
  taiwan: 'asia',
  vietnam: 'asia',
  thailand: 'asia',
  indonesia: 'asia',
  philippines: 'asia',
  malaysia: 'asia',
  peru: 'southamerica latinamerica',
  uruguay: 'southamerica latinamerica',
  southafrica: 'africa',
  kenya: 'africa',
  nigeria: 'africa',
  egypt: 'africa',
};

/** "North America", "north american", "Latin America": one word, as `CONTINENTS` has it. */
export function joinContinents(text: string): string {
  return text.replace(
    /\b(north|south|latin|central)\s+americ(?:a|an|ans)\b/gi,
    (_, side: string) =>
      side.toLowerCase() === 'central' ? 'latinamerica' : `${side.toLowerCase()}america`,
  );
}

/** Each name of a country (its own, its people's, its other names) → the country. */
const COUNTRY_OF = new Map<string, string>(
  Object.entries(COUNTRIES).flatMap(([country, names]) => [
    [country, country] as const,
    ...names.split(' ').map((name) => [name, country] as const),
  ]),
);

const PLACES = new WeakMap<ConferenceEvent, Set<string>>();

/** The words of an event's place and the countries they name, read once per event. */
function placeWords(event: ConferenceEvent): Set<string> {
  let known = PLACES.get(event);
  if (!known) {
    // The country `event-facts.ts` knows of the place's well-known city ("Oslo": norway).
    const said = [...words(event.place ?? ''), ...(event.country ? [event.country] : [])];
    known = new Set(said);
    for (const word of said) {
      for (const name of CITY_NAMES.get(word) ?? []) known.add(name);
      const country = COUNTRY_OF.get(word);
      if (country) known.add(country);
      if (country && EUROPE.has(country)) known.add('europe');
      for (const continent of (country && CONTINENTS[country]?.split(' ')) || [])
        known.add(continent);
    }
    PLACES.set(event, known);
  }
  return known;
}

/** Whether a (folded) word of a question names where the event was. */
export function placeNamed(event: ConferenceEvent, word: string): boolean {
  if (!event.place && !event.country) return false;
  const place = placeWords(event);
  if (place.has(word)) return true;
  const country = word === 'european' ? 'europe' : COUNTRY_OF.get(word);
  return country !== undefined && place.has(country);
}

/** Whether a (folded) word names a country or its people ("usa", "norwegian"): no person's name. */
export function countryNamed(word: string): boolean {
  return COUNTRY_OF.has(word) || COUNTRY_OF.has(word.replace(/s$/, ''));
}
