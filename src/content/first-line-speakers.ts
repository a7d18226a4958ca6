import type { Speaker } from '../model.ts';
import { hasNewline, splitLines } from './field-lines.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { NO_CHILDREN } from './markdown-tree.ts';
import { panelLine, speakerLine } from './speaker-line.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * A speaker's line as the first line of a paragraph whose other lines are the notes ("Speaker:
 * Kenji Sato" over "Builds got fast."), and people read across two such lines, which are none.
 */

/** Whether people read from a paragraph of several lines have a name or company across two. */
export function crossesLines(paragraph: MdNode, people: Speaker[]): boolean {
  if (!paragraph.children.some(hasNewline)) return false;
  const lines = splitLines(paragraph.children).map((line) => plainText(line));
  const within = (part?: string) => !part || lines.some((line) => line.includes(part));
  return people.some((person) => !within(person.name) || !within(person.company));
}

/** A first line that is one person's speaker line, without the sentence's period. */
function oneNamedLine(line: string): Speaker[] | undefined {
  return speakerLine(line.replace(/\.$/, ''), true);
}

const SPEAKER_LABEL =
  /^(?:(?:a |the |this (?:is|was) (?:a |the )?)?talk by|speakers?\s*[:：]|presented by|by)\s/i;

/** A paragraph whose first line (of several) names its speakers: its people, and the rest. */
export function firstLineLineup(
  paragraph: MdNode,
): { speakers: Speaker[]; rest: MdNode } | undefined {
  if (!paragraph.children.some(hasNewline)) return undefined;
  const [first = [], ...others] = splitLines(paragraph.children);
  // "🎙️ [Jane Doe](…) et [John Roe](…)": a microphone names the people after it, linked or not.
  const mic = MICROPHONE.exec(plainText(first));
  if (mic) {
    const named = plainText(first).slice(mic[0].length).trim();
    const speakers = micPeople(named) ?? speakerLine(`Speakers: ${named}`, false);
    return speakers
      ? { speakers, rest: { ...paragraph, children: restLines(others, paragraph) } }
      : undefined;
  }
  if (first.some((child) => child.type !== 'text')) return undefined;
  const line = plainText(first);
  // "Talk by Kenji Sato from Buildly." or "Jane Doe, Acme" over the notes' first line: one person
  // named with a label, or by a given name with a company ("Service Mesh, Istio" is a note).
  const people = panelLine(line) ?? oneNamedLine(line);
  const one = people?.length === 1 ? people[0] : undefined;
  const labelled = SPEAKER_LABEL.test(line);
  if (!people || (one && !labelled && !(one.company && isGivenName(one.name?.split(' ')[0] ?? ''))))
    return undefined;
  return { speakers: people, rest: { ...paragraph, children: restLines(others, paragraph) } };
}

/**
 * "Sébastien Blanc / Horacio Gonzalez / Sun TAN", "Ana Gil, Paul Roy et Léa Morel" after the
 * microphone: people each, where every part reads as a person's name ("Jane Doe, Acme" does not,
 * and is a name and a company).
 */
function micPeople(text: string): Speaker[] | undefined {
  const parts = text.split(/\s+\/\s+|,\s+|\s+(?:et|and|und|y|e|&)\s+/u).map((part) => part.trim());
  const person = (part: string) => looksLikeName(part) || FAMILY_IN_CAPITALS.test(part);
  if (parts.length < 2 || !parts.every(person) || !parts.some(looksLikeName)) return undefined;
  return parts.map((name) => ({ name }));
}

/** "Sun TAN", "Eléa PETTON": a given name, then the family name in capitals. */
const FAMILY_IN_CAPITALS = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*$/u;

/** "🎙️ ", "🎤 ", "🗣️ " before names: the speakers' label. */
const MICROPHONE = /^\s*(?:🎙|🎤|🗣)\uFE0F?\s*(?=\p{Lu})/u;

/** The paragraph's lines after its first, joined again by their breaks. */
function restLines(others: MdNode[][], paragraph: MdNode): MdNode[] {
  return others.flatMap((line, i): MdNode[] =>
    i === 0
      ? line
      : [{ type: 'break', line: line[0]?.line ?? paragraph.line, children: NO_CHILDREN }, ...line],
  );
}
