import { describe, expect, it } from 'vitest';
import type { Talk } from '../../../src/model.ts';
import { phraseWords, TitlePhrases } from '../../../src/search/title-phrases.ts';

const talk = (title: string, id: string): Talk => ({
  id,
  event: 'e',
  title,
  speakers: [],
  links: [],
  notes: [],
  summary: '',
  source: { file: 'e.md', line: 1 },
});

describe('title phrases', () => {
  // "constructor" was looked up on a plain object, found Object's constructor, and threw: a
  // talk so titled stopped the bot from being prepared, and such a question got an error.
  const talks = [
    talk('Constructor Injection Done Right', 'ctor'),
    talk("What They Don't Tell You About Kafka", 'kafka'),
  ];

  it('read "constructor" as a word, contractions still opened', () => {
    expect(phraseWords("Constructor: don't")).toEqual(['constructor', 'do', 'not']);
    const phrases = new TitlePhrases(talks);
    expect(phrases.find('anything on constructor injection done right?')).toEqual([0]);
    expect(phrases.find('what they do not tell you about kafka')).toEqual([1]);
  });

  it('builds the same table in slices', async () => {
    const sliced = await TitlePhrases.build(talks, () => Promise.resolve());
    expect(sliced.find('constructor injection done right')).toEqual([0]);
    expect(sliced.find("what they don't tell you about kafka")).toEqual([1]);
  });
});
