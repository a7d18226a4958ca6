import type { PostingsData } from './postings.ts';

/**
 * What a built index saves, so the next start skips parsing and indexing: the postings as typed
 * arrays (written to disk as raw bytes, see `snapshot-file.ts`, which load in milliseconds where
 * rebuilding minisearch's maps took seconds) and the terms as newline-separated text.
 */
export interface IndexSnapshot {
  format: 3;
  docCount: number;
  terms: string;
  /**
   * The word each term was first seen as (empty where it is the term itself), then, tab-separated,
   * the other words it was seen as.
   */
  surfaces: string;
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float32Array;
}

export function toSnapshot(
  postings: PostingsData,
  surfaces: string[],
  forms: readonly string[][],
): IndexSnapshot {
  return {
    format: 3,
    docCount: postings.docCount,
    terms: postings.terms.join('\n'),
    surfaces: surfaces
      .map((surface, i) =>
        [surface === postings.terms[i] ? '' : surface, ...(forms[i] ?? [])].join('\t'),
      )
      .join('\n'),
    offsets: postings.offsets,
    docs: postings.docs,
    scores: postings.scores,
  };
}

export function fromSnapshot(snapshot: IndexSnapshot): {
  postings: PostingsData;
  surfaces: string[];
  forms: string[][];
} {
  if (snapshot.format !== 3) throw new Error('unknown index snapshot format');
  const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
  const lines = terms.length === 0 ? [] : snapshot.surfaces.split('\n');
  const { docCount, offsets, docs, scores } = snapshot;
  const surfaces: string[] = [];
  const forms: string[][] = [];
  terms.forEach((term, i) => {
    const [first, ...rest] = (lines[i] ?? '').split('\t');
    surfaces.push(first || term);
    forms.push(rest);
  });
  return { postings: { docCount, terms, offsets, docs, scores }, surfaces, forms };
}
