import { dayOf } from './day-date.ts';
import { type ListTalk, listTalks } from './list-talks.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { isPlainGroup } from './section-names.ts';
import { findFirst } from './sections.ts';
import type { TalkContext } from './talk-body.ts';

/**
 * An outline: "- Day 1" (or "- Frontend") items, each over a nested list of talks. The label is
 * the talks' day, or their topic.
 */
export function outlineTalks(
  list: MdNode,
  context: TalkContext,
  talkContainer: boolean,
  timetable = false,
): ListTalk[] {
  const talks: ListTalk[] = [];
  let groups = 0;
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || findFirst(first, 'link')) return [];
    const label = plainText(first).replace(/:$/, '');
    const sublists = rest.filter((node) => node.type === 'list');
    if (label.length > 80 || sublists.length !== 1 || rest.length !== 1) return [];
    const day = dayOf(label, context.dates ?? {});
    const inner: TalkContext = { ...context };
    if (day) {
      inner.day = day.day;
      if (day.date) inner.date = day.date;
      else delete inner.date;
    } else if (!isPlainGroup(label)) inner.topic = label;
    const found = listTalks(
      sublists[0] as MdNode,
      inner,
      talkContainer || day !== undefined,
      timetable,
    );
    if (found.length > 0) groups++;
    talks.push(...found);
  }
  return groups * 2 >= list.children.length ? talks : [];
}
