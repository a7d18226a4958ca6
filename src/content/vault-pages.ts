import { basename, dirname, extname } from 'node:path';
import { isError } from '../model.ts';
import type { LoadedContent } from './load-content.ts';

/**
 * An Obsidian (or Logseq, Foam) vault keeps pages beside the notes of talks that are none: daily
 * notes (`Daily/2025-05-22.md`, `journals/2025_05_22.md`), maps of content (`Conferences MOC.md`,
 * `Dashboard.md`) and people's pages (`People/Scott Wlaschin.md`). Where such a page has
 * no talk and other files of the folder have talks, its warnings ("no talks found", "skipped as not
 * a talk") would send the author looking for talks it never had: they give way to one warning for
 * all those pages, and their events (of no talk) go.
 */
export function quietVaultPages(content: LoadedContent): void {
  if (content.library.talks.length === 0) return;
  const quiet = new Set<string>();
  const events = new Set<string>();
  for (const file of content.files) {
    if (file.talks > 0 || !isVaultPage(file.file)) continue;
    quiet.add(file.file);
    events.add(file.event);
  }
  if (quiet.size === 0) return;
  const first = [...quiet][0] as string;
  content.problems = content.problems.filter(
    (problem) => !quiet.has(problem.file) || isError(problem),
  );
  const withTalks = new Set(content.library.talks.map((talk) => talk.event));
  content.library.events = content.library.events.filter(
    (event) => !events.has(event.id) || withTalks.has(event.id),
  );
  content.problems.push({
    file: first,
    line: 1,
    message: `${quiet.size === 1 ? 'a page' : `${quiet.size} pages`} of the vault (daily notes, maps of content, people's pages${quiet.size === 1 ? '' : `: "${basename(first)}" and others`}) ${quiet.size === 1 ? 'is' : 'are'} not read as notes of talks`,
    severity: 'warning',
  });
}

/** `2025-05-22`, `2025_05_22` (Logseq), `2025-05-22 Thursday`: a daily note's name. */
const DAILY_NAME = /^\d{4}[-_.]\d{2}[-_.]\d{2}(?:\s+\p{L}{2,9})?$/u;
/**
 * `Conferences MOC`, `Dashboard`, `Talks hub`: a map of a vault's pages (a site's `index.md` and
 * `Home.md` are quiet already: see `quietSitePages`).
 */
const MAP_NAME =
  /(?:^|[\s_-])(?:MOC|map of content|dashboard|hub|overview|inbox|start here)$|^(?:MOC|dashboard|hub|inbox)(?:[\s_-]|$)/iu;
/** The folders a vault keeps such pages in. */
const DAILY_FOLDER =
  /^(?:daily(?:[ _-]?notes)?|journals?|diary|dailies|calendar|periodic(?: notes)?)$/i;
const PEOPLE_FOLDER = /^(?:people|persons|contacts|humans|speakers|folks|personen|personnes)$/i;
const TEMPLATE_FOLDER = /^(?:templates?|_templates|meta|attachments?|assets)$/i;

export function isVaultPage(file: string): boolean {
  const name = basename(file, extname(file));
  const folder = basename(dirname(file));
  return (
    DAILY_NAME.test(name) ||
    MAP_NAME.test(name) ||
    DAILY_FOLDER.test(folder) ||
    PEOPLE_FOLDER.test(folder) ||
    TEMPLATE_FOLDER.test(folder)
  );
}
