import type { ContentProblem, Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName } from './speaker-names.ts';
import { type DraftTalk, newDraft, readInto, type TalkContext } from './talk-body.ts';

/**
 * A recap's "top 10" of people: numbered lines that each name a person ("1. Sir Ken Robinson") or
 * a person and the title ("3. Jane McGonigal: Gaming can make a better world"), each over a
 * paragraph about that talk — written after the number ("2. Philip Howard" / "Howard spoke of…",
 * a list of one item each time) or under it, indented. Each is a talk by that person, titled so
 * (the name where no title is given), its paragraphs the notes.
 *
 * A run of two at least, every line reading as a person, and half of them borne out: a common
 * given name first, or the paragraph naming the person (a title-cased line such as "Field Museum"
 * reads as a name too).
 */
export interface NumberedPerson {
  title: string;
  speakers: Speaker[];
  line: number;
  /** The paragraphs under the number, where they are indented into the item. */
  notes: MdNode[];
}

/** Per list of the body, the people it numbers; undefined where the body numbers none. */
export function numberedPeople(nodes: MdNode[]): Map<MdNode, NumberedPerson[]> | undefined {
  const found = new Map<MdNode, NumberedPerson[]>();
  let borne = 0;
  let count = 0;
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'list' || !node.ordered) continue;
    const next = nodes[index + 1];
    const entries: NumberedPerson[] = [];
    let named = 0;
    for (const item of node.children) {
      const [lead, ...rest] = item.children;
      const entry = lead?.type === 'paragraph' ? personLine(lead) : undefined;
      // Its paragraphs indented under it, or the one after the list where it numbers one.
      const under = rest.some((n) => n.type === 'paragraph');
      const after = node.children.length === 1 && next?.type === 'paragraph' ? next : undefined;
      if (!entry || (!under && !after)) {
        entries.length = 0;
        break;
      }
      if (bornOut(entry.speakers[0]?.name ?? '', plainText(under ? rest : [after as MdNode])))
        named++;
      entries.push({ ...entry, line: item.line, notes: under ? rest : [] });
    }
    if (entries.length === 0) continue;
    found.set(node, entries);
    count += entries.length;
    borne += named;
  }
  return count >= 2 && borne * 2 >= count ? found : undefined;
}

/** "Sir Ken Robinson", "Jane McGonigal: Gaming can make a better world", "Jane Doe – Title". */
function personLine(paragraph: MdNode): { title: string; speakers: Speaker[] } | undefined {
  const text = plainText(paragraph).trim();
  if (text.length < 5 || text.length > 140 || text.includes('\n')) return undefined;
  const cut = SEPARATOR.exec(text);
  const name = (cut ? text.slice(0, cut.index) : text).replace(/[.!]$/, '');
  if (!looksLikeName(name)) return undefined;
  const title = cut ? text.slice(cut.index + cut[0].length).trim() : name;
  return title ? { title, speakers: [{ name }] } : undefined;
}

const SEPARATOR = /:\s|\s[–—-]\s/;

/**
 * A common given name first (after "Sir", "Dr."), or the notes speaking of the person by a name
 * ("Howard spoke of…", "Maren's work", "Glenna … She talked"): a product or a subject written as
 * a name ("Team Topologies", "Observability Matters") is named in its notes too, but as a thing.
 */
function bornOut(name: string, notes: string): boolean {
  const words = name.split(/\s+/).filter((word) => !HONORIFIC.test(word));
  if (isGivenName(words[0] ?? '')) return true;
  const person = PERSONAL.test(notes);
  return words.some((word) => {
    if (word.length <= 2) return false;
    for (let at = notes.indexOf(word); at >= 0; at = notes.indexOf(word, at + 1)) {
      const after = notes.slice(at + word.length, at + word.length + 24);
      if (person || SPOKE.test(after)) return true;
    }
    return false;
  });
}

/** A person spoken of: "she", "his" (a thing is "it"). */
const PERSONAL = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/;
/** What follows a person's name: their "'s", or a verb of speaking or showing. */
const SPOKE =
  /^(?:['’]s\b|\s+(?:spoke|said|says|talked|talks|argued|argues|showed|shows|explained|explains|told|tells|gave|gives|presented|presents|described|shared|asked|urged|reminded|demonstrated|walked|noted|pointed|claimed|believes|thinks|made|makes|took|started|opened|closed)\b)/;

const HONORIFIC = /^(?:Sir|Dame|Lord|Lady|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?)$/;

/** The talks of one numbered list of people, with the notes indented under each. */
export function peopleDrafts(
  entries: NumberedPerson[],
  context: TalkContext,
  file: string,
  problems: ContentProblem[],
): DraftTalk[] {
  return entries.map((entry) => {
    const draft = newDraft(entry.title, entry.line, context);
    draft.speakers.push(...entry.speakers);
    draft.notes.push(...readInto(draft, entry.notes, file, problems));
    return draft;
  });
}
