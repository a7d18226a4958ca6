import type { Library } from '../model.ts';

/** What a notes file in a sub-folder is, for `nameByFolder`. */
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
 * the notes (`day-1`, `notes`) or in a folder of a year (`kubecon-eu-2024/hallway.md`), is about
 * the conference its folder is named after, as written (`kubecon eu 2024`). Its files then answer as
 * one conference. A folder of a year only (`2019/`) or of no conference (`notes/`, Jekyll's
 * `_posts/`) names none, and the event keeps its id.
 */
export function nameByFolder(library: Library, files: readonly FolderFile[]): void {
  const folders = new Map<string, FolderFile>();
  for (const file of files) if (file.folder && file.event) folders.set(file.event, file);
  for (const event of library.events) {
    const file = folders.get(event.id);
    if (!file?.folder || event.name !== event.id) continue;
    const own = (file.path.split('/').pop() ?? '').replace(/\.[^.]*$/, '');
    const name = folderConference(file.folder);
    // "day-1.md", "notes.md" in "kubecon-eu-2024/": the folder says which conference; a file
    // named for one of its own ("Archive/Old Talks/DevConf.md") keeps its name.
    if (name && (GENERIC_FILE.test(own) || (YEAR.test(name) && !YEAR.test(own)))) event.name = name;
  }
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** A file's name that says which part of the notes it is, not which conference. */
const GENERIC_FILE =
  /^(?:(?:day|dag|tag|jour|d[ií]a|part|track)[-_ ]?\d{1,2}|notes?|index|summary|recap|talks|misc|hallway|\d{4}-\d{2}-\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

function folderConference(folder: string): string | undefined {
  const last = folder.split('/').pop() ?? '';
  const name = last
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}/u.test(name) || GENERIC.has(last.toLowerCase())) return undefined;
  return name;
}
