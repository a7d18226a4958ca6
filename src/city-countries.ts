import { withoutAccents } from './text.ts';

/**
 * Well-known cities conferences are named after ("JavaZone Oslo", "QCon London"), each with its
 * country as `query/places.ts` names it: where the notes give a city alone, or only a name, the
 * event's country is known ("conferences in norway"). A short list of unambiguous cities, not a
 * gazetteer: a city of two countries' names (Portland, Perth) is in none.
 */
/** Cities conferences are named after, each with its country as `query/places.ts` names it. */
const CITIES: Record<string, string> = {
  uk: 'London Manchester Edinburgh Glasgow Brighton Bristol Leeds Belfast Cambridge Oxford Sheffield Liverpool Nottingham Cardiff',
  norway: 'Oslo Bergen Trondheim Stavanger',
  sweden: 'Stockholm Gothenburg Göteborg Malmö Uppsala Linköping Lund',
  denmark: 'Copenhagen København Aarhus Odense',
  finland: 'Helsinki Tampere Espoo Oulu',
  germany:
    'Berlin Munich München Hamburg Cologne Köln Frankfurt Stuttgart Düsseldorf Karlsruhe Nuremberg Nürnberg Dresden Leipzig Mannheim Darmstadt Bonn Hannover Dortmund Bremen Münster Freiburg',
  austria: 'Vienna Wien Linz Graz Salzburg Innsbruck',
  switzerland: 'Zurich Zürich Geneva Genève Basel Bern Lausanne',
  france:
    'Paris Lyon Lille Nantes Bordeaux Toulouse Marseille Montpellier Strasbourg Rennes Grenoble',
  netherlands: 'Amsterdam Utrecht Rotterdam Eindhoven Delft Groningen The_Hague Den_Haag',
  belgium: 'Brussels Bruxelles Antwerp Antwerpen Ghent Gent Leuven',
  spain: 'Madrid Barcelona Sevilla Seville Bilbao Málaga Zaragoza Valencia',
  portugal: 'Lisbon Lisboa Porto Braga Coimbra',
  italy:
    'Rome Roma Milan Milano Turin Torino Florence Firenze Bologna Naples Napoli Verona Padua Padova Genoa Genova Trento',
  poland:
    'Warsaw Warszawa Kraków Krakow Wrocław Wroclaw Gdańsk Gdansk Poznań Poznan Łódź Katowice Lublin',
  czechia: 'Prague Praha Brno Ostrava',
  ireland: 'Dublin Galway Limerick',
  usa: 'New_York San_Francisco Seattle Chicago Boston Austin Denver Atlanta Las_Vegas Los_Angeles San_Diego San_Jose Philadelphia Pittsburgh Salt_Lake_City Minneapolis Nashville Raleigh Phoenix Detroit Orlando Miami Dallas Houston San_Antonio Baltimore Indianapolis Kansas_City Sacramento Oakland Cleveland Cincinnati Honolulu',
  canada: 'Toronto Montreal Montréal Vancouver Ottawa Calgary Québec Edmonton Winnipeg',
  mexico: 'Mexico_City Guadalajara Monterrey',
  brazil:
    'São_Paulo Rio_de_Janeiro Florianópolis Porto_Alegre Belo_Horizonte Recife Brasília Curitiba',
  argentina: 'Buenos_Aires Córdoba',
  colombia: 'Bogotá Medellín',
  japan: 'Tokyo Osaka Kyoto Fukuoka Yokohama Sapporo Nagoya',
  korea: 'Seoul Busan',
  china: 'Beijing Shanghai Shenzhen Hangzhou Guangzhou Chengdu Hong_Kong',
  singapore: 'Singapore',
  india: 'Bangalore Bengaluru Mumbai Delhi Pune Hyderabad Chennai Kolkata Ahmedabad Kochi Jaipur',
  australia: 'Sydney Melbourne Brisbane Adelaide Canberra',
  hungary: 'Budapest Debrecen Szeged',
  romania: 'Bucharest București Cluj-Napoca Cluj Iași Timișoara',
  greece: 'Athens Athina Thessaloniki',
  ukraine: 'Kyiv Kiev Lviv Kharkiv Odesa Odessa',
  estonia: 'Tallinn Tartu',
  latvia: 'Riga',
  lithuania: 'Vilnius Kaunas',
  serbia: 'Belgrade Beograd Novi_Sad',
  croatia: 'Zagreb Rijeka',
  slovenia: 'Ljubljana',
  slovakia: 'Bratislava Košice',
  turkey: 'Istanbul İstanbul Ankara Izmir',
  iceland: 'Reykjavik Reykjavík',
  luxembourg: 'Luxembourg',
  newzealand: 'Auckland Christchurch',
  southafrica: 'Cape_Town Johannesburg Durban',
  kenya: 'Nairobi',
  egypt: 'Cairo',
  uae: 'Dubai Abu_Dhabi',
  taiwan: 'Taipei',
  vietnam: 'Hanoi Ho_Chi_Minh_City Saigon',
  thailand: 'Bangkok',
  indonesia: 'Jakarta Bandung',
  philippines: 'Manila',
  malaysia: 'Kuala_Lumpur',
  peru: 'Lima',
  uruguay: 'Montevideo',
  chile: 'Santiago_de_Chile',
};

/**
 * A table of words by country (a word's own spaces written `_`) as each word → its country, and
 * one pattern of every word, longest first, as a whole word of a name (`apart`: what may not
 * touch it on either side besides letters and digits).
 */
function wordsOfCountries(table: Record<string, string>, apart = '') {
  const countryOf = new Map<string, string>(
    Object.entries(table).flatMap(([country, words]) =>
      words.split(' ').map((word) => [word.replaceAll('_', ' '), country] as const),
    ),
  );
  const words = [...countryOf.keys()].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}${apart}])(${words})(?![\\p{L}\\p{N}${apart}])`,
    'u',
  );
  return { countryOf, pattern };
}

/** Each city as written (its words joined by spaces) → its country, and a pattern of them all. */
const { countryOf: COUNTRY_OF_CITY, pattern: CITY } = wordsOfCountries(CITIES);

/** The well-known city a place or an event's name says, with its country. */
export function cityIn(text: string): { city: string; country: string } | undefined {
  const found = CITY.exec(text);
  const city = found?.[1];
  return city ? { city, country: COUNTRY_OF_CITY.get(city) as string } : undefined;
}

/** The country of a city a question names, by its folded words ("oslo", "new york"). */
export function cityCountry(words: string): string | undefined {
  return FOLDED.get(words);
}

const FOLDED = new Map(
  [...COUNTRY_OF_CITY].map(([city, country]) => [withoutAccents(city).toLowerCase(), country]),
);

/**
 * Countries (and Europe) as conference names write them, in English or their own language
 * ("Devoxx Belgium", "PyCon Italia", "JSConf EU", "DevOpsDays España"): capitalized whole words
 * only, so "us" or "eu" in a sentence names nothing.
 */
const NAMED_COUNTRIES: Record<string, string> = {
  uk: 'UK United_Kingdom Britain England Scotland Wales',
  norway: 'Norway Norge',
  sweden: 'Sweden Sverige',
  denmark: 'Denmark Danmark',
  finland: 'Finland Suomi',
  germany: 'Germany Deutschland DE',
  austria: 'Austria Österreich',
  switzerland: 'Switzerland Schweiz Suisse Svizzera Swiss',
  france: 'France FR',
  netherlands: 'Netherlands Nederland Holland NL',
  belgium: 'Belgium Belgique België Belgie BE',
  spain: 'Spain España Espana ES',
  portugal: 'Portugal PT',
  italy: 'Italy Italia IT',
  poland: 'Poland Polska PL',
  czechia: 'Czechia Czech_Republic CZ',
  ireland: 'Ireland',
  usa: 'USA US',
  canada: 'Canada',
  mexico: 'Mexico México',
  brazil: 'Brazil Brasil',
  argentina: 'Argentina',
  colombia: 'Colombia',
  japan: 'Japan JP',
  korea: 'Korea',
  china: 'China',
  singapore: 'Singapore',
  india: 'India',
  australia: 'Australia AU',
  hungary: 'Hungary Magyarország',
  romania: 'Romania România',
  greece: 'Greece Hellas',
  ukraine: 'Ukraine',
  estonia: 'Estonia Eesti',
  latvia: 'Latvia Latvija',
  lithuania: 'Lithuania Lietuva',
  serbia: 'Serbia Srbija',
  croatia: 'Croatia Hrvatska',
  slovenia: 'Slovenia Slovenija',
  slovakia: 'Slovakia Slovensko',
  turkey: 'Turkey Türkiye Turkiye',
  iceland: 'Iceland Ísland',
  luxembourg: 'Luxembourg',
  newzealand: 'New_Zealand NZ',
  southafrica: 'South_Africa',
  kenya: 'Kenya',
  nigeria: 'Nigeria',
  egypt: 'Egypt',
  uae: 'UAE',
  taiwan: 'Taiwan',
  vietnam: 'Vietnam',
  thailand: 'Thailand',
  indonesia: 'Indonesia',
  philippines: 'Philippines',
  malaysia: 'Malaysia',
  peru: 'Peru',
  uruguay: 'Uruguay',
  chile: 'Chile',
  europe: 'EU Europe',
};

const { countryOf: COUNTRY_OF_NAME, pattern: COUNTRY_NAME } = wordsOfCountries(
  NAMED_COUNTRIES,
  '.',
);

/**
 * The country (or `europe`) an event's name says in a word of its own ("Devoxx Belgium"), and
 * the word as a place to say where it names the country itself.
 */
export function countryInName(name: string): { country: string; place?: string } | undefined {
  const word = COUNTRY_NAME.exec(name)?.[1];
  const country = word && COUNTRY_OF_NAME.get(word);
  if (!word || !country) return undefined;
  // A place to say: the country's name written out, not "US", "NZ", "Swiss" nor "Europe".
  const place = word.length > 3 && word !== 'Swiss' && country !== 'europe';
  return { country, ...(place ? { place: word } : {}) };
}
