import { cityIn, countryInName } from '../city-countries.ts';
import { LANGUAGE_WORDS } from '../language-words.ts';
import type { Library } from '../model.ts';
import { withoutAccents } from '../text.ts';

/**
 * What is cheaply and reliably known of an event beside its talks, so "conferences in norway",
 * "events in Berlin" and "talks in french" have an answer: where it was, when its name says a
 * well-known city ("JavaZone Oslo", "QCon London", "… in Berlin") and the notes say no place, and
 * that city's country; and the language its notes are written in, by the front matter (`lang:`,
 * `language:`) or, where it says none, by counting function words in a sample of the file's
 * start (a few KB, never every line of a big file); Japanese, Korean and Chinese by their script.
 * Nothing is set where the signs are weak: the bot then says the notes do not say.
 */

/**
 * A file's language: front matter first, then its text's function words or script. Told in the
 * parse worker, from the text in hand, and kept with the file's cached parse.
 */
export function fileLanguage(text: string): string | undefined {
  const start = text.slice(0, SAMPLE);
  const matter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(start);
  const said = matter
    ? /^(?:lang|language|locale)\s*:\s*["']?([\p{L}]+)/imu.exec(matter[1] as string)
    : null;
  if (said?.[1]) {
    const named = languageCode(said[1]);
    if (named) return named;
  }
  return sampleLanguage(matter ? start.slice(matter[0].length) : start);
}

/** Only a file's start is looked at: enough words to tell a language, cheap for a big file. */
const SAMPLE = 8000;

/** A language's code ("fr", "pt-BR") or name ("French", "Français") → its code in the table. */
function languageCode(said: string): string | undefined {
  const word = withoutAccents(said).toLowerCase();
  if (word.length === 2 && LANGUAGE_WORDS[word]) return word;
  return Object.entries(LANGUAGE_WORDS).find(([, language]) => language.spoken.includes(word))?.[0];
}

/** Each language's marker words, as one table: a word → the languages it marks. */
const MARKERS = new Map<string, string[]>();
for (const [code, language] of Object.entries(LANGUAGE_WORDS))
  for (const word of new Set(language.markers ?? [])) {
    const codes = MARKERS.get(word);
    if (codes) codes.push(code);
    else MARKERS.set(word, [code]);
  }

/** The language a sample of notes is clearly in, or undefined where the signs are weak. */
export function sampleLanguage(sample: string): string | undefined {
  const text = sample.replace(/```[\s\S]*?```|https?:\/\/\S+|\([^)]*\)/g, ' ');
  // One pass over the characters (four `match`es made an array of every letter of the sample).
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const script = kana + hangul + han;
  // One character of these scripts holds what a word of a few letters does, and their notes
  // write tools, products and talk titles in Latin letters ("Android App Bundle を使用可能に"):
  // a quarter as many as Latin letters is their language, as an English post quoting a few
  // Japanese titles is not.
  if (script >= 60 && script * 4 >= latin)
    return hangul > kana + han ? 'ko' : kana >= 10 ? 'ja' : 'zh';
  const hits = new Map<string, number>();
  for (const word of withoutAccents(text)
    .toLowerCase()
    .split(/[^a-z]+/))
    for (const code of MARKERS.get(word) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  const [first, second] = [...hits].sort((a, b) => b[1] - a[1]);
  // A few function words of one language and hardly any of another: a short post is told too.
  if (!first || first[1] < 6) return undefined;
  const total = [...hits.values()].reduce((sum, n) => sum + n, 0);
  return first[1] >= 3 * (second?.[1] ?? 0) && first[1] >= total * 0.7 ? first[0] : undefined;
}

/**
 * Sets the events' places and countries, and the languages of events and talks, where known:
 * an event's language is that of most of its talks' files; a talk's own only where its file's
 * differs from its event's, English where its event's is not known (one talk in Spanish among
 * notes in English).
 */
export function addEventFacts(
  library: Library,
  files: { file: string; language?: string }[],
): void {
  for (const event of library.events) {
    const found = cityIn(event.place ?? event.name);
    if (!event.place && found) event.place = found.city;
    if (found && !event.country) event.country = found.country;
  }
  countriesFromNames(library);
  const byFile = new Map<string, string | undefined>();
  for (const file of files) byFile.set(file.file, file.language);
  const votes = new Map<string, Map<string, number>>();
  const sizes = new Map<string, number>();
  for (const talk of library.talks) {
    sizes.set(talk.event, (sizes.get(talk.event) ?? 0) + 1);
    const language = byFile.get(talk.source.file);
    if (!language) continue;
    const event = votes.get(talk.event) ?? new Map<string, number>();
    event.set(language, (event.get(language) ?? 0) + 1);
    votes.set(talk.event, event);
  }
  const languages = new Map<string, string>();
  for (const event of library.events) {
    const [top] = [...(votes.get(event.id) ?? [])].sort((a, b) => b[1] - a[1]);
    // Most of its talks' files in one language, not one file of many that happens to be told.
    if (top && top[1] * 2 >= (sizes.get(event.id) ?? 0)) {
      event.language = top[0];
      languages.set(event.id, top[0]);
    }
  }
  for (const talk of library.talks) {
    const own = byFile.get(talk.source.file);
    if (own && own !== (languages.get(talk.event) ?? 'en')) talk.language = own;
  }
}

/**
 * "Devoxx Belgium", "PyCon Italia", "JSConf EU": a country (or Europe) a name says as a word of
 * its own is the event's country, where no well-known city of its place or name gave one; and
 * where the notes name no place, the country written out is where it was ("where was devoxx
 * poland": Poland), never a short form ("US"), "Swiss" nor Europe.
 */
function countriesFromNames(library: Library): void {
  for (const event of library.events) {
    const found = event.country ? undefined : countryInName(event.name);
    if (!found) continue;
    event.country = found.country;
    if (!event.place && found.place) event.place = found.place;
  }
}
