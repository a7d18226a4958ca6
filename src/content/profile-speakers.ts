import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { nameAlone } from './profile-links.ts';
import { headingName, isSubsectionName } from './section-names.ts';
import { meaningful, type Section } from './sections.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "[Ada Lind](https://www.linkedin.com/in/adalind/) and [Bo Sten](…) led a hands-on session…",
 * "In this talk, [Ada Lind](…) shares…", "By [Ada Lind](…) & [Bo Sten](…)": a talk whose heading
 * names nobody, its first paragraph (or that of its first part, "#### Summary") naming people by
 * their profiles' links: those people are its speakers. Only links to a profile (one path segment
 * on LinkedIn, X, GitHub, Mastodon…) whose text is a person's name count; people linked
 * together (joined by "and", "&" or a comma) are one talk's speakers, the first such run only.
 */
export function profileSpeakers(section: Section): Speaker[] {
  const paragraph = firstParagraph(section.body) ?? firstParagraph(section.children[0]?.body ?? []);
  if (!paragraph?.children.some((child) => child.type === 'link')) return [];
  const found: Speaker[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'link' && isProfileUrl(child.url ?? '')) {
      const person = personNamed(plainText(child.children));
      if (person) {
        found.push(person);
        continue;
      }
    }
    if (found.length === 0) continue;
    // Between two people: "and", "&", a comma; anything else ends the run.
    if (child.type === 'text' && JOINER.test(child.value ?? '')) continue;
    break;
  }
  return found;
}

/**
 * "## Abstract" over "- Frédéric Bordage" and the abstract: a talk's first part, named as a part,
 * opening with its speakers' names alone on bullets (`nameAlone`). Its body without them.
 */
export function partSpeakers(part: Section): { speakers: Speaker[]; body: MdNode[] } | undefined {
  if (!isSubsectionName(headingName(part.title))) return undefined;
  const [first] = meaningful(part.body);
  if (first?.type !== 'list' || first.children.length > 4) return undefined;
  if (!first.children.every(nameAlone)) return undefined;
  const speakers = first.children.map((item) => ({ name: plainText(item.children).trim() }));
  return { speakers, body: part.body.filter((node) => node !== first) };
}

function firstParagraph(body: MdNode[]): MdNode | undefined {
  const [first] = meaningful(body);
  return first?.type === 'paragraph' ? first : undefined;
}

/** A name of two to four words, each capitalised: "Ada Lind", "Dr. Ada van Lind". */
function personNamed(text: string): Speaker | undefined {
  const name = text.trim();
  if (!NAME.test(name)) return undefined;
  const [person, ...more] = parseSpeakerText(name.replace(/^(?:Dr|Prof)\.?\s+/, '')) ?? [];
  return person?.name && more.length === 0 && !person.company ? { name: person.name } : undefined;
}

function isProfileUrl(address: string): boolean {
  if (!address.includes('://')) return false;
  try {
    const url = new URL(address);
    return PROFILE_HOST.test(url.hostname) && PROFILE_PATH.test(url.pathname);
  } catch {
    return false;
  }
}

const PROFILE_HOST =
  /^(?:[a-z]{2}\.|www\.)?(?:linkedin\.com|twitter\.com|x\.com|github\.com|bsky\.app|mastodon\.[a-z]+|fosstodon\.org|hachyderm\.io)$/i;
/** One path segment ("/in/ada-lind-1234", "/@ada", "/adalind"), not a post or a repository. */
const PROFILE_PATH = /^\/(?:in\/|profile\/)?@?[^/\s]+\/?$/;
const NAME =
  /^(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le|del)){1,3}$/u;
const JOINER = /^\s*(?:,|&|and|,\s*and)\s*$/;
