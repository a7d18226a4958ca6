import type { Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';
import { kindAsked } from './kind-step.ts';
import { ORDINALS } from './list-picks.ts';
import type { Plan } from './plan.ts';

/**
 * "The second culture talk", "who gave the 3rd keynote?", "what was the fourth talk on day 2"
 * with no list shown before: the list the question names (the culture talks, the keynotes, the
 * talks of day 2), and that place of it, as that list alone would be shown (the asking before
 * it, "who gave", "what was", is no part of the list). "First" and "last" are not read
 * here: they ask for the schedule's ends (`findOrder`).
 */
const NTH = new RegExp(
  String.raw`^(.{0,80}?\b)?the\s+(${ORDINALS.slice(1).join('|')}|(?:[2-9]|1\d)(?:nd|rd|th))\s+((?:[\p{L}\p{N}.+#'’-]+\s+){0,3}?)(talk|session|keynote|presentation|workshop|panel)s?\b([^?]{0,80})\??\s*$`,
  'u',
);

/** The place and the question of the whole list, where one of its talks is asked for by place. */
export function nthAsked(
  text: string,
): { place: number; ordinal: string; list: string } | undefined {
  const found = NTH.exec(fold(text).trim());
  if (!found) return undefined;
  const [, , ordinal = '', what = '', kind = '', after = ''] = found;
  const place = ORDINALS.includes(ordinal)
    ? ORDINALS.indexOf(ordinal) + 1
    : Number.parseInt(ordinal, 10);
  return { place, ordinal, list: `${what}${kind}s${after}`.replace(/\s+/g, ' ').trim() };
}

/**
 * The talk at the place asked of the list the question names, where that list has so many; where
 * it has fewer ("the fourth culture talk" of three, "the second keynote" where no talk is one), a
 * plan of none that says how many it has. Undefined where the question asks no place, or a title
 * says the ordinal ("The second brain"): then it is searched as typed.
 */
export function nthOfNamed(
  text: string,
  resolve: (list: string) => Plan,
  talks: readonly Talk[],
): Talk | Extract<Plan, { kind: 'none' }> | undefined {
  const asked = nthAsked(text);
  if (!asked) return undefined;
  const said = new RegExp(String.raw`\b${asked.ordinal}\b`);
  if (talks.some((talk) => said.test(fold(talk.title)))) return undefined;
  const plan = resolve(asked.list);
  const fewer = { list: asked.list, ordinal: asked.ordinal };
  // "The second blockchain talk": no talk is of that list at all, said so; never where the words
  // before the talk are a part of it ("the second half of the talk").
  if (plan.kind === 'none')
    return plainNone(plan) && !PART_OF.test(asked.list)
      ? { kind: 'none', suggestions: [], fewer: { ...fewer, count: 0 } }
      : undefined;
  if (plan.kind !== 'talks' || plan.whichEvent) return undefined;
  // "The second keynote at devopsdays ghent", which had none: its talks "without keynotes" are
  // no list of keynotes to count in.
  if (plan.scope.dropped && kindAsked(plan.scope.dropped))
    return { kind: 'none', suggestions: [], fewer: { ...fewer, count: 0 } };
  if (plan.scope.unmatched?.length || plan.scope.dropped) return undefined;
  if (plan.total < asked.place)
    return { kind: 'none', suggestions: [asked.list], fewer: { ...fewer, count: plan.total } };
  return plan.talks(asked.place)[asked.place - 1];
}

/** "The second half of the talk", "the third part of his talk": a part of a talk, no list. */
const PART_OF = /\b(?:of|the|a|an|my|his|her|their|this|that|its)\b/;

/** A plan of none for no other reason than that no talk matches. */
function plainNone(plan: Extract<Plan, { kind: 'none' }>): boolean {
  return !plan.unknown && !plan.person && !plan.place && !plan.empty && !plan.leftOut;
}
