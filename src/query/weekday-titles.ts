import type { Talk } from '../model.ts';
import { fold, words } from '../search/analyze.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import type { DayPhrase } from './dates.ts';

/**
 * "Deploy on Friday", "friday deploys", "video for deploy on friday": a weekday that a talk's
 * title says, beside another word of the question that its title or summary has, is a word of
 * that title, not the day to look in (where "deploy" on a Friday was another talk). The weekday
 * alone (`talks on friday`, `the friday talk`) stays a day. Only titles are read, once per
 * question that names a weekday.
 */
export function weekdayOfTitle(
  day: DayPhrase | undefined,
  query: readonly QueryWord[],
  talks: readonly Talk[],
  index: TalkIndex,
): boolean {
  if (day?.kind !== 'weekday' || query.length === 0) return false;
  const name = day.label.toLowerCase();
  for (const [doc, talk] of talks.entries()) {
    const said = words(fold(talk.title));
    if (!said.some((word) => word === name || word === `${name}s`)) continue;
    if (query.some((q) => [q.word, ...(q.alternatives ?? [])].some((w) => index.isAbout(doc, [w]))))
      return true;
  }
  return false;
}
