import type { Library } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { eventsInLanguage, languageName, languageNamed } from './notes-language.ts';
import type { Plan } from './plan.ts';

/**
 * Questions about the language the notes are written in, answered by the events, each of which
 * says its notes' language: "which languages are the notes in", "what language are the devoxx
 * notes in", "are there notes in German?" (where none are, said so above every event).
 */

const NOTES = String.raw`(?:notes|talks|events|conferences|posts|write-?ups)`;
/** "Which languages are the notes in", "what languages do the notes come in", "notes languages". */
const WHICH = new RegExp(
  String.raw`^(?:(?:in\s+)?(?:which|what)\s+languages?\s+(?:are|were|is|was)\s+(?:the\s+|these\s+|your\s+|all\s+(?:the\s+)?)?${NOTES}(?:\s+(?:written|taken))?(?:\s+in)?|(?:which|what)\s+languages?\s+(?:do|does|did)\s+(?:the\s+|your\s+)?${NOTES}\s+(?:use|come\s+in|have)|(?:the\s+)?(?:notes|talks)['’]?\s+languages?|(?:which|what)\s+languages?(?:\s+(?:are|were)\s+(?:there|covered))?)$`,
);
/** "What language are the devoxx notes in", "which language is kubecon written in". */
const OF_EVENT =
  /^(?:in\s+)?(?:which|what)\s+language\s+(?:are|were|is|was)\s+(?:the\s+)?(.+?)(?:\s+(?:notes|talks|write-?ups?))?(?:\s+(?:written|taken))?\s+in$|^(?:in\s+)?(?:which|what)\s+language\s+(?:are|were|is|was)\s+(?:the\s+)?(.+?)\s+(?:notes|talks|write-?ups?)$/;
/** "Are there notes in German?", "any notes in french", "do we have notes in spanish". */
const IN_LANGUAGE =
  /^(?:(?:are|is)\s+there\s+(?:any\s+)?|any\s+|do\s+(?:you|we)\s+have\s+(?:any\s+)?|got\s+(?:any\s+)?)?(?:notes|write-?ups?|posts)\s+(?:written\s+)?in\s+(\S+)$/;

/** The question as these patterns read it: folded, its punctuation gone. */
function said(text: string): string {
  return fold(text)
    .replace(/[?!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The events a language question asks about, each saying its notes' language; else undefined. */
export function notesLanguageAsked(
  text: string,
  event: string | undefined,
  library: Library,
  read: (words: string, event?: string) => Plan,
): Plan | undefined {
  const words = said(text);
  const every = library.events.map((one) => one.id).filter((id) => !event || id === event);
  if (WHICH.test(words)) return { kind: 'events', events: every, languages: true };
  const named = OF_EVENT.exec(words);
  const name = named?.[1] ?? named?.[2];
  if (name) {
    const plan = read(name, event);
    if (plan.kind === 'events') return { ...plan, languages: true };
    if (plan.kind === 'talks' && plan.scope.kind === 'list' && plan.scope.event)
      return { kind: 'events', events: [plan.scope.event], languages: true };
    return undefined;
  }
  const language = IN_LANGUAGE.exec(words)?.[1];
  const code = language && languageNamed(language);
  if (!code) return undefined;
  const events = [...eventsInLanguage(library, code)].filter((id) => every.includes(id));
  return events.length > 0
    ? { kind: 'events', events, languages: true }
    : { kind: 'events', events: every, noNotesIn: languageName(code), languages: true };
}
