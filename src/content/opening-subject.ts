import type { Speaker } from '../model.ts';
import { japaneseSubject } from './japanese-speakers.ts';
import type { MdNode } from './markdown.ts';
import { subjectOnTopic } from './subject-on-topic.ts';
import { subjectSpeaker } from './subject-speaker.ts';

/**
 * The person the first sentence of a talk's notes has speak: "Ingrid Solvang (Fjordpay) opened
 * with …", "Mark Seemann tried to disprove …", "Priya Raman walked through …". `said` is the
 * plain text of `first`, the notes' first paragraph of words, one of `content`.
 */
export function openingSubject(
  said: string,
  content: MdNode[],
  first: MdNode | undefined,
): Speaker | undefined {
  return subjectSpeaker(said) ?? japaneseSubject(said) ?? subjectOnTopic(said, content, first);
}
