import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { gluedPerson } from './glued-person.ts';
import { kindByPerson } from './kind-line.ts';
import type { ListTalk } from './list-talks.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { newDraft, type TalkContext } from './talk-body.ts';
import { collectLinks } from './talk-links.ts';

/**
 * A numbered list of the talks the author saw, each a title and the author's comment:
 * "1. Title — comment", "2. Title: comment", "3. Title [slides](…) comment", "4. Title" alone,
 * "5. Title This talk was…" (the comment glued on, opening as a sentence does).
 * Only where the post says the list is its talks (`introduced`, "Talks I attended:", then a
 * numbered list or bullets: "* OLPC: Great machine."), or where
 * every item's title is quoted or linked as a cited talk is; a numbered list of advice or of steps
 * is no talks, nor a talk's takeaways in bold ("1. **Measure first** — …") or in Title Case.
 */
export function commentedTitles(
  list: MdNode,
  context: TalkContext,
  introduced: boolean,
): ListTalk[] {
  if ((!list.ordered && !introduced) || list.children.length < 2) return [];
  const talks: ListTalk[] = [];
  let marked = 0;
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    // Bullets are read only as plain "Title: opinion" lines: "- **Tip: book early**. …" is advice.
    if (!list.ordered && paragraph.children.find((c) => c.type !== 'text')) continue;
    const read = commentedTitle(paragraph);
    if (!read) continue;
    if (read.marked) marked++;
    const kind = kindByPerson(read.title);
    const draft = newDraft(kind?.title ?? read.title, item.line, context);
    if (kind) draft.speakers.push(...kind.speakers);
    if (read.speaker) draft.speakers.push(read.speaker);
    collectLinks([paragraph], draft.links);
    if (read.comment) draft.notes.push({ text: read.comment, prose: read.comment, children: [] });
    talks.push({ draft, item, lead: paragraph });
  }
  const items = list.children.length;
  if (talks.length < 2 || talks.length * 3 < items * 2) return [];
  return introduced || marked === items ? talks : [];
}

interface Commented {
  title: string;
  comment: string;
  /** The title is quoted or linked, as a talk is cited. */
  marked: boolean;
  /** "Title Jack Danger, former Square, is…": its speaker, glued on (glued-person.ts). */
  speaker?: Speaker;
}

/** One item's title and comment, or undefined where its first line reads as no title. */
export function commentedTitle(paragraph: MdNode): Commented | undefined {
  const start = paragraph.children.findIndex((c) => c.type !== 'text' || c.value?.trim());
  const [first, ...others] = start < 0 ? [] : paragraph.children.slice(start);
  if (!first) return undefined;
  const rest = (nodes: MdNode[]) => plainText(nodes).replace(/\s+/g, ' ').trim();
  // "**Title** — comment", "[Title](…): comment": the title set apart.
  if (first.type === 'strong' || first.type === 'emphasis' || first.type === 'link') {
    const title = plainText(first).trim();
    const comment = rest(others).replace(SEPARATOR_LEAD, '');
    return isTitle(title) ? { title, comment, marked: first.type === 'link' } : undefined;
  }
  if (first.type !== 'text') return undefined;
  const text = (first.value ?? '').replace(/\s+/g, ' ').trim();
  const quoted = QUOTED.exec(text);
  if (quoted?.[1]) {
    const comment = [text.slice(quoted[0].length), rest(others)].join(' ').trim();
    return isTitle(quoted[1])
      ? { title: quoted[1], comment: comment.replace(SEPARATOR_LEAD, ''), marked: true }
      : undefined;
  }
  // The first dash or colon, where the words before it read as a title.
  const dash = titleEnd(text);
  const cut = dash && isTitle(text.slice(0, dash.index).trim()) ? dash : undefined;
  // "Title [slides](…) comment": the link ends the title; else the words alone are the title.
  const linked = !cut && others[0]?.type === 'link';
  const opener = cut || linked ? undefined : OPENER.exec(text);
  const glued = opener && /\S\s\S/.test(text.slice(0, opener.index)) ? opener : undefined;
  const person = cut || linked ? undefined : gluedPerson(text);
  const end =
    cut?.index ??
    (person && (!glued || person.at < glued.index) ? person.at - 1 : undefined) ??
    glued?.index ??
    text.length;
  const title = text.slice(0, end).replace(/[!]$/, '').trim();
  // Without a mark where the title ends, a comma is the comment's ("Title Jane Doe, of Acme, is…").
  const bare = !cut && !linked;
  if (!isTitle(title, bare) || (bare && !glued && !person && text.length > title.length + 1))
    return undefined;
  const after = cut ? text.slice(end + cut[0].length) : text.slice(end);
  const comment = [after.trim(), rest(linked ? others.slice(1) : others)].join(' ').trim();
  return person
    ? { title, comment, marked: false, speaker: person.speaker }
    : { title, comment, marked: false };
}

/** " — ", " – ", " - ", ": " after the title. */
const SEPARATOR = /\s+[—–-]\s+|:\s+/;

/**
 * The first separator, but the colon after a dash that joins two names ("OpenOffice - OpenXML:
 * I had expected…"): a few capitalised words between them are the title's.
 */
function titleEnd(text: string): RegExpExecArray | null {
  const first = SEPARATOR.exec(text);
  if (!first || first[0].includes(':')) return first;
  const from = first.index + first[0].length;
  const colon = /^((?:[\p{Lu}\p{N}][\p{L}\p{N}.+#'’-]*\s?){1,4}):\s+/u.exec(text.slice(from));
  // "Title - Jane Doe: comment": a person after the dash, not a part of the title.
  if (!colon?.[1] || isGivenName(colon[1].split(/\s/)[0] ?? '')) return first;
  const found = /:\s+/.exec(text.slice(from + colon[1].length)) as RegExpExecArray;
  found.index += from + colon[1].length;
  return found;
}
const SEPARATOR_LEAD = /^[\s—–:-]+/;
const QUOTED = /^["“«]([^"”»]{3,100})["”»]/;

/**
 * "Title This talk was…": the author's comment opening with a sentence's first words (after two
 * words of title at least).
 */
const OPENER =
  /\s(?=(?:This|That|It|It's|I|I'm|I've|I'd|Fun|Great|Good|Nice|Interesting|Really|Very|Loved|Awesome|Excellent|Amazing|She|He|They|We|My|Super|Wow)\b)/u;

/** A title's words: a few, with a capital first and no sentence inside. */
function isTitle(title: string, noComma = false): boolean {
  const words = title.split(/\s+/).length;
  if (title.length < 3 || words > 12 || !/^[\p{Lu}\p{N}]/u.test(title)) return false;
  return !/[.?]$|[.!?;]\s/.test(title) && !(noComma && title.includes(','));
}
