import type { NoteNode, Talk } from '../model.ts';

/** The searchable text of a talk, one string per field in the order of the index's field boosts (title, official title, speakers, companies, topic, links, notes). */
export function fieldTexts(talk: Talk): string[] {
  return [
    talk.title,
    talk.officialTitle ?? '',
    talk.speakers.map((s) => [s.name, s.role].filter(Boolean).join(' ')).join(' '),
    talk.speakers.map((s) => s.company ?? '').join(' '),
    talk.topic ?? '',
    talk.links.map((link) => `${link.text} ${urlWords(link.url)}`).join(' '),
    flattenNotes(talk.notes),
  ];
}

export function flattenNotes(notes: NoteNode[]): string {
  return notes.map((note) => `${note.text} ${flattenNotes(note.children)}`).join(' ');
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
