import type { Library, Talk } from '../model.ts';
import { echoing, type Plan } from './plan.ts';

/** Web addresses in a question, as typed. */
const URL = /\bhttps?:\/\/[^\s<>"'`]+|\b(?:www\.|youtu\.be\/)[^\s<>"'`]+/gi;

/**
 * An address as one key whatever way it was written: no scheme, no `www.`, no trailing slash or
 * punctuation, and a YouTube video by its id, however linked (`youtu.be/ID`,
 * `youtube.com/watch?v=ID`, `youtube-nocookie.com/embed/ID`, `…/shorts/ID`).
 */
export function linkKey(url: string): string {
  const bare = url
    .trim()
    .replace(/[).,;:!?\]]+$/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^(?:www\.|m\.)/i, '');
  const video =
    /^youtu\.be\/([\w-]{6,})/i.exec(bare) ??
    /^youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/|v\/)([\w-]{6,})/i.exec(
      bare,
    );
  if (video) return `youtube:${video[1]}`;
  const [host = '', ...path] = bare.split('/');
  return `${host.toLowerCase()}/${path.join('/')}`.replace(/\/+$/, '');
}

const TABLES = new WeakMap<Library, Map<string, Talk[]>>();

/** Every link of every talk by its key: made once per library, on the first address asked. */
function table(library: Library): Map<string, Talk[]> {
  let links = TABLES.get(library);
  if (links) return links;
  links = new Map();
  for (const talk of library.talks) {
    for (const link of talk.links) {
      const key = linkKey(link.url);
      const talks = links.get(key) ?? [];
      if (!talks.includes(talk)) talks.push(talk);
      links.set(key, talks);
    }
  }
  TABLES.set(library, links);
  return links;
}

/**
 * "https://youtu.be/CrTf3xAmPl3", "which talk is https://…": a pasted address of one of the
 * notes' links is that link's talk, whatever else its words would find.
 */
export function byLink(
  text: string,
  event: string | undefined,
  library: Library,
): Plan | undefined {
  const urls = text.match(URL);
  if (!urls) return undefined;
  const links = table(library);
  const found = [...new Set(urls.flatMap((url) => links.get(linkKey(url)) ?? []))].filter(
    (talk) => !event || talk.event === event,
  );
  if (found.length === 0) return undefined;
  return {
    kind: 'talks',
    scope: echoing(text, event),
    total: found.length,
    talks: (end) => found.slice(0, end),
  };
}
