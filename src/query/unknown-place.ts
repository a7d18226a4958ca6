import { fold } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import type { Plan } from './plan.ts';
import type { RelaxSteps } from './relax-filters.ts';

/**
 * "Kubernetes talks at kubecon", "rust talks at fooconf 2024": "at" a name no event, speaker,
 * company or talk of the notes has. The event is not in the notes, so no talk is from it: the
 * question without it is asked, and the answer says which words it left out ("No talk matches
 * the whole question: these match it without “at kubecon”"). A question with nothing else to
 * ask ("talks at kubecon") keeps its "no match": every talk would be no answer to it.
 */
const AT_NAME = /(?:^|\s)(at\s+([\p{L}][\p{L}\p{N}:'-]*)(?:\s+((?:19|20)\d\d))?)(?=\s|$)/gu;

export function withoutUnknownPlace(
  text: string,
  event: string | undefined,
  steps: RelaxSteps,
): Plan | undefined {
  const typed = fold(text)
    .replace(/[?!,;"“”()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const found of typed.matchAll(AT_NAME)) {
    const [, span, name] = found as unknown as [string, string, string];
    const parts = name.split(/[:'-]/).filter((part) => part !== '');
    const unknown =
      !isFiller(name) &&
      parts.every((part) => steps.index.frequency(part) === 0) &&
      !steps.eventWords.names(name) &&
      !steps.reader.isSynonym(name) &&
      !steps.directory.byName(name, 'company');
    if (!unknown) continue;
    // Where this match stands: the same words may come earlier ("at scale … at sca").
    const at = (found.index ?? 0) + found[0].length - span.length;
    const rest = `${typed.slice(0, at)} ${typed.slice(at + span.length)}`
      .replace(/\s+/g, ' ')
      .trim();
    const plan = steps.read(rest, event);
    if (plan.kind !== 'talks' || plan.total === 0) return undefined;
    const { scope } = plan;
    // "Talks at kubecon": all talks are no answer.
    if (scope.kind === 'list' && !scope.event && !scope.having && !scope.lacking) return undefined;
    return { ...plan, scope: { ...scope, dropped: span } };
  }
  return undefined;
}
