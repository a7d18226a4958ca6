import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import type { Talk } from '../../../src/model.ts';
import { decodePart, encodePart, type PostingsPart } from '../../../src/search/postings-part.ts';
import { TalkIndex } from '../../../src/search/talk-index.ts';
import { countWords, TalkIndexBuilder } from '../../../src/search/talk-index-builder.ts';
import { hostileNotes, seeded } from '../../adapters/hostile-input.ts';
import { CONTENT_DIR, FIXTURES_DIR } from '../../helpers.ts';

/**
 * A reload counts the words of the files that changed only, and merges what the other files
 * counted before: the index must be the one counting every talk again would have made — same
 * terms in the same order, same postings and scores, same words shown for a term — or answers
 * would change with the order files were edited in.
 */
const whole = (talks: Talk[]) => {
  const builder = new TalkIndexBuilder();
  builder.add(talks);
  return builder.finish(talks);
};

/** As a restarted bot has them: kept on disk as bytes, and read back. */
const throughDisk = (talks: readonly Talk[]) => decodePart(encodePart(countWords(talks)));

/** The talks cut into "files" at random places; some counted on their own, some not. */
const inParts = (
  talks: Talk[],
  random: () => number,
  count: (part: Talk[]) => PostingsPart | undefined = countWords,
) => {
  const builder = new TalkIndexBuilder();
  for (let at = 0; at < talks.length; ) {
    const part = talks.slice(at, at + 1 + Math.floor(random() * 12));
    builder.add(part, random() < 0.8 ? count(part) : undefined);
    at += part.length;
  }
  return builder.finish(talks);
};

const libraries = {
  shipped: async () => (await loadContent(CONTENT_DIR)).library.talks,
  'the shapes fixtures (many languages and shapes)': async () =>
    (await loadContent(`${FIXTURES_DIR}/shapes`)).library.talks,
  'hostile notes': async () => {
    const random = seeded(7);
    return Array.from({ length: 6 }, (_, i) => hostileNotes(random, `Conf${i}`)).flatMap(
      (markdown, i) => parseNotes(markdown, `h${i}.md`, `h${i}`).talks,
    );
  },
};

describe('words counted file by file', () => {
  it.each(Object.keys(libraries))('index exactly as counting all at once: %s', async (name) => {
    const talks = await libraries[name as keyof typeof libraries]();
    expect(talks.length).toBeGreaterThan(5);
    const expected = whole(talks);
    for (const seed of [1, 2, 3]) expect(inParts(talks, seeded(seed))).toEqual(expected);
    expect(inParts(talks, seeded(4), throughDisk)).toEqual(expected);
  });

  it('kept on disk, are not taken back from a file cut short, damaged or of another kind', async () => {
    const talks = (await loadContent(CONTENT_DIR)).library.talks;
    const bytes = encodePart(countWords(talks));
    expect(decodePart(bytes)).toEqual(countWords(talks));
    for (const cut of [4, 12, bytes.length >> 1, bytes.length - 4])
      expect(decodePart(bytes.subarray(0, cut))).toBeUndefined();
    expect(decodePart(new TextEncoder().encode('{"errors":false}'))).toBeUndefined();
    // Whole, but damaged: a term or an entry pointing nowhere, entries out of order.
    const damaged = (change: (part: PostingsPart) => void) => {
      const part = countWords(talks);
      change(part);
      return decodePart(encodePart(part));
    };
    expect(damaged(() => {})).toEqual(countWords(talks));
    expect(damaged((part) => part.wordTerm.fill(part.terms.length, 3, 4))).toBeUndefined();
    expect(damaged((part) => part.entryTerm.fill(part.terms.length, 5, 6))).toBeUndefined();
    expect(damaged((part) => part.slotEnds.fill(0, 7, 8))).toBeUndefined();
    expect(damaged((part) => part.terms.pop())).toBeUndefined();
  });

  it('answers the same questions the same way', async () => {
    const { library } = await loadContent(`${FIXTURES_DIR}/shapes`);
    const builder = new TalkIndexBuilder();
    for (const talk of library.talks) builder.add([talk], countWords([talk]));
    const merged = new Bot(library, new TalkIndex(library, builder));
    const counted = new Bot(library);
    for (const question of ['kafka', 'talks on platform engineering', 'observability', 'テスト'])
      expect(merged.ask(question)).toEqual(counted.ask(question));
  });
});
