import { repeatedPartsDepth } from './repeated-parts.ts';
import { headingName, isPostSection, isSubsectionName } from './section-names.ts';
import { meaningful, type Section } from './sections.ts';
import { speakerHeading } from './talk-body.ts';
import { bodyNamesSpeaker, hasTalkEvidence } from './talk-evidence.ts';

/**
 * Where a post's talks stand: the heading levels that only group others (days, tracks, themes)
 * and the level whose headings carry talks' evidence, read once per post before its sections.
 */

/** The levels of headings with sub-headings and nothing of their own: groups, not talks. */
export function pureGroupDepths(sections: Section[]): Set<number> {
  const depths = new Set<number>();
  const stack = [...sections];
  while (stack.length > 0) {
    const section = stack.pop() as Section;
    const name = headingName(section.title);
    if (
      section.children.length > 0 &&
      !isPostSection(name) &&
      section.children.some((child) => !isSubsectionName(headingName(child.title))) &&
      meaningful(section.body).length === 0 &&
      (!namesSpeaker(section.children[0] as Section) || peopleOver(section))
    ) {
      depths.add(section.depth);
    }
    stack.push(...section.children);
  }
  return depths;
}

/**
 * The heading level of the talks, where the post says so: the level with the most headings that
 * carry a speaker or talk links (at least two). Undefined when no level stands out.
 */
export function inferTalkDepth(sections: Section[], dashSpeakers: boolean): number | undefined {
  const counts = new Map<number, number>();
  const stack = [...sections];
  while (stack.length > 0) {
    const section = stack.pop() as Section;
    if (hasTalkEvidence(section, dashSpeakers)) {
      counts.set(section.depth, (counts.get(section.depth) ?? 0) + 1);
    }
    stack.push(...section.children);
  }
  let best: number | undefined;
  let bestCount = 1;
  for (const [depth, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > bestCount) {
      best = depth;
      bestCount = count;
    }
  }
  if (best === undefined) return best;
  // Deeper headings with links or names, under talks whose parts repeat: those are the talks.
  const parts = repeatedPartsDepth(sections);
  return parts !== undefined && parts < best ? parts : best;
}

/**
 * A sub-heading that names the speaker of the heading above ("### Jane Doe (Acme)"), not one that
 * is a talk itself with its speaker under it ("### Multi-tenant Kubernetes, honestly" over
 * "*Omar Siddiqui, Cloudberry*" reads as a name and a company too).
 */
export function namesSpeaker(section: Section): boolean {
  return speakerHeading(section) !== undefined && !bodyNamesSpeaker(section);
}

/**
 * "## Morning talks" over "### Eugenio Ricci" and "### Wen Zhao", each over their notes: a group
 * of people's talks (two people's headings at least), not one talk whose speaker heads its notes.
 */
export function peopleOver(section: Section): boolean {
  const [, second] = section.children;
  return second !== undefined && section.children.filter(namesSpeaker).length >= 2;
}
