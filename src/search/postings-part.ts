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
