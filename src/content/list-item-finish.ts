import type { ContentProblem } from '../model.ts';
import { contains } from './list-marks.ts';
import type { ListTalk } from './list-talks.ts';
import { type DraftTalk, readInto } from './talk-body.ts';
import { addLink } from './talk-links.ts';

/** A list item's talk made whole: its lead's link, the rest of its line and its nested notes. */
export function finishItem(talk: ListTalk, file: string, problems: ContentProblem[]): DraftTalk {
  const { draft, item, lead } = talk;
  if (lead.type === 'link') addLink(lead, 'Description', draft.links, true);
  const [first, ...others] = item.children;
  if (first && first !== lead) {
    const afterLead = first.children.filter((child) => child !== lead && !contains(child, lead));
    readInto(draft, [{ ...first, children: afterLead }], file, problems);
  }
  const used = talk.used ?? [];
  for (const node of others) {
    const kept =
      used.length > 0 && node.type === 'list'
        ? { ...node, children: node.children.filter((child) => !used.includes(child)) }
        : node;
    draft.notes.push(...readInto(draft, [kept], file, problems));
  }
  return draft;
}
