import { basename, relative, resolve } from 'node:path';
import type { Talk } from '../model.ts';
import type { LoadedContent } from './load-content.ts';

/**
 * A wiki, a blog or a notes repository keeps pages that are no conference's notes beside those
 * that are: an on-call page (`## Rotation`, `## Escalation`), a hiring post (`## The role`,
 * `## Benefits`). Their headings read as talks of no speaker, and would be answered as talks.
 * Where the folder holds notes of conferences, a page whose title, name and path name no
 * conference and none of whose "talks" has a speaker, slides, a video or a time is such a page:
 * its talks are left out, and `qcon check` says why. A file with no title (`kafka.md` of
 * `## Exactly once`) and a folder of that one page alone are read as before.
 */

/** A conference's word anywhere in a name or a path ("DevConf", "Conferences/", "talks/"), or a year. */
const CONFERENCE_MARK =
  /(?:con|conf|summit|days|fest|camp|meetup|symposium|forum|expo|loop)s?\b|\bconf|\b(?:devoxx|jfokus|fosdem|talks?|sessions?|keynotes?)\b|(?<!\d)(?:19|20)\d\d(?!\d)/iu;

/** A date written first in a blog's file name (`2024-10-01-hiring.md`): when posted, no year of an event. */
const POSTED_ON = /(?:^|\/)\d{4}-\d{2}-\d{2}[-_ ]/g;

/** Whether a talk has anything a talk has and a page's section does not (a post's date is the post's). */
function hasTalkEvidence(talk: Talk): boolean {
  return (
    talk.speakers.length > 0 ||
    talk.links.some((link) => link.kind === 'slides' || link.kind === 'video') ||
    talk.time !== undefined
  );
}

/** Whether a title names a conference or a year ("DevConf 2031 recap", "Notes from RustFest"). */
export function titleNamesConference(title: string): boolean {
  return CONFERENCE_MARK.test(title);
}

function namesConference(name: string, path: string): boolean {
  return CONFERENCE_MARK.test(name) || CONFERENCE_MARK.test(path.replace(POSTED_ON, '/'));
}

/**
 * Leaves out the talks of pages that are no conference's notes (see above), with a warning for
 * each, and their events. Returns whether any talk was left out (the index must be built again).
 */
export function leaveOutOffTopicPages(
  dir: string,
  { library, files, problems }: LoadedContent,
  titled: Set<string>,
): boolean {
  const byEvent = new Map<string, Talk[]>();
  for (const talk of library.talks) {
    const list = byEvent.get(talk.event);
    if (list) list.push(talk);
    else byEvent.set(talk.event, [talk]);
  }
  const fileOf = new Map<string, string[]>();
  for (const file of files) {
    const list = fileOf.get(file.event);
    if (list) list.push(file.file);
    else fileOf.set(file.event, [file.file]);
  }
  const offTopic = new Set<string>();
  let onTopic = false;
  for (const event of library.events) {
    const talks = byEvent.get(event.id) ?? [];
    if (talks.length === 0) continue;
    const [file = '', ...others] = fileOf.get(event.id) ?? [];
    const path = relative(resolve(dir), resolve(file)).split('\\').join('/');
    if (namesConference(event.name, path) || talks.some(hasTalkEvidence)) onTopic = true;
    else if (titled.has(event.id) && others.length === 0) offTopic.add(event.id);
  }
  if (!onTopic || offTopic.size === 0) return false;
  library.talks = library.talks.filter((talk) => !offTopic.has(talk.event));
  library.events = library.events.filter((event) => !offTopic.has(event.id));
  for (const file of files) {
    if (!offTopic.has(file.event)) continue;
    file.talks = 0;
    problems.push({
      file: file.file,
      line: 1,
      message: `not read as notes: "${basename(file.file)}" names no conference and none of its sections has a speaker, slides, a video or a time (name the conference in its title to have it read)`,
      severity: 'warning',
    });
  }
  return true;
}

/**
 * A site's own pages, kept beside its posts: the home and section pages (`index.md`, Hugo's
 * `_index.md`, a wiki's `Home.md`, GitBook's `SUMMARY.md`, docsify's `_sidebar.md`), `about`,
 * `404`, `tags`, `archive`, `search`.
 */
const SITE_PAGE =
  /^(?:_?index|home|about(?:-me)?|404|tags|categories|archives?|search|summary|_?sidebar|_?navbar|_?footer)\.[^.]+$/i;

/**
 * Where other files have talks, a site's own page without talks is what it should be: the
 * "no talks found" warning would send the author looking for talks it never had.
 */
export function quietSitePages(content: LoadedContent): void {
  if (content.library.talks.length === 0) return;
  content.problems = content.problems.filter(
    (problem) => !(problem.message.startsWith(NO_TALKS) && SITE_PAGE.test(basename(problem.file))),
  );
}

/** How the warning about a file without talks begins (`assembleContent`). */
export const NO_TALKS = 'no talks found';
