import { namesConference } from './conferences.ts';
import { HAS_DASH, splitColon } from './heading-dash.ts';
import { splitHeading } from './heading-title.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPostSection } from './section-names.ts';
import { POST_WORDS } from './talk-file.ts';

/**
 * A post without headings whose talks' titles stand alone on a line, as headings would, the notes
 * in the paragraphs and lists under each: "How to have a meaningful career" / "Nice talk. I like…"
 * / "- Everyone is an expert in something" (a Strange Loop recap; a blog exported to Markdown
 * keeps its headings as plain lines). Read only where the post's opening speaks of talks ("my
 * notes from the talks I attended") or a day's label stands over the first of them, and two
 * lines at least stand so. A line that names a part of the post ("Final thoughts") ends the
 * talk before it.
 */
export function titleLines(
  nodes: MdNode[],
  isDay: (node: MdNode) => boolean,
): Map<MdNode, 'talk' | 'section'> | undefined {
  const lines = new Map<MdNode, 'talk' | 'section'>();
  let introduced = false;
  let first = true;
  /** The post's first line is its own title, naming its conference or a day of it. */
  let titled = false;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as MdNode;
    if (node.type !== 'paragraph') continue;
    const opening = first;
    first = false;
    if (isDay(node)) {
      introduced ||= lines.size === 0;
      continue;
    }
    const title = titleLine(node);
    const next = nodes[index + 1];
    const notes = next && (next.type !== 'paragraph' || (!titleLine(next) && !isDay(next)));
    // "Andrew Brinker: A Tale of Teaching Rust" over "Sergio Benitez: Building Rocket": the
    // programme's lines one after another, each naming its speaker before a colon, no notes.
    const speaking =
      title !== undefined && !HAS_DASH.test(title) && splitColon(title) !== undefined;
    // "Notes on Every Strangeloop 2023 Talk I Attended" first: the post's own title, no talk.
    if (lines.size === 0 && !speaking && TALK_WORD.test(plainText(node))) introduced = true;
    // "How it happen: GOTO Conference Aarhus – Day One" first: the post's title, naming its
    // conference or a day; the paragraph after it may still speak of the talks.
    else if (opening && title && (POST_WORDS.test(title) || namesConference(title))) {
      titled = true;
    } else if (title && (notes || speaking))
      lines.set(node, isPostSection(headingName(title)) ? 'section' : 'talk');
  }
  const named = namingLines(lines);
  // "Shakeup and Speedup de Jurgen APPELO": lines naming their speakers say they are talks.
  introduced ||= named.size >= 2 || (titled && named.size === 1);
  const talks = [...lines.values()].filter((role) => role === 'talk').length;
  // One talk line naming its speaker, under a title naming the conference, is enough.
  const lone = titled && talks === 1 && named.size === 1;
  return introduced && (talks >= 2 || lone) ? lines : undefined;
}

/**
 * The talk lines that name their speakers ("Title de Jurgen APPELO", "Title by Jane Doe"); where
 * half of them or more do, a line naming none that asks a question ("Comment être plus innovant
 * ?") is a part of the talk above, and is left to its notes.
 */
function namingLines(lines: Map<MdNode, 'talk' | 'section'>): Set<MdNode> {
  const named = new Set<MdNode>();
  for (const [node, role] of lines)
    if (role === 'talk' && / (?:by|par|de|d['’])\s?\p{Lu}/u.test(plainText(node))) {
      if (splitHeading(plainText(node).trim(), false).speakers.length > 0) named.add(node);
    } else if (role === 'talk') {
      const text = plainText(node).trim();
      if (!HAS_DASH.test(text) && splitColon(text)) named.add(node);
    }
  const talks = [...lines.values()].filter((role) => role === 'talk').length;
  if (named.size * 2 < talks) return named;
  for (const [node, role] of lines)
    if (role === 'talk' && !named.has(node) && plainText(node).trim().endsWith('?'))
      lines.delete(node);
  return named;
}

/** The title a paragraph alone on one line is: a few words from a capital, no sentence's stop. */
export function titleLine(paragraph: MdNode): string | undefined {
  if (paragraph.children.some((c) => c.type === 'break' || c.value?.includes('\n')))
    return undefined;
  const text = plainText(paragraph).trim();
  if (text.length < 4 || text.length > 100 || !/^[\p{Lu}\d"“‘']/u.test(text)) return undefined;
  // "Nice talk.", "First day:", "So, anyway,": a sentence or a label, no title.
  if (/[.,;:!…]$/u.test(text) || /\.\s+\p{Lu}/u.test(text)) return undefined;
  // "Look, no Mocks! Functional TDD with F#": a "!" or "?" inside a title, words as a title's
  // after it; "Great talk! Highly recommended" is two sentences.
  const stop = /[!?]\s+(?=\p{Lu})/u.exec(text);
  if (stop && !titleWords(text.slice(stop.index + stop[0].length))) return undefined;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 14 ? text : undefined;
}

const TALK_WORD = /\b(?:talks?|sessions?|presentations?|keynotes?)\b/i;

/** "Functional TDD with F#", "My Build Is Slow": two capitalised words at least, fewer others. */
function titleWords(text: string): boolean {
  const words = text.split(/\s+/);
  const capitals = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  return capitals >= 2 && capitals * 2 >= words.length;
}
