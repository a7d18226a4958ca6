import type { Directory } from './directory.ts';
import { understand } from './understand.ts';

/**
 * The speaker a question named as a person ("did Tom Becker talk about lock-free queues?",
 * "what did Priya say about …", "talks by tom becker"), as the notes write the name; undefined
 * where it named a company or nobody the notes have. A follow-up's "her" or
 * "him" is that person, whoever gave the talks the answer found instead.
 */
export function personAsked(text: string, directory: Directory): string | undefined {
  const { by } = understand(text);
  if (!by || by.how === 'at' || by.how === 'of') return undefined;
  const named = directory.byName(by.name, by.prefer) ?? directory.bySlip(by.name);
  return named?.scope.kind === 'speaker' ? named.scope.name : undefined;
}
