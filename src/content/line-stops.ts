import { trimEndOf } from '../text.js';
import type { MdNode } from './markdown.ts';

/**
 * A paragraph of notes written a thought a line, without stops: "Anything iterable can be looped
 * over with a for loop" / "Sequences are iterables that can be indexed". Markdown joins the lines
 * into one sentence ("… a for loop Sequences are …"); where a line ends a sentence (its last word
 * no article, preposition or conjunction, nor a number: "Release train 10:30") and the next
 * starts one in capitals, the line's end is a stop. A paragraph hard-wrapped at a column keeps its lines joined: there a capital after the
 * break is a name in the sentence ("written in plain" / "JavaScript").
 */
export function withLineStops(paragraph: MdNode): MdNode {
  // Most paragraphs are one line: nothing to look at.
  if (!hasLineEnd(paragraph.children)) return paragraph;
  const lines: string[] = [''];
  rawLines(paragraph.children, lines);
  if (lines.length < 2 || wrapped(lines)) return paragraph;
  const stops = lines.slice(0, -1).map((line, i) => endsSentence(line, lines[i + 1] ?? ''));
  if (!stops.includes(true)) return paragraph;
  let at = 0;
  const mark = (nodes: MdNode[]): MdNode[] =>
    nodes.flatMap((node): MdNode[] => {
      // A hard break that ends a sentence: the stop written before it.
      if (node.type === 'break')
        return stops[at++]
          ? [{ type: 'text', line: node.line, children: [], value: '.' }, node]
          : [node];
      if (node.type === 'text' && node.value?.includes('\n'))
        return [{ ...node, value: node.value.replace(/\n/g, () => (stops[at++] ? '.\n' : '\n')) }];
      return [node.children.length > 0 ? { ...node, children: mark(node.children) } : node];
    });
  return { ...paragraph, children: mark(paragraph.children) };
}

function hasLineEnd(nodes: MdNode[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'break' ||
      ((node.type === 'text' || node.type === 'inlineCode') && node.value?.includes('\n')) ||
      hasLineEnd(node.children),
  );
}

/** The paragraph's lines as written: text, code and link text, a break between lines. */
function rawLines(nodes: MdNode[], lines: string[]): void {
  for (const node of nodes) {
    if (node.type === 'break') lines.push('');
    else if (node.type === 'text' || node.type === 'inlineCode') {
      const [first = '', ...rest] = (node.value ?? '').split('\n');
      lines[lines.length - 1] += first;
      // Not `push(...rest)`: a paragraph of 300,000 lines would be as many arguments.
      for (const line of rest) lines.push(line);
    } else rawLines(node.children, lines);
  }
}

/**
 * Lines filled to a column (at most 100, at least 60): no line could have taken the next line's
 * first word. Notes a thought a line have lines of any length.
 */
function wrapped(lines: string[]): boolean {
  const widths = lines.map((line) => line.trimEnd().length);
  const widest = widths.reduce((wide, width) => Math.max(wide, width), 0);
  if (widest > 100 || widest < 60) return false;
  return lines.slice(0, -1).every((_, i) => {
    const next = (lines[i + 1] ?? '').trim().split(/\s/)[0] ?? '';
    return (widths[i] ?? 0) + 1 + next.length > widest;
  });
}

function endsSentence(line: string, next: string): boolean {
  const last = /(\S+)\s*$/.exec(line)?.[1] ?? '';
  return (
    /[\p{Ll})`'"’”]$/u.test(last) &&
    !/^\p{Lu}/u.test(last) &&
    !GOES_ON.test(trimEndOf(last, ')`\'"’”', false)) &&
    /^\s*\p{Lu}[\p{L}\d'’-]*:?\s+\S/u.test(next)
  );
}

/** Words a sentence does not end with: articles, prepositions, conjunctions, auxiliaries. */
const GOES_ON =
  /^(?:a|an|the|of|to|in|on|at|by|for|from|with|into|onto|about|over|under|than|as|via|and|or|but|nor|so|if|that|which|who|whose|whom|when|while|because|is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|may|might|must|not|no|my|our|your|his|her|its|their|this|these|those|very|more|most|such|like|e\.g|i\.e|vs|etc)$/i;
