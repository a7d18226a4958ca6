import { inSlices } from '../slices.ts';
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

/** An index snapshot made into what a `TalkIndex` searches: postings, words, their ids. */
export interface RestoredIndex {
  postings: PostingsData;
  surfaces: string[];
  forms: string[][];
  termIds: Map<string, number>;
}

export function fromSnapshot(snapshot: IndexSnapshot): RestoredIndex {
  const restoring = startRestoring(snapshot);
  for (let id = 0; id < restoring.count; id++) restoring.step(id);
  return restoring.index;
}

/**
 * The same, a slice of `sliceMs` at a time between `turn()`s: on the answering thread, at 10,000
 * talks, the terms' tables took ~50 ms at once.
 */
export async function fromSnapshotInSlices(
  snapshot: IndexSnapshot,
  turn: () => Promise<unknown>,
  sliceMs = 8,
): Promise<RestoredIndex> {
  const restoring = startRestoring(snapshot);
  await inSlices(restoring.index.postings.terms, (_, id) => restoring.step(id), turn, sliceMs);
  return restoring.index;
}

function startRestoring(snapshot: IndexSnapshot) {
  if (snapshot.format !== 3) throw new Error('unknown index snapshot format');
  const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
  const lines = terms.length === 0 ? [] : snapshot.surfaces.split('\n');
  const { docCount, offsets, docs, scores } = snapshot;
  const index: RestoredIndex = {
    postings: { docCount, terms, offsets, docs, scores },
    surfaces: [],
    forms: [],
    // A loop, not a Map of 24,000 [term, id] pairs: this runs on the answering thread.
    termIds: new Map<string, number>(),
  };
  return {
    count: terms.length,
    index,
    step(id: number) {
      const term = terms[id] as string;
      const [first, ...rest] = (lines[id] ?? '').split('\t');
      index.surfaces.push(first || term);
      index.forms.push(rest);
      index.termIds.set(term, id);
    },
  };
}
