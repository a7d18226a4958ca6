import type { NoteNode, Talk } from '../model.ts';

/** Where the searchable text of talks goes: a field at a time, each field in pieces. */
export interface FieldSink {
  field(doc: number, field: number): void;
  text(text: string): void;
}

/**
 * The searchable text of a talk, field by field in the order of the index's field boosts (title,
 * official title, speakers, companies, topic, links, notes). Each field is given in the pieces
 * it is made of, which read as if joined by spaces: no string of a talk's whole notes is built.
 */
export function writeFields(talk: Talk, doc: number, sink: FieldSink): void {
  sink.field(doc, 0);
  sink.text(talk.title);
  sink.field(doc, 1);
  if (talk.officialTitle) sink.text(talk.officialTitle);
  sink.field(doc, 2);
  for (const speaker of talk.speakers) {
    if (speaker.name) sink.text(speaker.name);
    if (speaker.role) sink.text(speaker.role);
  }
  sink.field(doc, 3);
  for (const speaker of talk.speakers) if (speaker.company) sink.text(speaker.company);
  sink.field(doc, 4);
  if (talk.topic) sink.text(talk.topic);
  // "keynotes", "panels": the kind of session is found where its topic is.
  if (talk.kind) sink.text(talk.kind);
  sink.field(doc, 5);
  for (const link of talk.links) {
    // A bare address is its own text: its words count once, not twice.
    if (!sameAddress(link.text, link.url)) sink.text(link.text);
    sink.text(urlWords(link.url));
  }
  sink.field(doc, 6);
  // "the security track": the track's words are found, weighed as the notes' words are.
  if (talk.track && talk.track !== talk.topic) sink.text(talk.track);
  writeNotes(talk.notes, sink);
}

function writeNotes(notes: NoteNode[], sink: FieldSink): void {
  for (const note of notes) {
    sink.text(note.text);
    writeNotes(note.children, sink);
  }
}

function sameAddress(text: string, url: string): boolean {
  if (!text.includes('.')) return false;
  const bare = (address: string) => address.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '');
  return bare(text) === bare(url);
}

/** "https://pgbouncer.github.io" → "pgbouncer github": the words a person would search for. */
function urlWords(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname
      .split('.')
      .filter((part) => !/^(www|com|org|net|io|co|html?)$/.test(part));
    return `${host.join(' ')} ${pathname.replace(/\.(html?|pdf|php)$/, '')}`;
  } catch {
    return '';
  }
}
