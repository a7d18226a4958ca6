import { LANGUAGE_WORDS } from '../language-words.ts';
import type { Library, Talk } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import { inSlices } from '../slices.ts';

/**
 * The language an event's notes are written in, told by their function words, and the words a
 * question names a language by: its name, a nationality, a country, a locale ("pt-br"). Made
 * once per library.
 */
const LANGUAGE_OF = new Map<string, string>(
  Object.entries(LANGUAGE_WORDS).flatMap(([language, { names }]) =>
    names.map((name) => [name, language] as const),
  ),
);

/** The languages each function word tells, folded (a word may be one of several languages'). */
const MARKER_OF = new Map<string, string[]>();
for (const [language, { markers }] of Object.entries(LANGUAGE_WORDS))
  if (markers && language !== 'en')
    for (const marker of markers)
      MARKER_OF.set(marker, [...(MARKER_OF.get(marker) ?? []), language]);

/** The language a word of a question names ("polish", "pt-br", "spain"), if one. */
export function languageNamed(word: string): string | undefined {
  return LANGUAGE_OF.get(word);
}

const LANGUAGES = new WeakMap<Library, Map<string, string>>();

/** The language each event's notes are written in, worked out once per library. */
export function languages(library: Library): Map<string, string> {
  const known = LANGUAGES.get(library);
  if (known) return known;
  const tally = new LanguageTally(library);
  for (const talk of library.talks) tally.add(talk);
  return tally.done();
}

/**
 * `languages` worked out in slices, between answers: a reloaded bot reads the function words of
 * all its talks (~50 ms at 10,000) before it is swapped in.
 */
export async function prepareLanguages(
  library: Library,
  turn: () => Promise<unknown>,
): Promise<void> {
  if (LANGUAGES.has(library)) return;
  const tally = new LanguageTally(library);
  await inSlices(library.talks, (talk) => tally.add(talk), turn);
  tally.done();
}

/** Function words counted per event, talk by talk. */
class LanguageTally {
  private readonly known = new Map<string, string>();
  /** The language the content found (front matter, or a sample of the file) is the one. */
  private readonly found: Map<string, string | undefined>;
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly sizes = new Map<string, number>();

  constructor(private readonly library: Library) {
    this.found = new Map(library.events.map((event) => [event.id, event.language]));
  }

  /** Only the talks of events whose language the content did not find are read. */
  add(talk: Talk): void {
    const told = this.found.get(talk.event);
    if (told) {
      if (told !== 'en') this.known.set(talk.event, told);
      return;
    }
    const said = words(`${talk.title} ${talk.summary}`);
    this.sizes.set(talk.event, (this.sizes.get(talk.event) ?? 0) + said.length);
    const event = this.counts.get(talk.event) ?? new Map<string, number>();
    for (const word of said)
      for (const language of MARKER_OF.get(word) ?? [])
        event.set(language, (event.get(language) ?? 0) + 1);
    this.counts.set(talk.event, event);
  }

  done(): Map<string, string> {
    for (const [event, byLanguage] of this.counts) {
      const [language, hits] = [...byLanguage].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (hits >= 5 && hits >= (this.sizes.get(event) ?? 0) * 0.05) this.known.set(event, language);
    }
    LANGUAGES.set(this.library, this.known);
    return this.known;
  }
}

/**
 * The events whose notes are in a language, by the language's code; English (`en`, which no
 * function words tell) is the notes in none of the others.
 */
export function eventsInLanguage(library: Library, language: string): Set<string> {
  const events = new Set<string>();
  const known = languages(library);
  if (language === 'en') {
    for (const event of library.events) if (!known.has(event.id)) events.add(event.id);
    return events;
  }
  for (const [event, said] of known) if (said === language) events.add(event);
  return events;
}

const ENGLISH = new Set(LANGUAGE_WORDS.en?.names);
const SAY_ENGLISH = new WeakMap<Library, Set<Talk>>();

/**
 * The talks whose notes say they were given in English ("Talk in English", "Charla en inglés"),
 * whichever language the rest of their event's notes are in: read once per library.
 */
export function talksInEnglish(library: Library): Set<Talk> {
  let known = SAY_ENGLISH.get(library);
  if (!known) {
    known = new Set(
      library.talks.filter((talk) =>
        words(fold(`${talk.title} ${talk.summary}`)).some((word) => ENGLISH.has(word)),
      ),
    );
    SAY_ENGLISH.set(library, known);
  }
  return known;
}

/** A language's name as an answer says it: "French" for `fr`; English for notes in none other. */
export function languageName(code: string | undefined): string {
  const name = LANGUAGE_WORDS[code ?? 'en']?.spoken[0] ?? code ?? 'english';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The language each event's notes are in, as an answer names it ("French", "English"). */
export function eventLanguage(library: Library, event: string): string {
  return languageName(languages(library).get(event));
}
