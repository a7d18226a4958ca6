import { describe, expect, it } from 'vitest';
import { fold, termOf, words } from '../../../src/search/analyze.ts';
import { PostingsBuilder } from '../../../src/search/build-postings.ts';

/** The reading `words` keeps to, written the plain way (Unicode folding, two regexes). */
function reference(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Letters no accent makes, read as typed without their stroke ("tromso" for Tromsø).
      .replace(
        /[øłđßæœ]/g,
        (letter) => ({ ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' })[letter] ?? letter,
      )
      .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

const PIECES = [
  ...['a', 'b', 'Z', 'Q', '1', '9', "'", '’', '.', ':', '^', '`', ' ', '\n', '\t', '-', ',', '('],
  ...[
    '—',
    '–',
    '“',
    '”',
    '‘',
    '…',
    'é',
    'É',
    'Σ',
    'Α',
    'ß',
    'ﬁ',
    'İ',
    '\u0301',
    '\u00a0',
    '½',
    '😀',
    'ʼ',
    '·',
    'Ω',
  ],
  ...['Uber', "Uber's", 'café', 'node.js', "don't"],
];

/** Strings of those pieces, the same ones on every run. */
function* samples(count: number, longest: number): Generator<string> {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let n = next(longest); n > 0; n--) text += PIECES[next(PIECES.length)];
    yield text;
  }
}

describe('words', () => {
  it('reads ASCII and any other script as the Unicode reading does', () => {
    for (const text of samples(20_000, 24))
      expect(words(text), JSON.stringify(text)).toEqual(reference(text));
  });

  it('drops apostrophes inside words, accents and case', () => {
    expect(words("Uber's CAFÉ, don’t node.js")).toEqual(['ubers', 'cafe', 'dont', 'node', 'js']);
    expect(words('“Kafka’s”—‘logs’… Go')).toEqual(['kafkas', 'logs', 'go']);
    // As the regular expression does, a letter closes one pair only.
    expect(words("a'b'c")).toEqual(['ab', 'c']);
    // A final sigma is one whatever follows it.
    expect(words('ΟΔΟΣ.Α ΟΔΟΣ Α')).toEqual(reference('ΟΔΟΣ.Α ΟΔΟΣ Α'));
  });

  it('reads Chinese and Japanese, written without spaces, as pairs of characters', () => {
    expect(words('ビルド速度が10倍に')).toEqual([
      'ビル',
      'ルド',
      'ド速',
      '速度',
      '度が',
      '10',
      '倍に',
    ]);
    expect(words('Node.jsのこれから')).toEqual(['node', 'js', 'のこ', 'これ', 'れか', 'から']);
    // One character alone stays a word.
    expect(words('書 王芳')).toEqual(['書', '王芳']);
    // Korean joins particles to the word: "캐시가" is read as 캐시 (cache) and 시가.
    expect(words('캐시가 발표')).toEqual(['캐시', '시가', '발표']);
  });

  it('folds ASCII and other text alike', () => {
    expect(fold('Café MICROSERVICES')).toBe('cafe microservices');
    expect(fold('Plain ASCII')).toBe('plain ascii');
  });
});

describe('PostingsBuilder', () => {
  const build = (texts: string[][]) => {
    const builder = new PostingsBuilder(2, (word) => word);
    texts.forEach((fields, doc) => {
      fields.forEach((text, field) => {
        builder.field(doc, field);
        builder.text(text);
      });
    });
    return builder.finish(texts.length, [2, 1]);
  };

  it('counts a word once however it is written: capitals, apostrophes, accents', () => {
    const plain = build([
      ['ubers uber', 'cafe ubers ubers'],
      ['cafe', 'ubers'],
    ]);
    const written = build([
      ["Uber's UBER", 'CAFÉ ubers UBERS'],
      ['café', "uber's"],
    ]);
    expect(written).toEqual(plain);
    expect(plain.postings.terms).toEqual(['ubers', 'uber', 'cafe']);
    const { offsets, docs, scores } = plain.postings;
    expect([...docs.subarray(offsets[0], offsets[1])]).toEqual([0, 1]);
    // Document 0 has it in both fields, twice in the second.
    expect(scores[0]).toBeGreaterThan(scores[1] as number);
  });

  it('gives each term the first word it came from', () => {
    const builder = new PostingsBuilder(1, termOf);
    builder.field(0, 0);
    builder.text('Running runs, the run');
    const { postings, surfaces } = builder.finish(1, [1]);
    expect(postings.terms).toEqual(['run']);
    expect(surfaces).toEqual(['running']);
  });
});
