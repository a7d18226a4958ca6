import type { NoteNode } from '../model.ts';
import { truncate } from '../text.ts';

export const SUMMARY_MAX = 300;

/** A bullet while parsing: `prose` is its text without the links, to tell points from link lists. */
export interface DraftNote extends NoteNode {
  prose: string;
  children: DraftNote[];
}

const KEY_POINT =
  /^(key (message|takeaway|point|lesson|insight)s?|takeaways?|lessons?( learned| learnt)?|conclusions?|tl;?dr|bottom line)\b/i;

/**
 * A short summary from the author's own top-level points: "Key message"/"Lesson" points first,
 * then the others in order, until the budget is spent. Link-only bullets are not points.
 */
export function buildSummary(notes: DraftNote[], max = SUMMARY_MAX): string {
  const points = notes.filter(isPoint);
  const ordered = [
    ...points.filter((n) => KEY_POINT.test(n.text)),
    ...points.filter((n) => !KEY_POINT.test(n.text)),
  ];
  const sentences: string[] = [];
  let length = 0;
  for (const point of ordered) {
    const sentence = describePoint(point, ordered.length === 1);
    if (length > 0 && length + sentence.length + 2 > max) break;
    sentences.push(sentence);
    length += sentence.length + 2;
  }
  return truncate(sentences.map(endSentence).join(' '), max);
}

/** A point says something beyond its links: at least three words of prose. */
export function isPoint(note: DraftNote): boolean {
  return (note.prose.match(/\p{L}+/gu)?.length ?? 0) >= 3 || hasProseChildren(note);
}

function hasProseChildren(note: DraftNote): boolean {
  return note.children.some(isPoint) && (note.prose.match(/\p{L}+/gu)?.length ?? 0) >= 1;
}

/** A label bullet ("Motivation", "What works for us:") says little without its first children. */
function describePoint(note: DraftNote, only: boolean): string {
  const text = note.text.replace(/[:\s]+$/, '');
  const isLabel =
    only || note.text.trim().endsWith(':') || text.split(/\s+/).length <= 4 || KEY_POINT.test(text);
  const children = note.children.filter(isPoint).slice(0, 3);
  if (!isLabel || children.length === 0) return text;
  return `${text}: ${children.map((child) => child.text.replace(/[.:\s]+$/, '')).join('; ')}`;
}

function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
