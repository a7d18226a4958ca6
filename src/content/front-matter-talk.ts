import type { ContentProblem, Link, Speaker } from '../model.ts';
import { hostKind, LINK_TEXT } from './classify-link.ts';
import { fileTitle } from './file-title.ts';
import type { MdNode } from './markdown.ts';
import { cleanText } from './markdown-text.ts';
import type { Section } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { type DraftTalk, draftTalk, type TalkContext } from './talk-body.ts';
import { roomCell } from './talk-room.ts';

/**
 * A file whose front matter describes one talk, as a site's collection of talks has it (Jekyll,
 * Hugo, Astro): `title`, `speaker` or `speakers`, `company`, `video`, `slides`, with the notes
 * below and no talk heading. Keys that are not a talk's (a blog's `video: true`) are ignored.
 */
export interface MetaTalk {
  title: string;
  speakers: Speaker[];
  links: Link[];
  date?: string;
  /** `starts = …T17:00:00`, `ends = …T17:45:00`: "17:00-17:45". */
  time?: string;
  /** `room: Hall C`, `location: Room 2`: where it was given. */
  room?: string;
  /** `conference: KubeCon EU 2025`: the event's name, when `event` does not give it. */
  event?: string;
}

const SPEAKER_KEYS = [
  'speakers',
  'speaker',
  'presenters',
  'presenter',
  'presented_by',
  'author_of_talk',
];
const COMPANY_KEYS = ['company', 'organization', 'organisation', 'affiliation'];
/** `starts = 2025-10-04T17:00:00` (a Hugo session page): when the talk began, not the page's date. */
const START_KEYS = ['starts', 'start', 'start_time', 'starttime'];
const END_KEYS = ['ends', 'end', 'end_time', 'endtime'];
/**
 * Every key a talk's front matter is read by: what a TOML front matter or page properties keep
 * (`simple-meta.ts`).
 */
export const TALK_KEYS = (): string[] => [
  'title',
  'author',
  'date',
  'conference',
  'type',
  'layout',
  'room',
  'rooms',
  ...START_KEYS,
  ...END_KEYS,
  ...SPEAKER_KEYS,
  ...COMPANY_KEYS,
  ...LINK_KEYS.map(([key]) => key),
];

const LINK_KEYS: [string, Link['kind']][] = [
  ['video', 'video'],
  ['recording', 'video'],
  ['video_url', 'video'],
  ['youtube', 'video'],
  ['youtube_url', 'video'],
  ['slides', 'slides'],
  ['slides_url', 'slides'],
  ['deck', 'slides'],
  ['talk_url', 'description'],
  ['session_url', 'description'],
  ['abstract_url', 'description'],
];

/**
 * The front matter with the talk's title where it gives none: a note-taking app's file of one
 * talk (Obsidian, Logseq) has `speaker:` above and the title as its only `#` heading, or as its
 * file's name (`fileTitle`).
 */
export function titledMeta(
  meta: Record<string, unknown>,
  heading: string | undefined,
  file: string,
): Record<string, unknown> {
  if (typeof meta.title === 'string' && meta.title.trim() !== '') return meta;
  const title = heading ?? fileTitle(file);
  return title ? { ...meta, title } : meta;
}

export function metaTalk(meta: Record<string, unknown>): MetaTalk | undefined {
  const title = typeof meta.title === 'string' ? meta.title.trim() : '';
  if (title === '') return undefined;
  const company = COMPANY_KEYS.map((key) => meta[key]).find((v) => typeof v === 'string');
  const speakers = SPEAKER_KEYS.flatMap((key) => speakersOf(meta[key])).map((speaker) =>
    typeof company === 'string' && !speaker.company ? { ...speaker, company } : speaker,
  );
  const links: Link[] = [];
  for (const [key, kind] of LINK_KEYS) {
    const url = linkOf(meta[key], key);
    // An address on a video host is a video whatever the key called it.
    const is = url ? (hostKind(url) ?? kind) : kind;
    if (url && !links.some((link) => link.url === url))
      links.push({ kind: is, url, text: LINK_TEXT[is] });
  }
  // A title alone, or a blog's featured video, is no talk: a speaker or slides say one is, and
  // so does a page that calls itself a talk (`layout: talk`) or gives its event and abstract.
  const declared = /^(?:talks?|presentations?|sessions?)$/i.test(
    String(meta.type ?? meta.layout ?? ''),
  );
  const paper =
    typeof meta.abstract === 'string' && ['event', 'conference'].some((key) => meta[key]);
  if (speakers.length === 0 && !links.some((link) => link.kind === 'slides') && !declared && !paper)
    return undefined;
  const talk: MetaTalk = { title, speakers, links };
  const start = startOf(meta);
  const date = meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : meta.date;
  if (start) {
    talk.date = start.date;
    if (start.time) talk.time = start.time;
  } else if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date))
    talk.date = date.slice(0, 10);
  const room = ['room', 'location', 'where', 'rooms']
    .map((key) => (Array.isArray(meta[key]) ? (meta[key] as unknown[])[0] : meta[key]))
    .find((value): value is string => typeof value === 'string');
  const named = room === undefined ? undefined : roomCell('room', room);
  if (named) talk.room = named;
  for (const key of ['conference', 'event']) {
    const value = meta[key];
    if (typeof value === 'string' && value.trim() !== '') {
      talk.event = value.trim();
      break;
    }
  }
  return talk;
}

/** A talk's start (and end) as its page's keys give them: the day, and the hours when given. */
function startOf(meta: Record<string, unknown>): { date: string; time?: string } | undefined {
  const at = (keys: string[]) => {
    const value = keys
      .map((key) => meta[key])
      .find((v) => typeof v === 'string' || v instanceof Date);
    const text = value instanceof Date ? value.toISOString() : (value as string | undefined);
    return text === undefined
      ? undefined
      : /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(text.trim());
  };
  const start = at(START_KEYS);
  if (!start) return undefined;
  const end = at(END_KEYS);
  const from = start[2];
  if (!from) return { date: start[1] as string };
  const to = end?.[1] === start[1] ? end?.[2] : undefined;
  return { date: start[1] as string, time: to ? `${from}-${to}` : from };
}

/**
 * `speakers = ["massimo-artizzu"]`: a site's speaker pages are named by slug, the person's name
 * in lower case with dashes ("nicola-di-martino" is Nicola Di Martino).
 */
const SLUG = /^\p{Ll}+(?:[-_]\p{Ll}+){1,4}$/u;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'af', 'bin']);

function unslugged(text: string): string {
  if (!SLUG.test(text)) return text;
  return text
    .split(/[-_]/)
    .map((word, index) =>
      index > 0 && PARTICLES.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/** "Jane Doe (Acme)", "Jane Doe and John Roe", a list of those, or `{ name, company }` each. */
export function speakersOf(value: unknown): Speaker[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  return list.flatMap((entry): Speaker[] => {
    if (typeof entry === 'string') {
      // `speaker: "[[Greta Holm]]"`: an Obsidian link to the person's page is their name.
      const text = unslugged(cleanText(entry.slice(0, 400)).slice(0, 200));
      if (text === '') return [];
      return parseSpeakerText(text) ?? [{ name: text }];
    }
    if (entry && typeof entry === 'object') {
      const { name, company } = entry as { name?: unknown; company?: unknown };
      if (typeof name !== 'string' || name.trim() === '') return [];
      return [
        typeof company === 'string' && company.trim() !== ''
          ? { name: name.trim(), company: company.trim() }
          : { name: name.trim() },
      ];
    }
    return [];
  });
}

/** A key's address: a URL, or a YouTube id under `youtube`. */
function linkOf(value: unknown, key: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  if (key === 'youtube' && /^[\w-]{6,20}$/.test(text))
    return `https://www.youtube.com/watch?v=${text}`;
  return undefined;
}

/**
 * The one talk of such a file: the notes under no heading, then each section, as a talk's
 * sub-sections. What the front matter says comes first; what the notes say adds to it.
 */
export function draftMetaTalk(
  talk: MetaTalk,
  nodes: { preamble: MdNode[]; sections: Section[] },
  line: number,
  context: TalkContext,
  file: string,
  problems: ContentProblem[],
): DraftTalk {
  const heading: MdNode = { type: 'heading', line, depth: 1, children: [] };
  const section: Section = {
    heading,
    title: talk.title,
    ids: [],
    depth: 1,
    line,
    body: nodes.preamble,
    children: nodes.sections,
    // The title is the author's, whole: no speaker is read out of it.
    parts: { title: talk.title, speakers: [] },
  };
  const draft = draftTalk(section, context, file, problems, {
    dashSpeakers: false,
    skip: () => false,
  });
  draft.speakers.unshift(
    ...talk.speakers.filter((s) => !draft.speakers.some((d) => d.name === s.name)),
  );
  draft.links.unshift(
    ...talk.links.filter((link) => !draft.links.some((known) => known.url === link.url)),
  );
  if (talk.date) draft.date ??= talk.date;
  if (talk.time) draft.time ??= talk.time;
  if (talk.room) draft.room ??= talk.room;
  return draft;
}
