import type { Library } from '../model.ts';
import { DAY_WORD, WEEKDAY_FOLDER } from './day-date.ts';
import { conferenceName } from './event-name.ts';
import { TALKS_FOLDER } from './folder-readme.ts';
import { nameCased } from './name-case.ts';
import { ownName, withoutPageId } from './notes-names.ts';

/** What a notes file is, for `nameByFiles`. */
interface FolderFile {
  /** Its path in the content folder. */
  path: string;
  /** Its folder, relative to the content folder (`''`: the content folder itself). */
  folder?: string;
  event?: string;
}

/** Folders that hold notes without naming a conference: a blog's, a repository's. */
const GENERIC = new Set(
  'notes talks talk conferences conference confs events event archive archives posts _posts drafts _drafts blog content docs misc other others old new inbox'.split(
    ' ',
  ),
);

/**
 * `kubecon-eu-2024/day-1.md` under `# Day 1`, `strangeloop/notes.md` with no title: a file
 * whose own words name no conference (its event is still called by its id), named as a part of
 * the notes (`day-1`, `notes`) or in a folder of a year (`kubecon-eu-2024/hallway.md`,
 * `2019/strangeloop/zig.md`), is about the conference its folder is named after (`KubeCon EU
 * 2024`, cased by `nameCased`). Its files then answer as one conference. A folder of a year only (`2019/`) or of no conference (`notes/`, Jekyll's
 * `_posts/`) names none, and the event keeps its id. A file whose name ends with a day or a
 * part (`kubecon-2024-day1.md`) is about the conference the rest of its name says (`KubeCon 2024`).
 */
export function nameByFiles(
  library: Library,
  files: readonly FolderFile[],
  /** The content folder's own name: it names the conference when it has a year (`kubecon-2019`). */
  root?: string,
): void {
  // Run in the conference's folder itself (`--content kubecon-2019`), its name is the parent of
  // its folders of days and of its own files, as it would be one level up.
  const top = root && YEAR.test(root) ? withoutPageId(root) : undefined;
  const byEvent = new Map<string, FolderFile>();
  for (const file of files) if (file.event) byEvent.set(file.event, file);
  for (const event of library.events) {
    const file = byEvent.get(event.id);
    if (!file || event.name !== event.id) continue;
    const own = ownName(file.path);
    // "kubecon-2024-day1.md", "kubecon-2024-day2.md": the conference of each day's file.
    const part = PART_OF.exec(own);
    if (part && part.index > 0) {
      event.name = nameCased(spaced(own.slice(0, part.index)));
      continue;
    }
    const folder = top && file.folder ? `${top}/${file.folder}` : top || file.folder;
    const name = folder ? folderConference(folder) : undefined;
    // "day-1.md", "notes.md" in "kubecon-eu-2024/": the folder says which conference; a file
    // named for one of its own ("Archive/Old Talks/DevConf.md") keeps its name.
    if (name && (GENERIC_FILE.test(own) || (YEAR.test(name) && !YEAR.test(own)))) {
      event.name = nameCased(name);
      continue;
    }
    // "alice/kubecon-eu-2024.md" with no title: the conference its name says with a year,
    // its words cased (`KubeCon EU 2024`), so Bob's file of it is the same conference.
    // "2024-05-16-devconf-2024-recap.md", "2019-05-devoxx-2019.md": a post's date before the name
    // (a year and month too) is no conference's year ("2019-05-devoxx-notes.md" names none).
    const written = spaced(withoutPageId(own).replace(DATE_FIRST, ''));
    // "GOTO Copenhagen 2023 notes.md", "2024-05-16-devconf-2024-recap.md": what the file is goes.
    const bare = conferenceName(written);
    const said = YEAR.test(bare) && /\p{L}{2}/u.test(bare) ? bare : written;
    if (YEAR.test(said) && /\p{L}{2}/u.test(said) && !GENERIC_FILE.test(said))
      event.name = nameCased(said);
  }
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** `2019-05-`, `2024-05-16-`, `2019_05_`: a post's date before its name. */
const DATE_FIRST =
  /^(?:19|20)\d\d[-_](?:0[1-9]|1[0-2])(?:[-_](?:0[1-9]|[12]\d|3[01]))?[-_ ]+(?=\p{L})/u;
/** A number of one or two digits before a folder's name, that orders the folders: `03-`. */
const ORDER = /^\d{1,2}[-_. ]+(?=\p{L})/u;
/** A file's name that says which part of the notes it is, not which conference. */
const GENERIC_FILE = new RegExp(
  `^(?:(?:${DAY_WORD}|part|track)[-_ ]?\\d{1,2}|notes?|index|summary|recap|talks|misc|hallway|\\d{4}-\\d{2}-\\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`,
  'iu',
);

/** A file name's end that says which day or part of the notes it holds: `-day1`, `_day_2`, `-part-3`. */
const PART_OF = new RegExp(`[-_ ]+(?:${DAY_WORD}|part)[-_ ]?\\d{1,2}$`, 'iu');

/** A file's or folder's name as words: `kubecon-eu_2024` → `kubecon eu 2024`. */
function spaced(name: string): string {
  return name
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `strangeloop-2019`; `2019/strangeloop` (a folder of a year over one of a conference) too. */
function folderConference(folder: string): string | undefined {
  // "03-kubecon-2019/": a number that orders the folders is no word of the conference's name.
  const parts = folder.split('/').map((part) => withoutPageId(part).replace(ORDER, ''));
  const last = parts.pop() ?? '';
  // "yow/2018/", "fluent-2014/3-12-14/", "kubecon-2024/day-1/": a year, a date or a day of the
  // conference its parent folder names ("yow 2018", "fluent 2014").
  // "devconf-2025/talks/": a folder of a file per talk is of the conference its parent names.
  if (parts.length > 0 && TALKS_FOLDER.test(last)) return folderConference(parts.join('/'));
  if (parts.length > 0 && WITHIN.test(last)) {
    const parent = folderConference(parts.join('/'));
    return parent && /^(?:19|20)\d\d$/.test(last) && !YEAR.test(parent)
      ? `${parent} ${last}`
      : parent;
  }
  // "pydata2017-SEA-talk-notes": the year glued to the name is a word of its own, and what the
  // folder holds ("talk notes") no word of the conference's name.
  const name = spaced(last)
    .replace(/(?<=\p{Ll})(?=(?:19|20)\d\d(?!\d))/u, ' ')
    .replace(/(?<=\S)\s+(?:(?:talks?|sessions?)\s+)?notes$/i, '');
  if (!/\p{L}/u.test(name) || GENERIC.has(last.toLowerCase()) || !namesOne(name)) return undefined;
  if (YEAR.test(name)) return name;
  const year = parts.findLast((part) => /^(?:19|20)\d\d$/.test(part));
  return year ? `${name} ${year}` : name;
}

/**
 * Whether a folder's name has a word besides a year and words any notes' folder has
 * (`notes-2024`, `my-conference-notes-2019` name no conference; `kubecon-2019-notes` does).
 */
function namesOne(name: string): boolean {
  return name
    .toLowerCase()
    .split(' ')
    .some((word) => /\p{L}/u.test(word) && !GENERIC.has(word) && !OWNER.has(word));
}

const OWNER = new Set(
  'my our mine the of from and summary summaries recap recaps takeaways'.split(' '),
);

/**
 * A folder of a year, a date or a day only: `2018`, `2012-04-24`, `3-12-14`, `day-1`, `Day 2`,
 * `Tuesday`.
 */
const WITHIN = new RegExp(
  `^(?:(?:19|20)\\d\\d|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}-\\d{1,2}-\\d{2,4}|(?:${DAY_WORD})[-_ ]?\\d{1,2}|${WEEKDAY_FOLDER})$`,
  'iu',
);
