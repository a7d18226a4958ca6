/** What a load in the loader thread needs beyond its parse pool (see `load-worker.ts`). */
export { parseScanned, primeScanned } from './content/load-content.ts';
export { scanContent } from './content/scan-content.ts';
export { isError } from './model.ts';
export { decodePart, encodePart } from './search/postings-part.ts';
export { TalkIndex } from './search/talk-index.ts';
export { countWords, TalkIndexBuilder } from './search/talk-index-builder.ts';
export { encodeSnapshot } from './snapshot-file.ts';
export { snapshotPath, writeSnapshot } from './snapshot-store.ts';
