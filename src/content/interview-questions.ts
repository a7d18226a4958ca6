import { isGivenName } from './given-names.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';

/**
 * "## What was the most memorable thing you learnt?" over "Adam: I was most excited about…" and
 * "Alex: In Daniela's talk…": a retro written as an interview, the question put to the authors
 * and each answer opened by who gives it (a given name, then a colon). The question is no talk,
 * whatever the post's other headings are (the talks the answers name stay in the prose).
 */
export function interviewQuestion(section: Section): boolean {
  if (section.children.length > 0 || !/[?？][^\p{L}\p{N}]*$/u.test(section.title)) return false;
  const first = section.body.find((node) => node.type === 'paragraph');
  const answer = first ? ANSWER.exec(plainText(first)) : null;
  return answer?.[1] !== undefined && isGivenName(answer[1]);
}

/** "Adam: I was…", "Priya Shah: We…": an answer opened by its person's (given) name. */
const ANSWER = /^\s*(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s*:\s+\p{Lu}/u;
