import { trimEndOf } from '../text.js';
import { classifyLink } from './classify-link.ts';
import { TITLE_LABEL } from './field-lines.ts';
import { plainText } from './markdown-text.ts';
import { headingName } from './section-names.ts';
import type { Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { findLinks } from './talk-links.ts';

/**
 * Speaker bios set apart from the talks: "## Meet our speakers" over "### Amara Nwosu", a photo,
 * a paragraph about her and "**Talk:** *The boring bank*", the talk's own notes further down.
 * A bio is about a person, not a talk: it is no talk of its own.
 */

/** "Meet our speakers", "Speaker bios", "About the speakers": a heading over the people. */
const BIOS_GROUP =
  /^(?:meet (?:our |the )?(?:speakers|presenters|panell?ists)|(?:our |the )?(?:speakers?|presenters?)['’]? (?:bios?|biographies|profiles)|bios|about (?:our |the )?(?:speakers|presenters))\s*[:.!]*$/i;

/**
 * The sections of a post that are bios: a person's name under a bios heading, naming no talk.
 * A bio that names a talk (`**Talk:** *Title*`) is left to the talks: `mergeBios` makes its
 * person that talk's speaker, or it is where the talk is told.
 */
export function bioSections(sections: Section[]): Set<Section> {
  const bios = new Set<Section>();
  const visit = (list: Section[], underBios: boolean) => {
    for (const section of list) {
      if (isBio(section, underBios)) bios.add(section);
      visit(section.children, BIOS_GROUP.test(headingName(section.title).trim()));
    }
  };
  visit(sections, false);
  return bios;
}

function isBio(section: Section, underBios: boolean): boolean {
  // Only under a bios heading: elsewhere a section is never a bio, whatever it says.
  if (!underBios || section.children.length > 0 || section.body.some(holdsTalkLink)) return false;
  // "**Talk:** *The boring bank*" naming a talk of the post: left to the talks, so that
  // `mergeBios` gives that talk the bio's person and drops the bio; a bio naming a talk that
  // has no heading of its own is where that talk is told.
  if (namedTalk(section)) return false;
  // Under "Meet our speakers": a heading that is a person's name, with no talk link under it.
  return isPersonName(headingName(section.title));
}

/** The title a "Talk: …" line of the section names, as headings are compared. */
function namedTalk(section: Section): string | undefined {
  for (const node of section.body) {
    if (node.type !== 'paragraph') continue;
    const title = bioTalkTitle(plainText(node));
    if (title) return comparable(title);
  }
  return undefined;
}

/**
 * The talk a bio's line names, in any language the title labels are read in: "**Talk:** *The
 * boring bank* (opening keynote).", "**Titel:** *SLOs für Zahlungsdienste*", "Session: …" give
 * the title without its marks, its aside (what the parentheses say is the talk's kind) and its
 * last period. The one reading of such a line, for the bios set apart here and for `mergeBios`.
 */
export function bioTalkTitle(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const label = TITLE_LABEL.exec(line);
    if (!label) continue;
    const rest = line.slice(label[0].length);
    // "*The boring bank*, our opening keynote": the title is what the marks hold.
    const marked = MARKED_TITLE.exec(rest)?.[1];
    const title = trimEndOf(
      (marked ?? rest)
        .replace(/\s*\([^()]*\)[.。]?\s*$/, '')
        .replace(/(?<!\.\.)[.。]$/, '')
        .replace(/^[*_"“”'‘’`«»„]+/, ''),
      '*_"“”\'‘’`«»',
      false,
    ).trim();
    if (/\p{L}{2}/u.test(title)) return title;
  }
  return undefined;
}

const MARKED_TITLE = /^[*_"“'‘«„]+([^*_"”'’»\n]{2,160})[*_"”'’»]+/;

/** "Tobias "Tobi" Lindqvist", "Siobhán Ní Bhriain & Dev Malhotra": only people's names. */
function isPersonName(name: string): boolean {
  const plain = name.replace(/\s*["“”'‘’][^"“”'‘’]{1,20}["“”'‘’]\s*/g, ' ').trim();
  if (plain.split(/\s+/).length > 8) return false;
  const speakers = speakerLine(plain, true);
  return speakers?.every((speaker) => !speaker.company) === true;
}

function holdsTalkLink(node: Section['body'][number]): boolean {
  return findLinks(node).some((link) => {
    const kind = classifyLink(plainText(link.children), '', link.url ?? '');
    return kind === 'slides' || kind === 'video';
  });
}

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[*_"“”'‘’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
