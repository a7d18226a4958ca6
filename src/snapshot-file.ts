import { closeSync, openSync, readSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { ContentFile } from './content/load-content.ts';
import type { Library, NoteNode, Talk } from './model.ts';
import type { IndexSnapshot } from './search/snapshot.ts';

/** Everything a start from the cache needs: what `qcon check` reports, the talks, the index. */
export interface Snapshot {
  files: ContentFile[];
  library: Library;
  index: IndexSnapshot;
}

type Section = 'offsets' | 'docs' | 'scores' | 'notes' | 'noteOffsets';
interface Header {
  files: ContentFile[];
  library: Library;
  index: Omit<IndexSnapshot, 'offsets' | 'docs' | 'scores'>;
  sections: Record<Section, [start: number, end: number]>;
}

/**
 * A snapshot as one JSON line followed by raw bytes: the index arrays, and every talk's notes as
 * JSON. Notes are most of a library's size but only a talk opened in full shows them, so a loaded
 * snapshot leaves them on disk and reads one talk's notes when asked (at 10,000 talks: ~60 MB
 * less heap than parsed notes, and ~40% less JSON to parse at start).
 */
export function encodeSnapshot({ files, library, index }: Snapshot): Buffer {
  const notes: Buffer[] = [];
  const noteOffsets = new Int32Array(library.talks.length + 1);
  let length = 0;
  const talks = library.talks.map((talk, i) => {
    const json = Buffer.from(JSON.stringify(talk.notes));
    notes.push(json);
    length += json.length;
    noteOffsets[i + 1] = length;
    // A placeholder keeps `notes` where it was among the talk's keys.
    return { ...talk, notes: 0 };
  });
  const { offsets, docs, scores, ...rest } = index;
  const binary: [Section, Buffer][] = [
    ['offsets', bytesOf(offsets)],
    ['docs', bytesOf(docs)],
    ['scores', bytesOf(scores)],
    ['noteOffsets', bytesOf(noteOffsets)],
    ['notes', Buffer.concat(notes)],
  ];
  const sections = {} as Header['sections'];
  let at = 0;
  for (const [name, bytes] of binary) {
    sections[name] = [at, at + bytes.length];
    at += bytes.length;
  }
  const header: Header = {
    files,
    library: { ...library, talks: talks as never },
    index: rest,
    sections,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...binary.map(([, b]) => b)]);
}

/**
 * Reads a snapshot section by section straight into the arrays that keep them, so loading never
 * holds the whole file in memory at once (at 10,000 talks: 36 MB less at the peak, and resident
 * memory is what a replica is billed by).
 */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const file = await open(path, 'r');
  try {
    const headerBytes = await readLine(file);
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    const base = headerBytes.length + 1;
    const end = Math.max(...Object.values(header.sections).map(([, last]) => last));
    if ((await file.stat()).size !== base + end) throw new Error('snapshot is cut short');
    const section = async (name: Section) => {
      const [start, end] = header.sections[name];
      const bytes = new Uint8Array(end - start);
      const { bytesRead } = await file.read(bytes, 0, bytes.length, base + start);
      if (bytesRead !== bytes.length) throw new Error('snapshot is cut short');
      return bytes.buffer;
    };
    const noteOffsets = new Int32Array(await section('noteOffsets'));
    const notes = new NotesReader(path, base + (header.sections.notes[0] as number));
    header.library.talks.forEach((talk, i) => {
      lazyNotes(talk, notes, noteOffsets[i] as number, noteOffsets[i + 1] as number);
    });
    return {
      files: header.files,
      library: header.library,
      index: {
        ...header.index,
        offsets: new Int32Array(await section('offsets')),
        docs: new Int32Array(await section('docs')),
        scores: new Float32Array(await section('scores')),
      },
    };
  } finally {
    await file.close();
  }
}

/** The first line of a file, read in chunks. */
async function readLine(file: FileHandle): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let position = 0; ; ) {
    const chunk = Buffer.alloc(1 << 20);
    const { bytesRead } = await file.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) throw new Error('not a snapshot');
    const newline = chunk.subarray(0, bytesRead).indexOf(10);
    if (newline >= 0) {
      chunks.push(chunk.subarray(0, newline));
      return Buffer.concat(chunks);
    }
    chunks.push(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
}

/**
 * Notes read from the snapshot file when a talk is opened. The descriptor stays open, so a
 * snapshot pruned or replaced by another process is still read whole (its inode lives on), and
 * is closed once no talk of this library is left.
 */
class NotesReader {
  private static readonly closer = new FinalizationRegistry<number>((fd) => closeSync(fd));
  private readonly fd: number;

  constructor(
    path: string,
    private readonly base: number,
  ) {
    this.fd = openSync(path, 'r');
    NotesReader.closer.register(this, this.fd);
  }

  read(start: number, end: number): NoteNode[] {
    const bytes = Buffer.alloc(end - start);
    readSync(this.fd, bytes, 0, bytes.length, this.base + start);
    return JSON.parse(bytes.toString('utf8')) as NoteNode[];
  }
}

function lazyNotes(talk: Talk, notes: NotesReader, start: number, end: number): void {
  let set: NoteNode[] | undefined;
  Object.defineProperty(talk, 'notes', {
    enumerable: true,
    configurable: true,
    get: () => set ?? notes.read(start, end),
    set: (value: NoteNode[]) => {
      set = value;
    },
  });
}

function bytesOf(array: Int32Array | Float32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}
