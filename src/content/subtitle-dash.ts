import { englishWord } from '../search/english-words.ts';
import { isGivenName } from './given-names.ts';

/**
 * "Credit Scoring with Many Agents — A Practical Field Guide", "Search Relevance Tuning — Where
 * Ranking Goes Wrong": before the dash a phrase in capitals, after it a subtitle. The words before
 * the dash name no one where they are joined by "with" (people are joined by "and" or a comma),
 * or where each is an English word in common use and none a given name ("Ann Berg — Title",
 * "Mark Price — Title" keep their speakers).
 */
export function phraseNotPeople(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.some((word) => /^(?:with|for|of|in|on|at|to|from|without|into)$/.test(word)))
    return true;
  return commonWordsOnly(words);
}

/** Each word an English word in common use, none a given name: "Cost Dashboards That Work". */
export function commonWordsOnly(words: string[]): boolean {
  return words.every((word) => {
    const bare = word.replace(/[^\p{L}'’-]/gu, '');
    return bare.length > 0 && !isGivenName(bare) && englishWord(bare.toLowerCase());
  });
}
