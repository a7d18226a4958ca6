/**
 * A short form typed with a full stop after each capital ("A.I.", "U.X.", "K.P.I"): the short
 * form ("AI", "UX", "KPI"), as the notes write it. Read letter by letter, its capitals are single
 * letters no search keeps, and "A.I. talks" listed every talk. Initials before a name
 * ("J.R. Tolkien") stay as typed: a name's initials are the name's. The notes' words are read
 * so too (`field-texts.ts`): "the A.I. assistant" is found by "AI", and "A.I." by notes' "AI".
 */
const DOTTED = /(?<![\p{L}\p{N}.])((?:\p{Lu}\.){1,5}\p{Lu})\.?(?![\p{L}\p{N}.])/gu;
/** A name after the initials: a capital, then small letters. */
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

export function withDottedInitialsJoined(text: string): string {
  if (!/\p{Lu}\.\p{Lu}/u.test(text)) return text;
  return text.replace(DOTTED, (all, dotted: string, at: number) =>
    NAME_AFTER.test(text.slice(at + all.length)) ? all : dotted.replace(/\./g, ''),
  );
}
