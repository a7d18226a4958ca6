import { isGlossary, isListOfLists } from './definition-talks.ts';
import { isLegend } from './legend-lines.ts';
import type { Section } from './sections.ts';

/**
 * Why a section is skipped whole, by its heading (`name`) or, with no sub-sections, its body
 * alone: a list of lists, a glossary, a legend of marks.
 * Undefined: read on (`ShapeReader.visit`).
 */
export function skippedSection(section: Section, name: string): string | undefined {
  if (isListOfLists(name)) return 'a section of the post, not a talk';
  if (section.children.length > 0) return undefined;
  if (isGlossary(section.body)) return 'a glossary of terms, not a talk';
  if (isLegend(section.body)) return 'a legend of the author’s marks, not a talk';
  return undefined;
}
