import type { Library } from '../model.ts';
import { rankedEvents } from './event-ranking.ts';
import { eachChoice } from './or-alternatives.ts';
import type { Plan } from './plan.ts';

/**
 * The readings of a question as a whole, around its usual reading (`read`): "which conference
 * had the most security talks" ranks the events (where no event is asked about already);
 * "hiring or careers?" answers each subject of the choice.
 */
export function wholeChoices(
  plain: string,
  event: string | undefined,
  asker: { library: Library; resolve: (text: string, event?: string) => Plan },
  read: () => Plan,
): Plan {
  const ask = (text: string, at?: string) => asker.resolve(text, at);
  const ranked = event ? undefined : rankedEvents(plain, asker.library, (subject) => ask(subject));
  if (ranked) return ranked;
  const plan = read();
  return eachChoice(plain, event, plan, (one) => ask(one, event)) ?? plan;
}
