/**
 * What a builder counted of some documents, to be merged into another builder after the documents
 * it holds: a file's talks are counted once (in a worker, too), and a reload merges what unchanged
 * files counted. Plain typed arrays, so it crosses to and from workers as it is.
 */
/** A builder's counts of some documents, numbered from 0 (see `PostingsBuilder.part`). */
export interface PostingsPart {
  docCount: number;
  /** Each word seen, in the order first seen, and its term (an index into `terms`, or -1). */
  words: string[];
  wordTerm: Int32Array;
  terms: string[];
  /** Distinct words of each field of each document. */
  lengths: Int32Array;
  /** (term, count) of every field a term is in, in document and field order (slot order), */
  entryTerm: Uint16Array | Int32Array;
  entryCount: Uint16Array | Int32Array;
  /** and where the entries of each slot (document × fields + field) end. */
  slotEnds: Int32Array;
}

/** The typed arrays of a part, in the order they are written after the header. */
const ARRAYS = ['wordTerm', 'lengths', 'slotEnds', 'entryTerm', 'entryCount'] as const;
type ArrayName = (typeof ARRAYS)[number];
const MAGIC = 0x51505731; // "QPW1"

/**
 * A part as bytes for the disk, where a file's counted words wait beside its parse (see
 * `ParseCache`): a restarted bot's loader takes them as they are instead of reading every
 * talk's text again. A header (JSON: the counts, words and terms, and each array's length and
 * width), then each array's bytes, each at a multiple of 4.
 */
export function encodePart(part: PostingsPart): Uint8Array {
  const shapes = ARRAYS.map((name) => [part[name].length, part[name].BYTES_PER_ELEMENT]);
  const header = new TextEncoder().encode(
    JSON.stringify({ docCount: part.docCount, words: part.words, terms: part.terms, shapes }),
  );
  let size = align(8 + header.length);
  for (const name of ARRAYS) size += align(part[name].byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  bytes.set(header, 8);
  let at = align(8 + header.length);
  for (const name of ARRAYS) {
    const array = part[name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += align(array.byteLength);
  }
  return bytes;
}

/** A part from `encodePart`'s bytes; undefined for bytes that are not one (cut, or other). */
export function decodePart(bytes: Uint8Array): PostingsPart | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) return undefined;
    const length = view.getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as {
      docCount: number;
      words: string[];
      terms: string[];
      shapes: [number, number][];
    };
    let at = align(8 + length);
    const arrays = {} as Record<ArrayName, Int32Array | Uint16Array>;
    for (const [i, name] of ARRAYS.entries()) {
      const [count, width] = header.shapes[i] as [number, number];
      const Kind = width === 2 ? Uint16Array : Int32Array;
      if (at + count * width > bytes.length) return undefined;
      // Copied out: the file's buffer is let go, and an array needs an aligned offset.
      arrays[name] = new Kind(count);
      new Uint8Array(arrays[name].buffer).set(bytes.subarray(at, at + count * width));
      at += align(count * width);
    }
    const { docCount, words, terms } = header;
    const part = { docCount, words, terms, ...arrays } as PostingsPart;
    return consistent(part) ? part : undefined;
  } catch {
    return undefined;
  }
}

const align = (n: number) => (n + 3) & ~3;

/**
 * Whether a part read back can be merged as it is: every index within its table, the entries
 * of each slot after the last's. A file damaged on disk is counted again instead of failing
 * every reload, or making an index that points nowhere.
 */
function consistent(part: PostingsPart): boolean {
  const { docCount, words, terms, wordTerm, lengths, slotEnds, entryTerm, entryCount } = part;
  if (!(wordTerm instanceof Int32Array && lengths instanceof Int32Array)) return false;
  if (!(slotEnds instanceof Int32Array) || !Number.isInteger(docCount) || docCount < 0)
    return false;
  if (!Array.isArray(words) || !Array.isArray(terms) || wordTerm.length !== words.length)
    return false;
  if (lengths.length !== slotEnds.length || entryTerm.length !== entryCount.length) return false;
  if (docCount === 0 ? slotEnds.length !== 0 : slotEnds.length % docCount !== 0) return false;
  for (const term of wordTerm) if (term < -1 || term >= terms.length) return false;
  for (const term of entryTerm) if (term >= terms.length) return false;
  let end = 0;
  for (const next of slotEnds) {
    if (next < end) return false;
    end = next;
  }
  return end === entryTerm.length;
}
