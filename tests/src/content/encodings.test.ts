import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/content/parse-file.ts';

/**
 * Notes saved by the editors people have: Windows' Notepad and PowerShell write UTF-16, older
 * Windows editors and Word's plain text Windows-1252. Each is read as the editor meant it.
 */
const NOTES = [
  '# Notes from Café Conf 2024',
  '',
  '## “Zero trust” in practice – Renée Dubois (Société Générale)',
  '',
  '* mTLS everywhere — even in CI…',
  '',
].join('\r\n');

const read = (bytes: Buffer, name = 'cafe-2024.md') =>
  parseFile({ path: `content/${name}`, text: bytes });
const talksOf = (bytes: Buffer) => {
  const { parsed, problem } = read(bytes);
  if (!parsed) throw new Error(problem?.message);
  return parsed.talks.map((t) => [t.title, t.speakers[0]?.name, t.speakers[0]?.company, t.summary]);
};
const expected = [
  ['“Zero trust” in practice', 'Renée Dubois', 'Société Générale', 'mTLS everywhere — even in CI…'],
];

describe('notes saved in another encoding', () => {
  it('reads UTF-16 with its byte-order mark, little- or big-endian, as the same notes', () => {
    expect(talksOf(Buffer.from(NOTES, 'utf8'))).toEqual(expected);
    expect(talksOf(iconv.encode(NOTES, 'utf16le', { addBOM: true }))).toEqual(expected);
    expect(talksOf(iconv.encode(NOTES, 'utf16be', { addBOM: true }))).toEqual(expected);
  });

  it('reads UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(talksOf(iconv.encode(NOTES, 'utf16le'))).toEqual(expected);
    expect(talksOf(iconv.encode(NOTES, 'utf16be'))).toEqual(expected);
  });

  it('reads Windows-1252 where the bytes are no UTF-8, and says it guessed', () => {
    const bytes = iconv.encode(NOTES, 'win1252');
    expect(talksOf(bytes)).toEqual(expected);
    expect(read(bytes).parsed?.problems).toEqual([
      expect.objectContaining({
        line: 1,
        severity: 'warning',
        message: expect.stringMatching(/^is not UTF-8: read as Windows-1252; save it as UTF-8/),
      }),
    ]);
  });

  it('keeps a UTF-8 file with one broken byte UTF-8, with no warning', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${NOTES}* a broken `, 'utf8'),
      Buffer.from([0x93]),
      Buffer.from(' quote', 'utf8'),
    ]);
    const [talk] = talksOf(bytes);
    expect(talk?.slice(0, 3)).toEqual(expected[0]?.slice(0, 3));
    expect(talk?.[3]).toBe('mTLS everywhere — even in CI… a broken \ufffd quote.');
    expect(read(bytes).parsed?.problems).toEqual([]);
  });

  it('still refuses bytes that are no text, naming the file', () => {
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49,
    ]);
    expect(read(binary, 'photo.md').problem).toEqual({
      file: 'content/photo.md',
      line: 1,
      message: 'not a text file (contains NUL bytes)',
    });
  });
});
