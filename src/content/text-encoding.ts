import iconv from 'iconv-lite';

/** A notes file's text, and the encoding it was read in when that was not UTF-8. */
export interface DecodedNotes {
  text: string;
  /** Set when the bytes were not UTF-8: the author is told, as the guess may be wrong. */
  guessed?: 'Windows-1252';
}

/** How much of a file without a byte-order mark is looked at to tell UTF-16 from binary. */
const SAMPLE = 4096;

/**
 * The text of a notes file as the editor that saved it meant it: UTF-8 (with or without a BOM);
 * UTF-16, which Windows' Notepad and PowerShell's `>` write (by its BOM, or by the zero byte
 * beside every ASCII letter); Windows-1252, which older Windows editors and Word's "plain text"
 * write (where the bytes are not UTF-8 and no valid UTF-8 beyond ASCII is in them: a UTF-8 file
 * with a broken byte stays UTF-8). Undefined for bytes that are no text (zero bytes elsewhere).
 */
export function decodeNotes(bytes: Buffer): DecodedNotes | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes, 'utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes, 'utf16be') };
  if (bytes.includes(0)) {
    const utf16 = utf16Without(bytes.subarray(0, SAMPLE));
    return utf16 ? { text: iconv.decode(bytes, utf16) } : undefined;
  }
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd')) return { text };
  let broken = 0;
  let wide = 0;
  for (const char of text) {
    if (char === '\ufffd') broken++;
    else if (char.charCodeAt(0) > 0x7f) wide++;
  }
  return broken > wide
    ? { text: iconv.decode(bytes, 'win1252'), guessed: 'Windows-1252' }
    : { text };
}

/**
 * UTF-16 without a byte-order mark: text in Latin letters has a zero byte beside nearly every
 * character, on the same side (after it: little-endian; before it: big-endian).
 */
function utf16Without(sample: Buffer): 'utf16le' | 'utf16be' | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (odd > pairs * 0.3 && even === 0) return 'utf16le';
  if (even > pairs * 0.3 && odd === 0) return 'utf16be';
  return undefined;
}
