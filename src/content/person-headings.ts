import type { Speaker } from '../model.ts';
import { splitLines, TITLE_LABEL } from './field-lines.ts';
import type { HeadingParts } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName } from './section-names.ts';
import { headingParts, headingText, meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * Headings that name a person over their talk: "## Jane Doe" over the talk's title, in a heading
 * of its own or an emphasised or labelled line under it, and whether a post goes so.
 */

/**
 * "## Thandiwe Mokoena (Baobab Bank)" over "**Talk:** Incident commanders are made": a heading of
 * people, and the talk's title on a labelled line under it. The line is no note.
 */
export function labelledUnderPerson(
  section: Section,
): { title: string; speakers: Speaker[]; body: MdNode[]; children?: Section[] } | undefined {
  const [first] = meaningful(section.body);
  const [child, ...others] = section.children;
  // "### Relatore: Luca Bianchi, Staff Engineer presso Nexi" over "#### Titolo: Pagamenti…": the
  // title on a labelled heading of its own.
  if (!first && child && TITLE_LABEL.test(child.title.trim())) {
    const label = TITLE_LABEL.exec(child.title.trim());
    const heading = headingText(section);
    const people = speakerLine(heading, false);
    const title = child.title
      .trim()
      .slice(label?.[0].length ?? 0)
      .trim();
    if (!people?.every((p) => p.name && looksLikeName(p.name)) || !/\p{L}{2}/u.test(title))
      return undefined;
    return { title, speakers: people, body: child.body, children: [...child.children, ...others] };
  }
  if (first?.type === 'list') return labelledItemUnderPerson(section, first);
  if (first?.type !== 'paragraph') return undefined;
  const [line, ...more] = splitLines(first.children);
  // "### Relatore: Francesca Romano, Staff Engineer presso Bending Spoons" over "**Titolo:** …".
  const talk = line && titledByPerson(section, plainText(line));
  if (!talk) return undefined;
  const rest = more.length > 0 ? [{ ...first, children: more.flat() }] : [];
  return { ...talk, body: section.body.flatMap((node) => (node === first ? rest : [node])) };
}

/** The labelled title (`Talk: …`) in `text`, and the people the section's heading names. */
function titledByPerson(section: Section, text: string) {
  const label = TITLE_LABEL.exec(text);
  if (!label) return undefined;
  // "Ana Souza (Remote)": how she spoke goes with the name's reading (`JOINED`), no company.
  const heading = headingText(section);
  const speakers = parseSpeakerText(heading) ?? speakerLine(heading, false);
  if (!speakers?.every((p) => p.name && looksLikeName(p.name))) return undefined;
  const title = text
    .slice(label[0].length)
    .replace(/(?<!\.)\.$/, '')
    .trim();
  return /\p{L}{2}/u.test(title) ? { title, speakers } : undefined;
}

/**
 * "## Jane Doe" over "**Async Rust without tears**": a post that goes speaker by speaker names
 * the person in the heading and the talk in an emphasised line right under it. The heading is
 * read so only when it is a name alone and that line is no name.
 */
export function personHeading(
  section: Section,
  parts: HeadingParts,
): { title: string; speakers: Speaker[]; body: MdNode[] } | undefined {
  if (parts.speakers.length > 0) return undefined;
  // The line under it first: it is cheap to look at, and most headings have none such.
  const [first] = meaningful(section.body);
  const inner = first?.type === 'paragraph' ? first.children.filter((c) => !blank(c)) : [];
  const [only] = inner;
  if (inner.length !== 1 || (only?.type !== 'strong' && only?.type !== 'emphasis'))
    return undefined;
  // "## Omar Haddad (Ferrous Systems)": read as a title and a company, it is a person and theirs.
  const speakers = namedOnly(parts.company ? `${parts.title} (${parts.company})` : parts.title);
  if (!speakers) return undefined;
  const title = plainText(only).trim();
  if (title.length < 3 || title.length > 150 || parseSpeakerText(title)) return undefined;
  return { title, speakers, body: section.body.filter((node) => node !== first) };
}

/** People named and nothing else: "Jane Doe", "Jane Doe (Acme)", "Jane Doe & John Roe". */
export function namedOnly(text: string): Speaker[] | undefined {
  const speakers = parseSpeakerText(text);
  return speakers?.every((speaker) => speaker.name) ? speakers : undefined;
}

function blank(node: MdNode): boolean {
  return (node.type === 'text' && (node.value ?? '').trim() === '') || node.type === 'break';
}

/**
 * A heading that is a person's name alone over their one talk: a heading of the talk, or an
 * emphasised line with its title ("## Jane Doe" then "**Async Rust without tears**").
 */
export function personOverTalk(section: Section, dashSpeakers: boolean): Speaker[] | undefined {
  const [child, ...others] = section.children;
  if (others.length > 0) return undefined;
  if (child) {
    const speakers = namedOnly(headingName(section.title));
    return speakers && headingParts(child, dashSpeakers).speakers.length === 0
      ? speakers
      : undefined;
  }
  return personHeading(section, headingParts(section, dashSpeakers))?.speakers;
}

/**
 * Whether a post goes speaker by speaker: two of its headings at least are a person's name over
 * their one talk. A single "## Event Sourcing" over "**The good and the bad**" could as well be
 * a title over its subtitle, so one alone is not read so.
 */
export function postGoesByPerson(sections: Section[], dashSpeakers: boolean): boolean {
  let found = 0;
  const visit = (list: Section[]): boolean =>
    list.some((section) => {
      if (personOverTalk(section, dashSpeakers) && ++found >= 2) return true;
      return visit(section.children);
    });
  return visit(sections.slice(0, 500));
}

/**
 * "### Ana Souza (Remote)" over "* Talk: Async closures in practice" and "* Description: …": a
 * heading of people over a list whose first item is the talk's labelled title. The item is no note.
 */
function labelledItemUnderPerson(section: Section, list: MdNode) {
  const [item, ...items] = list.children;
  const [lead, ...under] = item?.children ?? [];
  const text = lead?.type === 'paragraph' ? plainText(lead) : '';
  const talk = !text.includes('\n') && titledByPerson(section, text);
  if (!talk) return undefined;
  const rest = [...under, ...(items.length > 0 ? [{ ...list, children: items }] : [])];
  return { ...talk, body: section.body.flatMap((node) => (node === list ? rest : [node])) };
}
