import { basename, resolve } from 'node:path';
import type { Talk } from '../model.ts';
import { nameByFiles } from './folder-name.ts';
import { nameByReadme, readmeCovers } from './folder-readme.ts';
import { joinIndexPages } from './index-pages.ts';
import { joinConferences } from './join-events.ts';
import type { LoadedContent, LoadedFile } from './load-content.ts';
import { leaveOutOffTopicPages, quietSitePages } from './off-topic-pages.ts';
import { speakersByReadme } from './readme-speakers.ts';
import type { Scanned } from './scan-content.ts';
import { parseSynonymsFile } from './synonyms.ts';
import { mergeTwinTalks } from './twin-talks.ts';
import { quietVaultPages } from './vault-pages.ts';

/**
 * What only the whole folder tells, once every file is parsed: the READMEs and folders that name
 * the conferences, the pages that are no notes, the events and talks that are one, the synonyms.
 * True when talks were joined or left out, so the talks counted file by file are not the
 * library's any more.
 */
export function finishLibrary(
  scanned: Scanned,
  content: LoadedContent,
  results: LoadedFile[],
  /** The talks of each of `scanned.readmes`, parsed as notes. */
  readmeTalks: Talk[][],
): boolean {
  // The talks of each file's event, looked up per README (thousands of folders stay linear).
  const byEvent = new Map<string, Talk[]>();
  if (scanned.readmes.length > 0)
    for (const talk of content.library.talks) {
      const talks = byEvent.get(talk.event);
      if (talks) talks.push(talk);
      else byEvent.set(talk.event, [talk]);
    }
  for (const [i, readme] of scanned.readmes.entries()) {
    // A README speaks for the files of its own folder (their events, known before parsing).
    const events = new Set(
      scanned.files
        .filter((file) => readmeCovers(readme.folder, file.listed.folder ?? ''))
        .map((file) => file.listed.event),
    );
    const text = readme.text.toString('utf8');
    // Its rows of the talks give the files' talks the speakers they leave out.
    speakersByReadme(
      [...events].flatMap((event) => (event === undefined ? [] : (byEvent.get(event) ?? []))),
      readmeTalks[i] ?? [],
    );
    nameByReadme(content.library, content.files, text, events);
  }
  // A file whose words name no conference, in a folder named after one: that conference.
  nameByFiles(
    content.library,
    scanned.files.map((file) => file.listed),
    basename(resolve(scanned.dir)),
  );
  // Named now: a wiki's or a blog's pages that are no conference's notes are left out.
  const titled = new Set(results.flatMap((r) => (r.parsed?.titled ? [r.parsed.event.id] : [])));
  const offTopic = leaveOutOffTopicPages(scanned.dir, content, titled);
  quietSitePages(content);
  // A vault's daily notes, maps of content and people's pages: one warning for all of them.
  quietVaultPages(content);
  // A section's index of talks and the page of each beside it: one event.
  const paged = joinIndexPages(content.library, content.files);
  // Named now, the events of one conference show each talk two people wrote up once, and are one.
  const merged = mergeTwinTalks(content.library) || offTopic || paged;
  joinConferences(content.library, content.files);
  if (scanned.synonyms) {
    const { synonyms, problems } = parseSynonymsFile(
      scanned.synonyms.text.toString('utf8'),
      scanned.synonyms.key.display,
    );
    content.problems.push(...problems);
    if (Object.keys(synonyms).length > 0) content.library.synonyms = synonyms;
  }
  return merged;
}
