import type { QueryWord } from '../search/talk-index.ts';

/** A name and its version written as one word: "php7", "python3", "es6", "vue3". */
const VERSIONED = /^([a-z]{2,})(\d{1,3})$/;

/**
 * "php 7" and "php7" are one thing however typed, and notes often write both ("Deploying PHP 7",
 * "Switching to PHP7"). The joined word (typed so, or glued because the notes have it) becomes,
 * where some talk also writes the name and the number apart, the two words, each with the joined
 * one as its other form: a talk that writes either way is found, and the two words stay one
 * subject (a concept), never the talks that say only "php".
 */
export function versionWords(
  query: QueryWord[],
  frequency: (word: string) => number,
  together: (a: string, b: string) => boolean,
): QueryWord[] {
  return query.flatMap((q) => {
    const version = q.joined ? null : VERSIONED.exec(q.word);
    const name = version?.[1];
    const number = version?.[2];
    if (!name || !number || frequency(q.word) === 0) return [q];
    if (frequency(name) === 0 || frequency(number) === 0 || !together(name, number)) return [q];
    const alternatives = [q.word, ...(q.alternatives ?? [])];
    return [
      { word: name, alternatives, concept: true, versioned: true },
      { word: number, alternatives, concept: true },
    ];
  });
}
