import { closeSync, openSync, readSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { ContentFile } from './content/load-content.ts';
import type { ContentProblem, Library, NoteNode, Talk } from './model.ts';
import type { IndexSnapshot } from './search/snapshot.ts';
import { inSlices } from './slices.ts';
import { decodeNotes, encodeNotes } from './snapshot-notes.ts';

/** Everything a start from the cache needs: what `qcon check` reports, the talks, the index. */
export interface Snapshot {
  files: ContentFile[];
  library: Library;
  index: IndexSnapshot;
  /** Warnings of the content it was made from (content with errors is never cached whole). */
  problems?: ContentProblem[];
}

type Section =
  | 'offsets'
  | 'docs'
  | 'scores'
  | 'talks'
  | 'notes'
  | 'noteOffsets'
  | 'files'
  | 'problems';
/** The sections kept in memory by a snapshot read from its file (the notes stay in the file). */
const READ_SECTIONS = [
  'offsets',
  'docs',
  'scores',
  'noteOffsets',
  'talks',
  'files',
  'problems',
] as const;
interface Header {
  fileCount: number;
  problemCount: number;
  library: Omit<Library, 'talks'>;
  talkCount: number;
  index: Omit<IndexSnapshot, 'offsets' | 'docs' | 'scores'>;
  sections: Record<Section, [start: number, end: number]>;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Longest a decoding step may hold the event loop before it yields (see `decodeTalks`). */
const SLICE_MS = 8;

/**
 * A snapshot as one JSON line followed by raw bytes: the index arrays, the talks as JSON lines
 * (without their notes), and every talk's notes (see `snapshot-notes.ts`). Notes are most of a
 * library's size but only a talk opened in full shows them, so a loaded snapshot leaves them in
 * the file (or in the bytes it was decoded from) and decodes one talk's notes when asked. Talks,
 * files and problems are lines so that a running bot can decode 10,000 of them a slice at a time
 * between answers (a post that repeats one heading 30,000 times has as many warnings: as one
 * JSON header they held the event loop ~60 ms).
 *
 * The result owns a fresh ArrayBuffer, so it can be transferred to another thread whole.
 */
export function encodeSnapshot({ files, library, index, problems = [] }: Snapshot): Uint8Array {
  // Strings first, bytes once: no per-talk buffers and no concatenated copies (at 10,000 talks
  // that was ~40 MB more at the loader thread's peak).
  const notes: string[] = [];
  const lines: string[] = [];
  const noteOffsets = new Int32Array(library.talks.length + 1);
  let notesLength = 0;
  let linesLength = 0;
  library.talks.forEach((talk, i) => {
    const text = encodeNotes(talk.notes);
    notes.push(text);
    notesLength += Buffer.byteLength(text);
    noteOffsets[i + 1] = notesLength;
    const { notes: _notes, ...rest } = talk;
    const line = `${JSON.stringify(rest)}\n`;
    lines.push(line);
    linesLength += Buffer.byteLength(line);
  });
  const { offsets, docs, scores, ...rest } = index;
  const fileLines = jsonLines(files);
  const problemLines = jsonLines(problems);
  const { talks: _talks, ...meta } = library;
  const binary: [Section, Uint8Array | string[], number][] = [
    ['offsets', bytesOf(offsets), offsets.byteLength],
    ['docs', bytesOf(docs), docs.byteLength],
    ['scores', bytesOf(scores), scores.byteLength],
    ['noteOffsets', bytesOf(noteOffsets), noteOffsets.byteLength],
    ['talks', lines, linesLength],
    ['notes', notes, notesLength],
    ['files', fileLines.lines, fileLines.length],
    ['problems', problemLines.lines, problemLines.length],
  ];
  const sections = {} as Header['sections'];
  let at = 0;
  for (const [name, , length] of binary) {
    sections[name] = [at, at + length];
    at += length;
  }
  const header: Header = {
    fileCount: files.length,
    problemCount: problems.length,
    library: meta,
    talkCount: library.talks.length,
    index: rest,
    sections,
  };
  const head = `${JSON.stringify(header)}\n`;
  const headLength = Buffer.byteLength(head);
  const out = new Uint8Array(headLength + at);
  // `encodeInto` writes 10,000 talks' strings in a quarter of the time `Buffer.write` took.
  const encoder = new TextEncoder();
  let offset = encoder.encodeInto(head, out).written;
  for (const [, bytes] of binary) {
    if (bytes instanceof Uint8Array) {
      out.set(bytes, offset);
      offset += bytes.length;
    } else
      for (const text of bytes) offset += encoder.encodeInto(text, out.subarray(offset)).written;
  }
  return out;
}

function jsonLines(values: readonly unknown[]): { lines: string[]; length: number } {
  const lines = values.map((value) => `${JSON.stringify(value)}\n`);
  return { lines, length: lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) };
}

/**
 * A snapshot from bytes in memory (a reload's result, transferred from the worker that built it),
 * yielding to the event loop every few milliseconds: a running bot keeps answering meanwhile.
 * Notes stay in `bytes` until a talk is opened.
 */
export async function decodeSnapshot(bytes: Uint8Array): Promise<Snapshot> {
  const newline = bytes.indexOf(10);
  if (newline < 0) throw new Error('not a snapshot');
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, newline).toString('utf8'));
  const base = newline + 1;
  checkLength(header, base, bytes.length);
  // Each section copied (typed arrays are then aligned whatever the header's length, and the
  // transferred bytes can be freed once decoded), a few megabytes a turn: at 10,000 talks the
  // notes alone are ~16 MB, a 60–70 ms copy that stalled answers when made at once.
  const arrays = new Map<Section, ArrayBuffer>();
  for (const name of [...READ_SECTIONS, 'notes'] as const) {
    const [start, end] = header.sections[name];
    arrays.set(name, await copyInSlices(bytes.subarray(base + start, base + end)));
  }
  const notes = new Uint8Array(arrays.get('notes') as ArrayBuffer);
  const source = (start: number, end: number) =>
    decodeNotes(Buffer.from(notes.buffer, notes.byteOffset + start, end - start).toString('utf8'));
  return assemble(header, (name) => arrays.get(name) as ArrayBuffer, source);
}

/** Bytes copied into a new buffer of their own, a slice of at most `SLICE_MS` at a time. */
async function copyInSlices(bytes: Uint8Array): Promise<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  const CHUNK = 1 << 20;
  let sliceStart = performance.now();
  for (let at = 0; at < bytes.length; at += CHUNK) {
    copy.set(bytes.subarray(at, at + CHUNK), at);
    if (performance.now() - sliceStart > SLICE_MS) {
      await turn();
      sliceStart = performance.now();
    }
  }
  await turn();
  return copy.buffer;
}

/**
 * Reads a snapshot file section by section straight into the arrays that keep them, so loading
 * never holds the whole file in memory at once; notes are read from the file when asked.
 */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const file = await open(path, 'r');
  try {
    const headerBytes = await readLine(file);
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    const base = headerBytes.length + 1;
    checkLength(header, base, (await file.stat()).size);
    const read = async (name: Section) => {
      const [start, end] = header.sections[name];
      const bytes = new Uint8Array(end - start);
      const { bytesRead } = await file.read(bytes, 0, bytes.length, base + start);
      if (bytesRead !== bytes.length) throw new Error('snapshot is cut short');
      return bytes.buffer;
    };
    const arrays = new Map<Section, ArrayBuffer>();
    for (const name of READ_SECTIONS) arrays.set(name, await read(name));
    const notes = new NotesReader(path, base + header.sections.notes[0]);
    return assemble(
      header,
      (name) => arrays.get(name) as ArrayBuffer,
      (start, end) => notes.read(start, end),
    );
  } finally {
    await file.close();
  }
}

function checkLength(header: Header, base: number, size: number): void {
  const end = Math.max(...Object.values(header.sections).map(([, last]) => last));
  if (size !== base + end) throw new Error('snapshot is cut short');
}

async function assemble(
  header: Header,
  section: (name: Section) => ArrayBuffer,
  notes: (start: number, end: number) => NoteNode[],
): Promise<Snapshot> {
  const noteOffsets = new Int32Array(section('noteOffsets'));
  await turn();
  const lines = (name: Section) => new Uint8Array(section(name));
  const talks = await decodeLines<Talk>(lines('talks'), header.talkCount);
  const files = await decodeLines<ContentFile>(lines('files'), header.fileCount);
  const problems = await decodeLines<ContentProblem>(lines('problems'), header.problemCount);
  await inSlices(
    talks,
    (talk, i) => lazyNotes(talk, notes, noteOffsets[i] as number, noteOffsets[i + 1] as number),
    turn,
    SLICE_MS,
  );
  // Each step its own turn of the event loop: a running bot answers between them.
  await turn();
  return {
    files,
    problems,
    library: { ...header.library, talks },
    index: {
      ...header.index,
      offsets: new Int32Array(section('offsets')),
      docs: new Int32Array(section('docs')),
      scores: new Float32Array(section('scores')),
    },
  };
}

/**
 * One JSON line per value (a talk, a file, a problem), parsed a slice at a time (10,000 talks:
 * ~20 ms in all, here). The lines are decoded from UTF-8 a chunk of whole lines at a time: a
 * decode per line took as long as the parsing, and one decode of all of them (~6 MB at 10,000
 * talks) held the event loop.
 */
async function decodeLines<T>(lines: Uint8Array, count: number): Promise<T[]> {
  const values: T[] = [];
  const CHUNK = 1 << 19;
  let sliceStart = performance.now();
  for (let from = 0; values.length < count; ) {
    if (from >= lines.length) throw new Error('snapshot is cut short');
    // Up to the last line ending in the next half megabyte (or the next one, for a longer line).
    let to = lines.lastIndexOf(10, Math.min(from + CHUNK, lines.length) - 1);
    if (to < from) to = lines.indexOf(10, from + CHUNK);
    if (to < 0) throw new Error('snapshot is cut short');
    const text = Buffer.from(lines.buffer, lines.byteOffset + from, to + 1 - from).toString('utf8');
    from = to + 1;
    for (let at = 0; at < text.length && values.length < count; ) {
      const end = text.indexOf('\n', at);
      values.push(JSON.parse(text.slice(at, end)) as T);
      at = end + 1;
      if (performance.now() - sliceStart > SLICE_MS) {
        await turn();
        sliceStart = performance.now();
      }
    }
  }
  return values;
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
    return decodeNotes(bytes.toString('utf8'));
  }
}

/** Where a decoded talk's notes are, until they are read (or set). */
interface NotesSpan {
  read: (start: number, end: number) => NoteNode[];
  start: number;
  end: number;
  set?: NoteNode[];
}
const SPAN = Symbol('notes');
type LazyTalk = Talk & { [SPAN]: NotesSpan };

/**
 * One accessor shared by every talk, its place kept in a hidden slot: V8 keeps 10,000 talks as
 * fast objects of one shape, where a getter closure per talk made each a slow dictionary (more
 * memory, and longer GC pauses on the answering thread).
 */
const NOTES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyTalk) {
    const span = this[SPAN];
    return span.set ?? span.read(span.start, span.end);
  },
  set(this: LazyTalk, value: NoteNode[]) {
    this[SPAN].set = value;
  },
};

function lazyNotes(
  talk: Talk,
  read: (start: number, end: number) => NoteNode[],
  start: number,
  end: number,
): void {
  Object.defineProperty(talk, SPAN, { value: { read, start, end } });
  Object.defineProperty(talk, 'notes', NOTES);
}

function bytesOf(array: Int32Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
