import type { Speaker } from '../model.ts';
import { bioTalkTitle } from './bio-sections.ts';
import { comparable } from './same-talk.ts';
import { parseSpeakerText } from './speaker-names.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * An organiser's recap that introduces its speakers first (`### Amara Nwosu` over her bio and
 * `**Talk:** *The boring bank*`), then the talks under their titles: a bio that names a talk of
 * the post is no talk of its own; its person is that talk's speaker (with the company the bio's
 * opening says they work at: "Amara is a Principal Engineer at Kettlewell Bank"), unless the
 * talk names its own. `drafts` loses the bios it merged.
 */
export function mergeBios(drafts: DraftTalk[]): void {
  if (drafts.length < 2) return;
  let byTitle: Map<string, DraftTalk> | undefined;
  const merged = new Set<DraftTalk>();
  for (const bio of drafts) {
    if (bio.speakers.length > 0 || bio.links.length > 0) continue;
    const named = talkNamed(bio);
    if (!named) continue;
    byTitle ??= new Map(drafts.map((draft) => [comparable(draft.title), draft]));
    const talk = byTitle.get(comparable(named));
    if (!talk || talk === bio || merged.has(talk)) continue;
    const people = parseSpeakerText(bio.title);
    if (!people || people.some((person) => !person.name || person.company)) continue;
    merged.add(bio);
    if (talk.speakers.length > 0) continue;
    const company = workplace(bio);
    if (company) talk.company ??= company;
    talk.speakers.push(
      ...people.map((person): Speaker => (company ? { ...person, company } : person)),
    );
  }
  if (merged.size === 0) return;
  const kept = drafts.filter((draft) => !merged.has(draft));
  drafts.splice(0, drafts.length, ...kept);
}

/** `Talk: The boring bank (opening keynote)`, `Titel: …`: the talk a bio names. */
function talkNamed(bio: DraftTalk): string | undefined {
  for (const note of bio.notes) {
    if (!note.text.includes(':') && !note.text.includes('：')) continue;
    const title = bioTalkTitle(note.text);
    if (title) return title;
  }
  return undefined;
}

/**
 * "… is a Principal Engineer at Kettlewell Bank, where …" (also "… bei Elbwerk Logistics", "…
 * chez", "… presso", "… bij"): the company of a bio's opening.
 */
function workplace(bio: DraftTalk): string | undefined {
  const opening =
    bio.notes[0]?.text
      .split(/(?<=[.!?])\s+/)
      .slice(0, 2)
      .join(' ') ?? '';
  return AT_COMPANY.exec(opening)?.[1];
}

const AT_COMPANY =
  /\s(?:at|for|bei|chez|presso|bij)\s+(\p{Lu}[\p{L}'’&-]+(?:\s+\p{Lu}[\p{L}'’&-]+){0,3})(?=[\s,.;]|$)/u;
