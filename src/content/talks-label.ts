import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * "Here's a quick overview of the talks we'll cover:" over a list: the post's opening says the
 * list is its talks, so `- Title – Jane Doe` items there are talks though no heading says so (a
 * talk's notes may list books as `- Refactoring – Martin Fowler`; the opening names the talks).
 * Only a short line ending with a colon that names talks, sessions or presentations; the talks the
 * author missed are told apart elsewhere (`mentionsMissed`).
 */
export function introducesTalks(text: string): boolean {
  const line = text.trim();
  if (line.length > 160 || !/[:：]$/u.test(line)) return false;
  return TALK_WORDS.test(line);
}

/**
 * "Teasers:", "Short notes:", "Zajawki:": a short label of the author's own, ending with a colon
 * and naming no talks, over a list in a talk's notes (`introducesTalks` is the other kind).
 */
export function notesLabel(node: MdNode | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const line = plainText(node).trim();
  return line.length <= 60 && /\p{L}[:：]$/u.test(line) && !TALK_WORDS.test(line);
}

/** Items read as talks, none naming its speaker. */
export const unnamed = (items: { draft: { speakers: unknown[] } }[]): boolean =>
  items.every((item) => item.draft.speakers.length === 0);

const TALK_WORDS =
  /(?:^|[^\p{L}])(?:talks|sessions|presentations|keynotes|vorträge|conférences|interventions|palestras|charlas|ponencias|interventi|wystąpienia|prelekcje|доклады|докладов)(?![\p{L}])/iu;
