import { basename, dirname } from 'node:path';
import type { Library, Talk } from '../model.ts';
import { joinEvents } from './join-events.ts';
import type { ContentFile } from './load-content.ts';
import { comparable } from './same-talk.ts';
import { absorb } from './twin-talks.ts';

/** Hugo's `_index.md`, a site's `index.md`: the page of a section, over the section's pages. */
const SECTION_INDEX = /^_?index\.(?:md|markdown)$/i;

/**
 * A site's section of a conference: `_index.md` lists its talks ("- [Title - Speaker](./page.md)")
 * and a page per talk sits beside it, each under its own title. A page that is a talk the index
 * lists is that talk, of the index's event (not one of its own, named after the page): the
 * index's talk, in its place, with the page's links, notes and facts. Returns whether any talk
 * was merged (the index counted before must then be counted again).
 */
export function joinIndexPages(library: Library, files: ContentFile[]): boolean {
  let merged = false;
  for (const index of files) {
    if (!SECTION_INDEX.test(basename(index.file))) continue;
    const own = library.events.find((event) => event.id === index.event);
    const titles = new Set(
      library.talks.filter((talk) => talk.event === index.event).map((t) => comparable(t.title)),
    );
    if (!own || titles.size === 0) continue;
    const folder = dirname(index.file);
    const beside = new Set(
      files
        .filter((file) => file.event !== index.event && dirname(file.file) === folder)
        .map((file) => file.event),
    );
    const listed = library.events.filter(
      (event) =>
        beside.has(event.id) &&
        library.talks.some((t) => t.event === event.id && titles.has(comparable(t.title))),
    );
    if (listed.length === 0) continue;
    // The index's talk of each page takes the page's links, notes and facts; the page's goes.
    const byTitle = new Map(
      library.talks.filter((t) => t.event === own.id).map((t) => [comparable(t.title), t]),
    );
    const pages = new Set(listed.map((event) => event.id));
    const dropped = new Set<Talk>();
    for (const talk of library.talks) {
      const kept = pages.has(talk.event) ? byTitle.get(comparable(talk.title)) : undefined;
      if (!kept) continue;
      absorb(kept, talk);
      dropped.add(talk);
    }
    library.talks = library.talks.filter((talk) => !dropped.has(talk));
    joinEvents(library, files, [own, ...listed], own.name);
    merged ||= dropped.size > 0;
  }
  return merged;
}
