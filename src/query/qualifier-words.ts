import type { QueryWord } from '../search/talk-index.ts';

/**
 * Words that qualify a subject and name none: "in production", "at scale", "in practice", "for
 * beginners", "in the real world". A talk that says only them ("production" of "a product
 * culture") is no answer to "kubernetes in production" when no talk mentions Kubernetes.
 */
const QUALIFIERS = new Set(
  (
    'production prod scale practice practise anger action depth wild beginners beginner newbies ' +
    'novices enterprise enterprises general today real world life reality future modern ' +
    'large small big teams team companies company nutshell detail details'
  ).split(' '),
);

/** Whether a word only qualifies a subject ("production", "scale", "practice"). */
export function isQualifier(word: string): boolean {
  return QUALIFIERS.has(word);
}

/** Whether the words left of a question once its subject is gone only qualify it. */
export function onlyQualifiers(kept: QueryWord[]): boolean {
  return kept.length > 0 && kept.every((q) => QUALIFIERS.has(q.word));
}

/**
 * The words of a question a talk was found by, where it lacks `unmatched`: without them, nor
 * the other words of a concept one of them is part of ("learning" of "machine learning").
 */
export function subjectLeft(query: QueryWord[], unmatched: string[]): QueryWord[] {
  const missing = new Set(unmatched);
  const halfMissing = query.some((q) => q.concept && missing.has(q.word));
  return query.filter((q) => !missing.has(q.word) && !(halfMissing && q.concept));
}
