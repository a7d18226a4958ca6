import type { Section } from './sections.ts';

/**
 * "## Keynotes" at a talk's own level, where every other talk of the post has "### Keynotes"
 * (its key notes) under its heading: a heading its author wrote a level too high. A heading
 * whose title stands deeper, under two talks at least, more often than at its own level is the
 * part of the talk above it, not a talk of its own.
 */
export function withMisleveledParts(sections: Section[]): Section[] {
  /** Per title, how often it heads a part at each depth. */
  const parts = new Map<string, Map<number, number>>();
  const count = (list: Section[], nested: boolean) => {
    for (const section of list) {
      if (nested) {
        const key = keyOf(section);
        const depths = parts.get(key) ?? new Map<number, number>();
        depths.set(section.depth, (depths.get(section.depth) ?? 0) + 1);
        parts.set(key, depths);
      }
      count(section.children, true);
    }
  };
  count(sections, false);
  const misleveled = (section: Section): boolean => {
    const depths = parts.get(keyOf(section));
    if (!depths) return false;
    const own = depths.get(section.depth) ?? 0;
    let deeper = 0;
    for (const [depth, times] of depths) if (depth > section.depth) deeper += times;
    return deeper >= 2 && deeper > own;
  };
  const mend = (list: Section[]): Section[] => {
    const out: Section[] = [];
    for (const section of list) {
      const above = out.at(-1);
      const key = keyOf(section);
      if (
        above?.depth === section.depth &&
        misleveled(section) &&
        !above.children.some((child) => keyOf(child) === key)
      )
        above.children.push(section);
      else out.push({ ...section, children: mend(section.children) });
    }
    return out;
  };
  return parts.size === 0 ? sections : mend(sections);
}

function keyOf(section: Section): string {
  return section.title.trim().toLowerCase();
}
