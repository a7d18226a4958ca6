import type { Library } from '../model.ts';
import { conferenceName } from './event-name.ts';

/** `README.md`, `readme.markdown`: the file that introduces a folder of notes. */
export const isReadme = (name: string): boolean => /^readme\.(?:md|markdown)$/i.test(name);

/**
 * A repository of notes with a file per talk, whose README names the conference (`# Notes from
 * JavaZone 2025` over links to `virtual-threads.md`, `valhalla.md`): each such file's event is
 * that conference. Only a file of one talk whose own words named no event (its event is still
 * called by its file's name) is named so, and only by a README whose title names a conference
 * of a year (`# Writing notes for qcon-bot` names none).
 */
export function nameByReadme(library: Library, readme: string): void {
  const title = /^#[ \t]+(.+?)[ \t#]*$/m.exec(readme.slice(0, 4000))?.[1];
  const conference = title ? conferenceName(title.replace(/[*_`]/g, '').trim()) : undefined;
  if (!conference || !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(conference)) return;
  const talks = new Map<string, number>();
  for (const talk of library.talks) talks.set(talk.event, (talks.get(talk.event) ?? 0) + 1);
  for (const event of library.events)
    if (event.name === event.id && talks.get(event.id) === 1) event.name = conference;
}
