import type { MdNode } from './markdown.ts';
import type { Section } from './sections.ts';

/**
 * "---" under the last talk's notes, then "That's all from me… the talks I could not cover: […](…)":
 * where a post draws its one rule after its last talk, what follows is the author's closing, not
 * that talk's notes (its links are other talks' decks, not this one's). A post that rules off its
 * talks from each other, or parts of a talk, keeps all of them.
 */
export function withoutClosing(sections: Section[]): Section[] {
  if (sections.length < 3) return sections;
  const chain: Section[] = [];
  for (let at: Section | undefined = sections.at(-1); at; at = at.children.at(-1)) chain.push(at);
  const tail = chain.at(-1) as Section;
  const rule = tail.body.findIndex(isRule);
  if (rule < 0 || rule === tail.body.length - 1 || tail.body.slice(rule + 1).some(isRule))
    return sections;
  const before = tail.body.slice(0, rule);
  // Notes of the talk above the rule: a rule right under a heading opens its notes.
  if (!before.some((node) => !isRule(node)) && tail.children.length === 0 && chain.length === 1)
    return sections;
  if (sections.some((section) => hasRule(section, tail))) return sections;
  let cut: Section = { ...tail, body: before };
  for (let i = chain.length - 2; i >= 0; i--) {
    const above = chain[i] as Section;
    cut = { ...above, children: [...above.children.slice(0, -1), cut] };
  }
  return [...sections.slice(0, -1), cut];
}

const isRule = (node: MdNode) => node.type === 'thematicBreak';

/** Whether a section other than `except` draws a rule in its body (or its parts'). */
function hasRule(section: Section, except: Section): boolean {
  if (section !== except && section.body.some(isRule)) return true;
  return section.children.some((child) => hasRule(child, except));
}
