import type { NoteNode, Talk } from '../model.ts';
import { withDottedInitialsJoined } from './dotted-initials.ts';
import { opensWithGo, withLanguageNames } from './written-names.ts';

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
export function writeFields(talk: Talk, doc: number, into: FieldSink): void {
  // "A.I.", "U.X.": the short form, as a question's are read (a cheap test first: most text has
  // none); "C++", "C#", "in C": the language's name beside it.
  const sink: FieldSink = {
    field: (d, f) => into.field(d, f),
    text: (text) => into.text(withLanguageNames(withDottedInitialsJoined(text))),
  };
  sink.field(doc, 0);
  sink.text(talk.title);
  // "Go tooling tour": the language opening a title is golang, as "in Go" inside a sentence is
  // (`build-postings.ts`), so "go talks" finds it.
  if (opensWithGo(talk.title)) sink.text('golang');
  sink.field(doc, 1);
  if (talk.officialTitle) sink.text(talk.officialTitle);
  if (talk.officialTitle && opensWithGo(talk.officialTitle)) sink.text('golang');
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
  // A link's words as the notes show them ("Slides", "The Phoenix Project"); its address is
  // weighed apart, least of all (see below).
  for (const link of talk.links) if (!isAddress(link.text, link.url)) sink.text(link.text);
  sink.field(doc, 6);
  // "the security track": the track's words are found, weighed as the notes' words are.
  if (talk.track && talk.track !== talk.topic) sink.text(talk.track);
  const addresses = talk.links.map((link) => link.url);
  writeNotes(talk.notes, sink, addresses);
  // A host or path ("amazon.com/dp/…", "…/en/latest", "slideshare.net") is seldom what a talk is
  // about, and its numbers ("…/2015/11/18/…") no time or year of it: its words count least, so a
  // talk found only by them comes after every other, and its numbers not at all.
  sink.field(doc, 7);
  for (const address of addresses) sink.text(addressWords(address));
}

function writeNotes(notes: NoteNode[], sink: FieldSink, addresses: string[]): void {
  for (const note of notes) {
    sink.text(withoutAddresses(note.text, addresses));
    writeNotes(note.children, sink, addresses);
  }
}

/** Whether a link's text is an address (its own, or another), as bare links are written. */
function isAddress(text: string, url: string): boolean {
  const bare = (address: string) => address.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '');
  return bare(text) === bare(url) || /^(?:[a-z]+:\/\/|www\.)\S+$/i.test(text.trim());
}

/**
 * An address written in the notes ("acaseyblog.wordpress.com/2015/11/18/…", "www.slideshare.net/…",
 * "georgefairbanks.com"): with a scheme, "www.", a path after a dotted host, or a lower-case host
 * ending in a common domain. "Node.js", "ASP.NET", "next.js" are words, and stay.
 */
const ADDRESS =
  /(?:[A-Za-z][A-Za-z+.-]*:\/\/|[Ww]{3}\.)\S+|(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}\/\S*|(?<![\p{L}\p{N}@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|co|app|ai|info|me|uk|de|fr|eu)\b(?![.\p{L}])/gu;

const MAYBE_ADDRESS = /\/|\.[A-Za-z]{2,}/;

/** The notes' text without its addresses, which are put aside (their words are weighed apart). */
function withoutAddresses(text: string, addresses: string[]): string {
  // Most notes have no address: a quick look before the full pattern, which costs more.
  if (!MAYBE_ADDRESS.test(text)) return text;
  return text.replace(ADDRESS, (address) => {
    addresses.push(address);
    return ' ';
  });
}

/**
 * "https://pgbouncer.github.io" → "pgbouncer github", "zipkin.io" → "zipkin": the words a person
 * would search for, without the scheme, "www", common domains, file endings or numbers.
 */
function addressWords(address: string): string {
  const bare = address.replace(/^[a-z][a-z+.-]*:\/\//i, '');
  const slash = bare.indexOf('/');
  const host = (slash < 0 ? bare : bare.slice(0, slash))
    .split('.')
    .filter((part) => !/^(?:www|com|org|net|io|co|dev|app|ai|info|me|uk|de|fr|eu)$/i.test(part));
  const path = slash < 0 ? '' : bare.slice(slash).replace(/\.(?:html?|pdf|php|aspx?)\b/gi, ' ');
  return `${host.join(' ')} ${path}`.replace(/\p{N}+/gu, ' ');
}
