import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { parseSpeakerText } from './speaker-names.ts';

/** A paragraph under a talk's heading that opens with a sentence naming its speaker. */

/**
 * "Speaker: Marc Garcia. Copy-on-write is coming…", "Charla de Ana Pérez y Luis Gil. Me gustó…":
 * a paragraph that names the speaker first. Not
 * "Animée par D. Avec A, B et C.": a panel's line-up (`panel-lineup.ts`) goes on after the host.
 */
export const SPEAKER_SENTENCE =
  /^\s*(?:(?:speakers?|presenters?|presented by|moderators?|panell?ists?)\s*:|(?:the\s+)?(?:speakers?|presenters?|panell?ists?)\s+(?:was|were|is|are)|(?:(?:it|this)\s+(?:is|was)\s+|this (?:talk|session) (?:is|was)\s+)?(?:(?:an?|the)\s+)?(?:(?:talk|session|presentation|keynote)\s+)?(?:(?:presented|given|delivered|facilitated|led|run|hosted|convened)\s+)?by|(?:impartid[oa]|ministrad[oa]|apresentad[oa]|presentad[oa]) por|(?:charla|ponencia|palestra|sesión|sessão|conférence|intervento|vortrag) (?:de|da|do|di|par|von)|présentée? par|anim[ée]e?s? par|gehalten von|presentat[oa] da|tenut[oa] da|condott[oa] da)\s*([^.:!?]{3,200}?)\.(?:\s+(?=\S)(?!(?:with|avec|mit|met|con|com|z|and|et|und|en|e|y)\s)|\s*$)/i;

export function speakerSentence(
  paragraph: MdNode,
): { speakers: Speaker[]; rest: MdNode } | undefined {
  // "Led by **Ivana Petrović** (Dataplane Labs). 3 hours…": a name in bold reads as written.
  const [first, ...others] = withPlainMarks(paragraph.children);
  if (first?.type !== 'text') return undefined;
  const speakers: Speaker[] = [];
  let value = first.value ?? '';
  // "Moderator: Jane Doe. Panelists: A, B and C. The panel …": a sentence per label.
  for (let opening = SPEAKER_SENTENCE.exec(value); opening?.[1]; ) {
    // Only a name that reads as one: "Speaker: Dr. Jane Doe." must not give "Dr".
    const named = parseSpeakerText(opening[1]);
    if (!named) break;
    speakers.push(...named);
    value = value.slice(opening[0].length);
    opening = SPEAKER_SENTENCE.exec(value);
  }
  if (speakers.length === 0) return undefined;
  return { speakers, rest: { ...paragraph, children: [{ ...first, value }, ...others] } };
}

/**
 * "Suhail Patel, Monzo. 2,800 services…": the speaker and their company as the notes' first
 * sentence (asked only where no speaker is known yet and no other form of it was found).
 */
export function nameSentence(paragraph: MdNode): { speakers: Speaker[]; rest: MdNode } | undefined {
  const [first, ...others] = paragraph.children;
  if (first?.type !== 'text') return undefined;
  const value = first.value ?? '';
  const person = NAME_SENTENCE.exec(value);
  const [one, ...more] = (person?.[1] && parseSpeakerText(person[1])) || [];
  if (!person || !one?.name?.includes(' ') || !one.company || more.length > 0) return undefined;
  const rest = value.slice(person[0].length);
  return {
    speakers: [one],
    rest: { ...paragraph, children: [{ ...first, value: rest }, ...others] },
  };
}

/** A first sentence of a name and a company: "Suhail Patel, Monzo.", "Holly Cummins (Red Hat)." */
const NAME_SENTENCE = /^\s*(\p{Lu}[^.:!?]{4,80}?)\.\s+(?=[\p{Lu}\d])/u;

/** Leading text with its bold or italic words (of text alone) joined into one text node. */
function withPlainMarks(children: MdNode[]): MdNode[] {
  const [first] = children;
  if (first?.type !== 'text' || !children.some(isPlainMark)) return children;
  let value = '';
  let at = 0;
  for (; at < children.length; at++) {
    const child = children[at] as MdNode;
    if (child.type === 'text') value += child.value ?? '';
    else if (isPlainMark(child)) value += plainText(child);
    else break;
  }
  return [{ ...first, value }, ...children.slice(at)];
}

const isPlainMark = (node: MdNode) =>
  (node.type === 'strong' || node.type === 'emphasis') &&
  node.children.every((child) => child.type === 'text');
