import type { Library } from '../model.ts';
import { words } from '../search/analyze.ts';
import { rankedEvents } from './event-ranking.ts';
import type { EventWords } from './event-words.ts';
import { eachChoice } from './or-alternatives.ts';
import type { Plan } from './plan.ts';
import { ratedEvents } from './rated-events.ts';
import { topicComparison } from './topic-comparison.ts';

/**
 * The readings of a question as a whole, around its usual reading (`read`): "which conference
 * had the most security talks" ranks the events (where no event is asked about already);
 * "hiring or careers?" answers each subject of the choice.
 */
export function wholeChoices(
  plain: string,
  event: string | undefined,
  asker: {
    library: Library;
    eventWords: EventWords;
    resolve: (text: string, event?: string) => Plan;
  },
  read: () => Plan,
): Plan {
  const ask = (text: string, at?: string) => asker.resolve(text, at);
  // "qcon", "devopsdays oslo": the events a name offered for a ranking names.
  const eventsOf = (name: string) =>
    asker.eventWords.wholeNames(name)?.events ??
    words(name).flatMap((word) => [...(asker.eventWords.eventsNamed(word) ?? [])]);
  // "Were there more devops or security talks?", "which had more talks, data or culture": the
  // two topics, each with its talks counted (two events offered so are ranked below).
  const topics = topicComparison(plain, asker.library);
  if (topics) return topics;
  const ranked = event
    ? undefined
    : rankedEvents(plain, asker.library, (subject) => ask(subject), eventsOf);
  if (ranked) return ranked;
  // "Was surfdev better than kelpconf?": the events, counted, said to be rated nowhere.
  const rated = event ? undefined : ratedEvents(plain, asker.library, eventsOf);
  if (rated) return rated;
  const plan = read();
  return eachChoice(plain, event, plan, (one) => ask(one, event)) ?? plan;
}
