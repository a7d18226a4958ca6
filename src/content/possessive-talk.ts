import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * "Oona Halvorsen's Keynote", "Dario Ferreiro’s talk on Sagas", "Matz's keynote about Ruby 4",
 * "Achim Bonte's Vortrag (Direktor der Bibliothek) über die Bibliothek der Zukunft" (a role or
 * company aside after the kind, which says nothing of the title): a
 * session named by its person's possessive and its kind. The person is the speaker; the title is
 * what the talk was on, else the kind itself ("Keynote"). One word is a person only where it is a
 * given name ("Google's keynote" is a company's). Case-exact: the name is capitalised ("the
 * team's talk" is nobody's), the kind's first letter either case.
 */
const POSSESSIVE =
  /^(\p{Lu}[\p{L}.-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}-]+){0,3})['’]s?\s+((?:[Oo]pening |[Cc]losing |[Ff]inal |[Ll]ightning |[Ss]hort )?(?:[Kk]eynote|[Tt]alk|[Ss]ession|[Pp]resentation|[Ww]orkshop|[Pp]anel|[Dd]emo|[Ll]ightning [Tt]alk|[Vv]ortrag|[Pp]räsentation|[Ll]ezing|[Pp]resentatie))(?:\s*\([^()]{2,100}\))?(?:\s+(?:on|about|über|zu[mr]?(?: [Tt]hema)?|over)\s+(\S.{1,100}?))?[.!]?$/u;

export function possessiveTalk(text: string): { title: string; speakers: Speaker[] } | undefined {
  if (text.length > 160 || !/['’]s?\s/.test(text)) return undefined;
  const found = POSSESSIVE.exec(text.trim());
  const name = found?.[1];
  const kind = found?.[2];
  if (!name || !kind) return undefined;
  const one = !/\s/.test(name);
  if (one ? !isGivenName(name) : !looksLikeName(name)) return undefined;
  // "über die Bibliothek der Zukunft": what it was on, as a title starts.
  const on = found[3] ?? kind;
  const title = on.charAt(0).toUpperCase() + on.slice(1);
  return { title, speakers: [{ name }] };
}
