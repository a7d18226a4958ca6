import type { Library } from '../model.ts';
import { conferenceName } from './event-name.ts';
import { type FileEvent, joinEvents } from './join-events.ts';
import { parseMarkdown } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/** `README.md`, `readme.markdown`: the file that introduces a folder of notes. */
export const isReadme = (name: string): boolean => /^readme\.(?:md|markdown)$/i.test(name);

/**
 * A repository of notes with a file per talk, whose README names the conference (`# Notes from
 * JavaZone 2025` over links to `virtual-threads.md`, `valhalla.md`): the talks of such files are
 * one event, that conference (id `javazone-2025`, or the first file's where the notes have that
 * id already). Only a file of one talk whose own words named no event (its event is still called
 * by its file's name) is read so, and only by a README whose title names a conference of a year
 * (`# Writing notes for qcon-bot` names none). A talk id that two such files share gets `-2`.
 */
export function nameByReadme(
  library: Library,
  files: FileEvent[],
  readme: string,
  /** The events of the README's own folder's files: only those may be merged. */
  folder: ReadonlySet<string | undefined>,
): void {
  const conference = readmeConference(readme);
  if (!conference) return;
  const talks = new Map<string, number>();
  for (const talk of library.talks) talks.set(talk.event, (talks.get(talk.event) ?? 0) + 1);
  const named = library.events.filter(
    (event) => folder.has(event.id) && event.name === event.id && talks.get(event.id) === 1,
  );
  joinEvents(library, files, named, conference);
}

/** The conference of a year the README's first `#` heading names, if any. */
function readmeConference(readme: string): string | undefined {
  const heading = parseMarkdown(readme.slice(0, 4000)).nodes.find(
    (node) => node.type === 'heading' && node.depth === 1,
  );
  const conference = heading ? conferenceName(plainText(heading).trim()) : undefined;
  return conference && /(?<!\d)(?:19|20)\d\d(?!\d)/.test(conference) ? conference : undefined;
}
