import { type Corpus, random } from './corpus.ts';

/**
 * A mixed question set drawn from a corpus: common and rare single words, two-word phrases,
 * typos, prefixes, speaker names, and questions that find nothing.
 */
export function questionSet(
  corpus: Corpus,
  count = 600,
  seed = 7,
): { search: string[]; complete: string[] } {
  const rand = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)] as T;
  const common = corpus.words.slice(0, 200);
  const rare = corpus.words.slice(2000);
  const typo = (word: string) => {
    const i = 1 + Math.floor(rand() * (word.length - 2));
    return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
  };
  const makers = [
    () => pick(common),
    () => pick(rare),
    () => `${pick(common)} ${pick(rare)}`,
    () => pick(corpus.titles).split(' ').slice(0, 2).join(' '),
    () => typo(pick(rare)),
    () => pick(rare).slice(0, 4),
    () => pick(corpus.speakers),
    () => `qqzx${Math.floor(rand() * 1e6)} wvvkj`,
  ];
  const search = Array.from({ length: count }, (_, i) =>
    (makers[i % makers.length] as () => string)(),
  );
  const complete = Array.from({ length: count / 2 }, (_, i) => {
    const title = pick(corpus.titles);
    return i % 3 === 0
      ? title.slice(0, 1 + (i % 6))
      : title
          .split(' ')
          .slice(0, 1 + (i % 2))
          .join(' ')
          .slice(0, 3 + (i % 8));
  });
  return { search, complete };
}
