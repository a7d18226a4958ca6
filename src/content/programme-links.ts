import type { MdNode } from './markdown.ts';

/**
 * "1. [The Games Developers Play](https://conf.example/program#session-706)": items that each
 * link a page of one conference site's programme are its talks, notes or not (a day's list where
 * some talks got a line and others none). Links to several sites, or to pages that are no
 * programme's (articles, repositories), stay a reading list.
 */
export function linksProgrammePages(leads: MdNode[]): boolean {
  if (leads.length < 2) return false;
  let host: string | undefined;
  for (const lead of leads) {
    const url = lead.type === 'link' ? (lead.url ?? '') : '';
    const match = PROGRAMME_PAGE.exec(url);
    if (!match) return false;
    const here = match[1]?.toLowerCase();
    if (host !== undefined && here !== host) return false;
    host = here;
  }
  return true;
}

/**
 * A site's page of the programme: `/program#session-706`, `/talks/loop-better`, `/schedule/…`,
 * `/2024/presentations/tompng.html` (RubyKaigi), `/timetable/…`, `/proposals/…`, a talk's page
 * by its id in other languages' words: `/konferenz/vortrag_details.php?id=427021`, `/charlas/…`.
 */
const PROGRAMME_PAGE =
  /^https?:\/\/(?:www\.)?([^/?#\s]+)\/(?:[^?#\s]*\/)?(?:program(?:me)?|schedule|agenda|sessions?|talks?|presentations?|timetable|proposals?|lectures?|vortr(?:ag|äge)|charlas?|ponencias?|palestras?)(?:[_-](?:details?|info|detail)(?:\.(?:php|html?|aspx?|jsp))?)?(?:[/#?]\S*[\w-]\S*)$/i;
