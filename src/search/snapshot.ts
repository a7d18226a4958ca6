import type { PostingsData } from './postings.ts';

/**
 * What a built index saves to disk, so the next start skips parsing and indexing. Plain JSON:
 * terms as one newline-separated string (a term never holds a newline) and the postings as
 * base64 of their typed arrays, which load in milliseconds where rebuilding maps takes seconds.
 */
export interface IndexSnapshot {
  format: 2;
  docCount: number;
  terms: string;
  /** The word each term was first seen as; empty where it is the term itself. */
  surfaces: string;
  offsets: string;
  docs: string;
  scores: string;
}

export function toSnapshot(postings: PostingsData, surfaces: string[]): IndexSnapshot {
  return {
    format: 2,
    docCount: postings.docCount,
    terms: postings.terms.join('\n'),
    surfaces: surfaces
      .map((surface, i) => (surface === postings.terms[i] ? '' : surface))
      .join('\n'),
    offsets: base64(postings.offsets),
    docs: base64(postings.docs),
    scores: base64(postings.scores),
  };
}

export function fromSnapshot(snapshot: IndexSnapshot): {
  postings: PostingsData;
  surfaces: string[];
} {
  if (snapshot.format !== 2) throw new Error('unknown index snapshot format');
  const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
  const surfaces =
    snapshot.surfaces === '' && terms.length <= 1 ? terms : snapshot.surfaces.split('\n');
  return {
    postings: {
      docCount: snapshot.docCount,
      terms,
      offsets: new Int32Array(bytes(snapshot.offsets)),
      docs: new Int32Array(bytes(snapshot.docs)),
      scores: new Float32Array(bytes(snapshot.scores)),
    },
    surfaces: surfaces.map((surface, i) => surface || (terms[i] as string)),
  };
}

function base64(array: Int32Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** A fresh, aligned ArrayBuffer: a Buffer may sit at any offset of a shared pool. */
function bytes(text: string): ArrayBuffer {
  const buffer = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  return copy;
}
