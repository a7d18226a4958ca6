import type { Speaker } from '../model.ts';
import { namesConference } from './conferences.ts';
import { splitLines } from './field-lines.ts';
import { fileTitle, titledByFile } from './file-title.ts';
import { postUsesDashSpeakers } from './heading-votes.ts';
import { companyLine } from './labelled-byline.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { ownName, withoutPageId } from './notes-names.ts';
import { headingName, isPostSection, isSubsectionName } from './section-names.ts';
import { headingParts, meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { anyTalk, POST_WORDS, partsOnly } from './talk-file.ts';
import { isTalkPartName } from './talk-part-names.ts';
import { sessionKind } from './title-marks.ts';

/**
 * `keynote1.md` of a folder of talk notes, with no title of its own: a line or two of notes, then
 * "Katrina Riehl" over "HomeAway.com - Vacation Rentals", then "## Data Science in Production",
 * "## Now what?", "## Way Back" — one talk, its speaker named in the opening, its sections its
 * parts, titled by its first section (or by the file's name, or its kind). It is read so only
 * where the opening names a person on a line of their own (with their company under the name, or
 * in a file named for a kind of talk: `keynote1.md`), the file's name is no post's (no year, no
 * "notes" or "recap"), and no heading names a speaker or links a talk of its own.
 */
export function talkOfOpening(
  file: string,
  preamble: MdNode[],
  sections: Section[],
  titles: string[],
): Section | undefined {
  const [first, ...rest] = sections;
  const opening = meaningful(preamble);
  if (!first || opening.length === 0 || opening.length > 4) return undefined;
  if (rest.some((section) => section.depth !== first.depth)) return undefined;
  const name = withoutPageId(ownName(file));
  if (YEAR.test(name) || POST_WORDS.test(name.replace(/[-_.]+/g, ' '))) return undefined;
  const kind = sessionKind(name.replace(/[-_\d]+/g, ' ').trim());
  const byline = openingByline(opening, kind !== undefined);
  if (!byline) return undefined;
  // "GOTO Amsterdam 2023" over "Jan Klat" / "Dr.Max Product Blog" (a blog's export), "## Day 1":
  // a post about a conference, its author's byline, its days.
  const post = (text: string) => YEAR.test(text) || POST_WORDS.test(text) || namesConference(text);
  if (
    opening.some(
      (node) => node !== byline.node && node.type === 'paragraph' && post(plainText(node)),
    )
  )
    return undefined;
  if (sections.some((section) => post(section.title))) return undefined;
  const dash = postUsesDashSpeakers(titles);
  if (sections.some((section) => anyTalk(section, dash))) return undefined;
  const body = preamble.filter((node) => node !== byline.node);
  const named = fileTitle(file);
  const firstName = headingName(first.title);
  const part = isTalkPartName(firstName) || isSubsectionName(firstName) || isPostSection(firstName);
  const title: Section | undefined =
    named === undefined && !part
      ? {
          ...first,
          depth: first.depth - 1,
          body: [...body, ...first.body],
          children: [...first.children, ...rest],
        }
      : named === undefined && kind === undefined
        ? undefined
        : { ...titledByFile(named ?? kind ?? '', body), children: sections };
  if (!title) return undefined;
  partsOnly(title.children);
  title.parts = { ...headingParts(title, false), speakers: [byline.speaker] };
  title.evidence = true;
  if (kind) title.kind = kind;
  return title;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/**
 * "Katrina Riehl" over "HomeAway.com - Vacation Rentals": a person's name alone on a line, in a
 * paragraph of its own, their company on the line under it (or nothing, where `bare` is allowed).
 */
function openingByline(
  opening: MdNode[],
  bare: boolean,
): { node: MdNode; speaker: Speaker } | undefined {
  for (const node of opening) {
    if (node.type !== 'paragraph') continue;
    if (node.children.length > 8) continue;
    const [line = '', next, ...more] = splitLines(node.children).map((part) =>
      plainText(part).trim(),
    );
    if (more.length > 0 || line.length > 60) continue;
    const [person, ...others] = speakerLine(line, true) ?? [];
    if (!person?.name || person.company || others.length > 0 || person.name !== line) continue;
    const company = next ? companyLine(next) : undefined;
    if (company) return { node, speaker: { name: person.name, company } };
    if (bare && next === undefined) return { node, speaker: { name: person.name } };
  }
  return undefined;
}
