import { languagesPattern } from '../language-words.ts';
import { fold } from '../search/analyze.ts';

/**
 * "Welche Konferenzen gibt es?", "quels événements ?", "¿qué eventos hay?", "welke conferenties
 * zijn er", "quali conferenze ci sono", "quais eventos existem": asking which events the notes
 * cover, in German, French, Spanish, Italian, Dutch or Portuguese — the events, as in English,
 * never a search for the words (each language's words are in `language-words.ts`). A word after the noun that is no such asking ("welche
 * Konferenzen über Rust") leaves it a question about talks.
 */
const NOUNS = languagesPattern('eventsPattern');
const WHICH = languagesPattern('whichPattern');
const ASKING = languagesPattern('askingPattern');
const FOREIGN_EVENTS = new RegExp(
  `^(?:${WHICH})\\s+(?:(?:les|die|alle|the|los|las|gli|le|de|os|as)\\s+)?(?:${NOUNS})(?:\\s+(?:${ASKING}))?(?:\\s+(?:hier|ici|aqui|qui|hier|da|here|dans (?:les )?notes|in den notizen|en (?:las )?notas|nelle note|in de notities|nas notas))?[\\s?!.¿¡]*$`,
);

/** Whether a question asks which events the notes cover, in one of the languages above. */
export function asksEventsInLanguage(text: string): boolean {
  return FOREIGN_EVENTS.test(
    fold(text)
      .replace(/^[\s¿¡]+/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** "Konferenzen in 2024", "eventos de 2024", "conferenze nel 2023", "conférences en France". */
const EVENTS_IN_LANGUAGE = new RegExp(
  `^(?:(?:${WHICH})\\s+)?(?:(?:les|die|alle|los|las|gli|le|de|os|as)\\s+)?(?:${NOUNS})\\s+(?:(?:gab es|gibt es|hubo|hay|ci sono|c'erano|waren er|zijn er|il y a|y a-t-il|houve|ha)\\s+)?(?:in|im|en|de|del|nel|nello|nella|van|uit|aus|von|da|do|em|no|na|di|dans|au|aux)\\s+(.+)$`,
);

/** A question for the events of a year or place in another language, as English asks it. */
export function eventsAskedInEnglish(text: string): string {
  const found = EVENTS_IN_LANGUAGE.exec(
    fold(text)
      .replace(/^[\s¿¡]+/, '')
      .replace(/[?!.]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return found ? `conferences in ${found[1]}` : text;
}
