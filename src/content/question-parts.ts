import { SPEAKER_LABEL } from './labelled-lead.ts';
import { headingName, isSubsectionName } from './section-names.ts';
import { meaningful, type Section } from './sections.ts';
import { namesSpeaker } from './talk-depth.ts';

/**
 * Are a heading's deeper headings the parts of its one talk? "## Birds of a Feather" over
 * "### Get involved" (a part's name), or "## Intro to Linkerd" over "### What is Linkerd?" and
 * "### Why use Linkerd?": the author's own questions about the talk's subject, each answered
 * below. Talks titled as questions under a theme ("## Testing" over "### Is TDD dead?") name
 * their speakers or leave the theme's words; questions that name no one and ask about the
 * heading's own subject are its notes.
 */
export function partsOfOneTalk(section: Section): boolean {
  const { children } = section;
  if (children.length === 0) return false;
  if (children.every((child) => isSubsectionName(headingName(child.title)))) return true;
  return labelledSpeaker(section) || askedAbout(section);
}

/**
 * "## Typed workers" over its notes, then "### Speaker: Ada Lund" alone over hers: one talk, its
 * speaker labelled a level deeper (a theme's own words over several such headings group them).
 */
function labelledSpeaker(section: Section): boolean {
  const [only, ...more] = section.children;
  return (
    only !== undefined &&
    more.length === 0 &&
    only.children.length === 0 &&
    SPEAKER_LABEL.test(only.title.trim()) &&
    meaningful(section.body).length > 0
  );
}

/** Words a question shares with its heading only when both are about the same thing. */
const WORD = /[\p{L}\d][\p{L}\d+#.-]{2,30}/gu;
const COMMON = new Set(
  'the and for with from into about what why how when where who which does your you are can use using intro introduction talk session part'.split(
    ' ',
  ),
);

function subjectWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.slice(0, 200).matchAll(WORD)) {
    const key = word.toLowerCase().replace(/[.-]+$/, '');
    if (key.length >= 3 && !COMMON.has(key)) words.add(key);
  }
  return words;
}

function askedAbout(section: Section): boolean {
  const own = subjectWords(headingName(section.title));
  if (own.size === 0) return false;
  let shared = false;
  for (const child of section.children) {
    const name = headingName(child.title);
    if (name.length > 100 || !name.trimEnd().endsWith('?')) return false;
    if (child.children.length > 0 || namesSpeaker(child)) return false;
    if (!shared) for (const word of subjectWords(name)) if (own.has(word)) shared = true;
  }
  return shared;
}
