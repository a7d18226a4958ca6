import type { ContentProblem, Talk } from '../model.ts';
import { finishTalk } from './finish-talk.ts';
import type { LineLookup, TalkFacts } from './front-matter.ts';
import { fillFrom, repeatedTalks } from './repeated-talks.ts';
import type { ShapeReader } from './shapes.ts';
import type { DraftTalk } from './talk-body.ts';
import { talkId } from './talk-id.ts';
import { untitled } from './untitled-talk.ts';

/**
 * The post's drafts as talks, each with an id of its own ("keynote", "keynote-2") and the facts
 * its front matter's `talks:` key gives it; a key that names no talk is a problem.
 */
export function postTalks(
  reader: ShapeReader,
  facts: Record<string, TalkFacts>,
  factLines: LineLookup,
  where: { eventId: string; file: string },
  problems: ContentProblem[],
): { talks: Talk[]; conferences: (string | undefined)[] } {
  const { eventId, file } = where;
  const talks: Talk[] = [];
  /** Per talk, the group heading naming its conference, if any. */
  const conferences: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  const nextNumber = new Map<string, number>();
  /** Ids and heading anchors: what a `talks:` key in the front matter may name. */
  const known = new Set<string>();
  const baseIds = reader.drafts.map((draft) => talkId(draft.title));
  // A schedule or list repeating talks that have their own heading may know their speaker, time
  // or links: what the heading does not say is taken from there.
  const repeats = repeatedTalks(reader.drafts, baseIds);
  for (const [index, heading] of repeats) fillFrom(heading, reader.drafts[index] as DraftTalk);
  // A heading that took its index row's full title takes the id of that title.
  reader.drafts.forEach((draft, index) => {
    if (draft.fullTitle === draft.title) baseIds[index] = talkId(draft.title);
  });
  for (const [index, draft] of reader.drafts.entries()) {
    if (untitled(draft)) {
      problems.push({
        file,
        line: draft.line,
        message: 'talk heading has no title',
        severity: 'warning',
      });
      continue;
    }
    const base = baseIds[index] as string;
    // A list repeating talks that have their own heading (a table of contents) adds nothing.
    if (repeats.has(index)) continue;
    const id = uniqueId(base, seen, nextNumber);
    if (id !== base) {
      problems.push({
        file,
        line: draft.line,
        message: `repeated heading "${draft.title}" (first on line ${seen.get(base)}): read as a second talk with id "${id}"`,
        severity: 'warning',
      });
    }
    seen.set(id, draft.line);
    known.add(id);
    if (draft.anchor) known.add(draft.anchor);
    const topic =
      [draft.anchor, ...draft.ids, id]
        .map((anchor) => reader.topicByAnchor.get(anchor))
        .find(Boolean) ?? draft.topic;
    talks.push(
      finishTalk(
        draft,
        id,
        eventId,
        topic,
        facts[id] ?? (draft.anchor ? facts[draft.anchor] : undefined),
        file,
      ),
    );
    conferences.push(draft.conference);
  }

  for (const key of Object.keys(facts)) {
    if (!known.has(key)) {
      problems.push({
        file,
        line: factLines.get(key) ?? 1,
        message: `front matter talks.${key} matches no talk heading (talk ids: ${talks
          .slice(0, 50)
          .map((t) => t.id)
          .join(', ')}${talks.length > 50 ? ', …' : ''})`,
      });
    }
  }
  return { talks, conferences };
}

/**
 * "keynote", then "keynote-2", "keynote-3": stable as long as the order of the talks is. `next`
 * keeps each id's next number to try (every smaller one is taken), so a heading repeated
 * thousands of times costs no more each time.
 */
function uniqueId(base: string, seen: Map<string, number>, next: Map<string, number>): string {
  if (!seen.has(base)) return base;
  let n = next.get(base) ?? 2;
  while (seen.has(`${base}-${n}`)) n++;
  next.set(base, n + 1);
  return `${base}-${n}`;
}
