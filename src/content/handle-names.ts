import { withoutAccents } from '../text.ts';
import { looksLikeName } from './speaker-names.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * "### by [@j3foley](…)" over "In this talk, Jillian Foley talks about refactoring": the speaker
 * was known by their handle alone, and the notes name them in full. The handle's letters hold the
 * family name ("j3foley" holds "foley") and begin or end with the given name or its initial, so
 * the person the notes name is the handle's: the bot names "Jillian Foley", as a user asks for
 * her. A handle no name of the notes fits ("@dhh" over "DHH did the opening keynote") stays.
 */
export function nameHandles(drafts: DraftTalk[]): void {
  for (const draft of drafts) {
    if (!draft.speakers.some((speaker) => speaker.name?.startsWith('@'))) continue;
    const text = draft.notes
      .slice(0, 3)
      .map((note) => note.prose)
      .join(' ');
    const names = [...text.matchAll(FULL_NAME)].map((found) => found[0]);
    if (names.length === 0) continue;
    for (const speaker of draft.speakers) {
      const handle = speaker.name?.startsWith('@') ? speaker.name : undefined;
      const name = handle && names.find((candidate) => fits(handle, candidate));
      if (name) speaker.name = name;
    }
  }
}

/** Two or three capitalised words, as a person is named in a sentence. */
const FULL_NAME = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}])/gu;

function fits(handle: string, name: string): boolean {
  if (!looksLikeName(name)) return false;
  const letters = fold(handle);
  const words = name.split(/\s+/).map(fold);
  const given = words[0] as string;
  const family = words.at(-1) as string;
  if (family.length < 3 || !letters.includes(family)) return false;
  const rest = letters.replace(family, '');
  return (
    rest === '' ||
    rest.startsWith(given.charAt(0)) ||
    given.startsWith(rest) ||
    rest.endsWith(given.charAt(0))
  );
}

function fold(text: string): string {
  return withoutAccents(text.toLowerCase()).replace(/[^a-z]/g, '');
}
