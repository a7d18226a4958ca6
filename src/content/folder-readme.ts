import type { Library } from '../model.ts';
import { WEEKDAY_FOLDER } from './day-date.ts';
import { conferenceName } from './event-name.ts';
import { type FileEvent, joinEvents } from './join-events.ts';
import { parseMarkdown } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { nameCased } from './name-case.ts';
import { openingPlace } from './opening-place.ts';

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
  const said = readmeConference(readme);
  if (!said) return;
  const { conference, place } = said;
  const talks = new Map<string, number>();
  for (const talk of library.talks) talks.set(talk.event, (talks.get(talk.event) ?? 0) + 1);
  const named = library.events.filter(
    (event) => folder.has(event.id) && event.name === event.id && talks.get(event.id) === 1,
  );
  joinEvents(library, files, named, conference, place);
}

/**
 * The conference of a year the README's first `#` heading names, if any; with no heading, its
 * first line where that says it is notes of one ("Notes from sessions at the 2014 Northeast PHP
 * Conference"), not any sentence with a year in it.
 */
function readmeConference(readme: string): { conference: string; place?: string } | undefined {
  const { nodes } = parseMarkdown(readme.slice(0, 4000));
  // "My notes from GopherSea 2023 in Lisbon": where it was, as a post's opening says it.
  const place = openingPlace(nodes.filter((node) => node.type !== 'heading'));
  const heading = nodes.find((node) => node.type === 'heading' && node.depth === 1);
  const line = heading
    ? undefined
    : nodes[0]?.type === 'paragraph'
      ? plainText(nodes[0]).split('\n')[0]?.trim()
      : undefined;
  const said = line && conferenceName(line);
  const conference = heading
    ? conferenceName(unslugged(plainText(heading).trim()))
    : said && said !== line && said.length <= 60 && NOTES_LINE.test(line)
      ? said
      : undefined;
  if (!conference || !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(conference)) return undefined;
  return place ? { conference, place } : { conference };
}

/** `# kubecon-2019-notes` (a repository's name as its title): `KubeCon 2019 notes`. */
function unslugged(title: string): string {
  return /^[\p{L}\d.]+(?:[-_][\p{L}\d.]+)+$/u.test(title)
    ? nameCased(title.replace(/[-_]+/g, ' '))
    : title;
}

/** "Notes from …", "My notes on the talks at …", "Summary of …": a line that says what the notes are. */
const NOTES_LINE =
  /^(?:(?:my|our|some)\s+)?(?:notes|summary|recap|takeaways|highlights)\s+(?:from|of|on|at)\s/i;

/**
 * Whether a README speaks for the files of a folder: its own, and a folder of a date, a year or
 * a day right under it (`2012-04-24/`, `day-2/`), which names no conference of its own.
 */
export function readmeCovers(readmeFolder: string, fileFolder: string): boolean {
  if (fileFolder === readmeFolder) return true;
  const prefix = readmeFolder === '' ? '' : `${readmeFolder}/`;
  if (!fileFolder.startsWith(prefix)) return false;
  const below = fileFolder.slice(prefix.length);
  return DATED_FOLDER.test(below) || TALKS_FOLDER.test(below);
}

/**
 * `sessions/`, `talks/`, `Vorträge/`, `palestras/`, `доклады/`, `세션/`: a folder of a file per talk
 * right under the README, which names no conference of its own.
 */
export const TALKS_FOLDER =
  /^(?:talks?|sessions?|presentations?|workshops?|lectures?|keynotes?|notes|vortr(?:ä|ae|a)ge|vortrag|sessões|sessoes|palestras|charlas|ponencias|sesiones|conf[ée]rences|interventi|доклады|выступления|лекции|セッション|講演|세션|발표|강연|演讲|议题|講演メモ)$/iu;

const DATED_FOLDER = new RegExp(
  `^(?:(?:19|20)\\d\\d(?:[-_]\\d\\d(?:[-_]\\d\\d)?)?|day[-_ ]?\\d{1,2}|${WEEKDAY_FOLDER})$`,
  'i',
);
