import { TITLE_LABEL } from './field-lines.ts';
import { partsOfOneTalk } from './question-parts.ts';
import { meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { namesSpeaker, peopleOver } from './talk-depth.ts';
import { hasTalkEvidence, holdsListOfTalks } from './talk-evidence.ts';

/** What the shape reader knows of the post's headings when it asks whether one groups talks. */
export interface GroupReading {
  /** Speakers' bios set apart from the talks (see `bio-sections.ts`). */
  bios: Set<Section>;
  /** The heading level of the post's talks, where clear (see `inferTalkDepth`). */
  talkDepth: number | undefined;
  /** Levels at which the post has a heading that only groups (see `pureGroupDepths`). */
  groupDepths: Set<number>;
  dashSpeakers: boolean;
}

/** Is a heading with deeper headings a group of talks, or one talk with its own sub-sections? */
export function groupsTalks(section: Section, post: GroupReading): boolean {
  // "## Meet our speakers" over bios: the people, each skipped, and no talk with sub-sections.
  if (section.children.some((child) => post.bios.has(child))) return true;
  // "### Relatore: Paolo Neri" over "#### Titolo: …" alone: one talk, its title labelled below.
  const [only, ...more] = section.children;
  if (
    only &&
    more.length === 0 &&
    TITLE_LABEL.test(only.title.trim()) &&
    speakerLine(section.title.trim(), false)
  )
    return false;
  // "## Birds of a Feather: … - Jane Doe" over "### Get involved" alone, "## Intro to Linkerd"
  // over "### What is Linkerd?": one talk and its parts, whatever level the other talks are at.
  if (partsOfOneTalk(section)) return false;
  if (post.talkDepth !== undefined) {
    if (section.depth < post.talkDepth) return true;
    // "### 🔒 Security" over "#### Title — Name" headings, in a post whose other talks are
    // ### headings: a theme whose talks sit one level deeper, not a talk with sub-sections.
    const [first] = section.children;
    return (
      first !== undefined &&
      !namesSpeaker(first) &&
      !hasTalkEvidence(section, post.dashSpeakers) &&
      section.children.every(
        (child) => hasTalkEvidence(child, post.dashSpeakers) || holdsListOfTalks(child),
      )
    );
  }
  if (hasTalkEvidence(section, post.dashSpeakers)) return false;
  const [firstChild] = section.children;
  if (firstChild && namesSpeaker(firstChild) && !peopleOver(section)) return false;
  // Where other headings of this level only group, this one groups too, introduction or not.
  if (post.groupDepths.has(section.depth)) return true;
  const content = meaningful(section.body);
  if (content.some((node) => node.type !== 'paragraph')) {
    // An introduction with bullets is still a group when what follows are clearly talks.
    return section.children.every((child) => hasTalkEvidence(child, post.dashSpeakers));
  }
  return true;
}
