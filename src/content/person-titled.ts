import { isGivenName } from './given-names.ts';
import { namedOnly } from './person-headings.ts';
import { looksLikeName } from './speaker-names.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * "### Heather Lind" over "Lind presented [Friends of the docs](…). Great talk.", "### Eugenio
 * Ricci" over what he showed: a post that heads each talk with its speaker's full name alone and
 * tells the talk in prose. Where two such talks at least name no speaker (a known given name, or
 * notes that open with the person's given or family name), the heading's person is
 * the speaker; the title is the one the prose says they presented (a link's words or a quoted
 * title right after "presented", "gave", "delivered"), else the heading stays the title.
 */
export function personTitledTalks(drafts: DraftTalk[]): void {
  const found: { draft: DraftTalk; name: string }[] = [];
  for (const draft of drafts) {
    // Cheap first: a short heading of two to four capitalised words, no speaker found.
    if (draft.speakers.length > 0 || draft.title.length > 50 || !FULL_NAME.test(draft.title))
      continue;
    const [person, ...more] = namedOnly(draft.title) ?? [];
    const name = person?.name;
    if (!name || more.length > 0 || person.company || name !== draft.title) continue;
    if (!looksLikeName(name) || !(isGivenName(name.split(' ')[0] ?? '') || toldOf(draft, name)))
      continue;
    found.push({ draft, name });
  }
  if (found.length < 2) return;
  for (const { draft, name } of found) {
    draft.speakers.push({ name });
    const told = toldTitle(draft, name);
    if (told) draft.title = told;
  }
}

/** "Wen presented…", "Zhao showed…": the notes open with the person's given or family name. */
function toldOf(draft: DraftTalk, name: string): boolean {
  const words = name.split(' ');
  // The first two notes: an image's words ("Img 2049") may stand before the prose.
  return draft.notes.slice(0, 2).some((note) => {
    const first = /^[\p{L}'’-]+/u.exec(note.text)?.[0];
    return first !== undefined && (first === words[0] || first === words.at(-1));
  });
}

const FULL_NAME =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*| (?:van|von|de|da|di|der|den|la|le)){1,3}$/u;

/** "Lind presented Title. …": the title a note opening with the person's name says they gave. */
function toldTitle(draft: DraftTalk, name: string): string | undefined {
  const words = name.split(' ');
  const who = new Set([name, words[0], words.at(-1), 'She', 'He', 'They']);
  for (const note of draft.notes.slice(0, 3)) {
    const said = TOLD.exec(note.text);
    if (!said?.[1] || !who.has(said[1])) continue;
    const rest = note.text.slice(said[0].length);
    const quoted = QUOTED.exec(rest)?.[1];
    if (quoted) return quoted.trim();
    const link = draft.links.find((l) => l.text && l.text.length >= 3 && rest.startsWith(l.text));
    if (link?.text) return link.text.trim();
  }
  return undefined;
}

const TOLD =
  /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}) (?:presented|gave|delivered|talked about|spoke about|spoke on)(?: (?:a|the|her|his|their) (?:talk|session|keynote|presentation)(?: (?:called|titled|named|on))?)?:? /u;
const QUOTED = /^["“«„]([^"”»“]{3,150})["”»“]/u;
