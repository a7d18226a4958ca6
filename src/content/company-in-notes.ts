import type { Speaker } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import type { DraftNote } from './summary.ts';

/**
 * "Aiko works at Fernweh Travel.", "Jon is a staff engineer at Orbit": the company of a speaker
 * named without one, said in a sentence of the talk's notes rather than beside the name. The
 * sentence must name the speaker (by full or first name; "She works at …" only for a talk of one
 * speaker). Only the first notes are read, and a sentence without "at"/"for"/"bei"/"bij" not at all.
 */
export function companiesFromNotes(speakers: Speaker[], notes: DraftNote[]): Speaker[] {
  if (!speakers.some((speaker) => speaker.name && !speaker.company)) return speakers;
  const said = notes
    .slice(0, 6)
    .flatMap((note) => [note.text, ...note.children.slice(0, 3).map((child) => child.text)])
    .filter((text) => WORKS.test(text));
  if (said.length === 0) return speakers;
  return speakers.map((speaker) => {
    if (!speaker.name || speaker.company) return speaker;
    const company = companyOf(speaker.name, said, speakers.length === 1);
    return company ? { ...speaker, company } : speaker;
  });
}

/** A cheap look before the patterns are built for a speaker. */
const WORKS = /\s(?:at|for|bei|bij|w|na|em|chez)\s+\p{Lu}/u;

/** Capitalised words ("Fernweh Travel", "bol.com" is not read), a period inside only ("Acme.io"). */
const WORD = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*`;
const COMPANY = String.raw`(${WORD}(?:\s+(?:&\s+)?${WORD}){0,3})`;
const ROLE = String.raw`(?:works|worked|is working|(?:is|was)\s+(?:an?|the)\s+[\p{Ll}\s-]{2,40}?|arbeitet|werkt)`;

/** What a talk was at its event, not a person's work: "the perfect ending", "the highlight". */
const AT_THE_EVENT =
  /\b(?:ending|end|opening|opener|start|close|closer|highlight|finale|talk|keynote|session|surprise)\s+(?:at|for)\s/u;

function companyOf(name: string, sentences: string[], alone: boolean): string | undefined {
  const first = name.split(/\s+/)[0] ?? name;
  const who = [
    escapeRegExp(name),
    escapeRegExp(first),
    ...(alone ? ['She', 'He', 'They', 'Sie', 'Er', 'Zij', 'Hij'] : []),
  ];
  const pattern = new RegExp(
    String.raw`(?:^|[.!?]\s+|\s)(?:${who.join('|')})\s+${ROLE}\s+(?:at|for|bei|bij)\s+${COMPANY}`,
    'u',
  );
  for (const sentence of sentences) {
    const match = pattern.exec(sentence);
    // "Randall Munroe was the perfect ending for Strange Loop": the talk's place at the event.
    if (match?.[1] && !AT_THE_EVENT.test(match[0])) return match[1];
  }
  return undefined;
}
