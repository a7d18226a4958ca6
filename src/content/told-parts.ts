import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { titleNamesConference } from './off-topic-pages.ts';
import { headingText, type Section } from './sections.ts';
import { partsOnly } from './talk-file.ts';

/**
 * A post about one talk, titled by it in its front matter ("Passwörter und Dateiverschlüsselung"),
 * whose headings are the talk's parts, as their first lines say: "Im ersten Teil wurde erklärt
 * …", "Im zweiten Teil des Vortrags ging es …", "In the second part of the talk …". That one
 * talk, its parts as its notes, not a talk per part. Two parts told by different ordinals at
 * least, and no heading that names a speaker (a recap of several talks, each "in the first part",
 * names them).
 */
export function talkOfToldParts(title: string, sections: Section[]): Section | undefined {
  const [first] = sections;
  if (!first || sections.length < 2) return undefined;
  // "DevConf 2031 recap": a post titled by its event tells of several talks, each in its parts.
  if (titleNamesConference(title)) return undefined;
  const ordinals = new Set<string>();
  for (const section of sections) {
    for (const part of [section, ...section.children]) {
      if (part.children.length > 0 && part !== section) return undefined;
      const ordinal = toldPart(part.body);
      if (ordinal) ordinals.add(ordinal);
    }
  }
  if (ordinals.size < 2) return undefined;
  // Read apart from the post's own reading of its headings (`headingParts` keeps its first).
  if (sections.some((section) => splitHeading(headingText(section), true).speakers.length > 0))
    return undefined;
  partsOnly(sections);
  const heading: MdNode = {
    type: 'heading',
    depth: 1,
    line: first.line,
    children: [{ type: 'text', line: first.line, children: [], value: title }],
  };
  return {
    heading,
    title,
    ids: [],
    depth: Math.max(1, first.depth - 1),
    line: first.line,
    body: [],
    children: sections,
    evidence: true,
  };
}

/** The ordinal of the part its first paragraph says the section is, or undefined. */
function toldPart(body: MdNode[]): string | undefined {
  const paragraph = body.find((node) => node.type === 'paragraph');
  if (!paragraph) return undefined;
  const text = plainText(paragraph).slice(0, 400);
  // A cheap test of the raw words before the whole pattern.
  if (!PART_WORD.test(text)) return undefined;
  const found = PART.exec(text);
  return found
    ? (found[1] ?? found[2] ?? found[3] ?? found[4] ?? found[5])?.toLowerCase()
    : undefined;
}

const PART_WORD = /\b(?:teil|abschnitt|part|half|partie|parte|deel)\b/i;

const PART = new RegExp(
  [
    // German: "Im ersten Teil", "Im zweiten Teil des Vortrags", "Im dritten Abschnitt".
    String.raw`\bim\s+(ersten|zweiten|dritten|vierten|letzten)\s+(?:teil|abschnitt)\b`,
    // English: "In the second part of the talk", "During the first half,".
    String.raw`\b(?:in|during)\s+the\s+(first|second|third|fourth|last|final)\s+(?:part|half)\b`,
    // French: "Dans la deuxième partie".
    String.raw`\bdans\s+la\s+(premi[eè]re|deuxi[eè]me|seconde|troisi[eè]me|derni[eè]re)\s+partie\b`,
    // Spanish and Italian: "En la segunda parte", "Nella seconda parte".
    String.raw`\b(?:en\s+la|nella)\s+(primera|segunda|tercera|[uú]ltima|prima|seconda|terza|ultima)\s+parte\b`,
    // Dutch: "In het tweede deel".
    String.raw`\bin\s+het\s+(eerste|tweede|derde|laatste)\s+deel\b`,
  ].join('|'),
  'iu',
);
