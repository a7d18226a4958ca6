import type { Speaker } from '../model.ts';
import { isCompanyLike, parseSpeakerText } from './speaker-names.ts';

/**
 * A link aggregator's entry, as a ranked list copies it (Hacker News, Lobsters): the linked title
 * then the site's name in parentheses (`[Title](…) (youtube.com)`), and under it a line of
 * facts — `312 points by Jane Doe (Acme) | 48 min | [slides](…) | 87 comments`. The person after
 * "points by" is the speaker; the rest of the line (points, length, comments) is no note.
 */
export function rankedEntry(
  afterTitle: string,
  nextLine: string | undefined,
): { speakers: Speaker[]; notes: string } | undefined {
  const site = SITE_AFTER.exec(afterTitle);
  if (!site || nextLine === undefined) return undefined;
  const byline = POINTS_BY.exec(nextLine);
  const who = byline?.[1]?.trim();
  if (!who) return undefined;
  const notes = afterTitle.slice(site[0].length).trim();
  if (NOBODY.test(who)) return { speakers: [], notes };
  // "12 points by Honeycomb-ish Inc.": a company, no person.
  if (isCompanyLike(who)) return { speakers: [{ company: who }], notes };
  const speakers = parseSpeakerText(who);
  return speakers ? { speakers, notes } : undefined;
}

/** "(youtube.com)", "(example.org)": the site a linked title points to. */
const SITE_AFTER = /^\s*\((?:[\w-]+\.)+[a-z]{2,}\)(?=\s|$)/i;
const POINTS_BY = /^\s*\d[\d,.]*k?\s+points?\s+by\s+([^|]{2,120}?)\s*(?:\||$)/i;
const NOBODY = /^(?:various|many|several|everyone|all|tba|tbd|the organi[sz]ers)$/i;
