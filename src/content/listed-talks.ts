import type { Speaker } from '../model.ts';
import { speakersOf } from './front-matter-talk.ts';
import { cleanText } from './markdown-text.ts';
import type { DraftNote } from './summary.ts';
import { type DraftTalk, newDraft } from './talk-body.ts';

/**
 * Talks a page lists in its front matter, where its Markdown has none of them: a conference
 * site's schedule (`rows: - columns: - talk: { speaker, title }`, NLUUG's Hugo site) or a
 * session page's lightning talks (`[[params.lightningTalks]]` in TOML). Each is an entry of a
 * list with a title and a speaker; the time a row's other column gives (`time: 09:30`) is its
 * time. A `talks:` key is the talks' facts, read elsewhere; a lone map with a title and a speaker
 * is a page of one talk (`front-matter-talk.ts`).
 */
export interface ListedTalk {
  title: string;
  speakers: Speaker[];
  time?: string;
  keynote?: true;
  description?: string;
}

const SPEAKER_KEYS = ['speakers', 'speaker', 'presenters', 'presenter'];
const TIME = /^\d{1,2}[:.]\d{2}$/;
/** Enough for any schedule; a hostile front matter is not walked further. */
const MAX_VISITS = 20_000;
const MAX_DEPTH = 12;

export function listedTalks(meta: Record<string, unknown>): ListedTalk[] {
  const found: ListedTalk[] = [];
  let visits = 0;
  const walk = (value: unknown, depth: number, inList: boolean, time?: string): void => {
    if (++visits > MAX_VISITS || depth > MAX_DEPTH || value === null) return;
    if (Array.isArray(value)) {
      let at = time;
      for (const item of value) {
        // `- column: { time: 09:30 }` before the row's talks: their time.
        const own =
          item && typeof item === 'object' ? timeOf(item as Record<string, unknown>) : undefined;
        if (own) at = own;
        walk(item, depth + 1, true, at);
      }
      return;
    }
    if (typeof value !== 'object') return;
    const map = value as Record<string, unknown>;
    const talk = inList ? listedTalk(map, time) : undefined;
    if (talk) {
      found.push(talk);
      return;
    }
    for (const [key, child] of Object.entries(map)) {
      if (depth === 0 && (key === 'talks' || key === 'speakers' || key === 'speaker')) continue;
      walk(child, depth + 1, inList, timeOf(map) ?? time);
    }
  };
  walk(meta, 0, false);
  return found;
}

function timeOf(map: Record<string, unknown>): string | undefined {
  const value = map.time;
  return typeof value === 'string' && TIME.test(value.trim()) ? value.trim() : undefined;
}

function listedTalk(
  map: Record<string, unknown>,
  time: string | undefined,
): ListedTalk | undefined {
  const title = typeof map.title === 'string' ? cleanText(map.title).trim() : '';
  if (title === '' || title.length > 300) return undefined;
  const speakers = SPEAKER_KEYS.flatMap((key) => speakersOf(map[key]));
  if (speakers.length === 0) return undefined;
  const talk: ListedTalk = { title, speakers };
  const own = timeOf(map) ?? time;
  if (own) talk.time = own;
  if (map.keynote === true) talk.keynote = true;
  if (typeof map.description === 'string' && map.description.trim() !== '')
    talk.description = cleanText(map.description.slice(0, 2000)).trim();
  return talk;
}

/**
 * The listed talks as drafts, at the line of the front matter that gives each title. Talks the
 * Markdown has under the same title keep their notes; other headings of the page (how to
 * propose a talk, the programme's intro) are the page's text, not talks.
 */
export function listedDrafts(
  listed: ListedTalk[],
  drafts: DraftTalk[],
  frontMatter: string,
  firstLine: number,
): DraftTalk[] {
  const lines = frontMatter.split('\n');
  const result: DraftTalk[] = [];
  for (const talk of listed) {
    const same = drafts.find((draft) => draft.title.toLowerCase() === talk.title.toLowerCase());
    const at = lines.findIndex((line) => line.includes(talk.title));
    const draft = same ?? newDraft(talk.title, at >= 0 ? firstLine + at : firstLine, {});
    for (const speaker of talk.speakers)
      if (!draft.speakers.some((known) => known.name === speaker.name))
        draft.speakers.push(speaker);
    if (talk.time) draft.time ??= talk.time;
    if (talk.keynote) draft.kind ??= 'Keynote';
    if (talk.description && draft.notes.length === 0) {
      const note: DraftNote = { text: talk.description, prose: talk.description, children: [] };
      draft.notes.push(note);
    }
    result.push(draft);
  }
  // A heading with its own speaker is a talk of the page all the same.
  for (const draft of drafts)
    if (!result.includes(draft) && draft.speakers.length > 0) result.push(draft);
  return result.sort((a, b) => a.line - b.line);
}
