import { entriesAsHeadings } from './entry-headings.ts';
import { splitLines } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * A list of recorded talks kept as paragraphs, each a talk's line and its video's address under
 * it (`Building a Bank with Kubernetes by Oliver Beattie, Monzo` over
 * `https://www.youtube.com/watch?v=…`), maybe the channel's name between them. Three such
 * paragraphs at least make each a talk: a heading of its line, one level under the heading above,
 * as if the author had written the talks so, its video the address under it (the channel is no
 * note). A paragraph whose last line is some other address, or that says more, stays notes.
 */
export function videoLineHeadings(nodes: MdNode[]): MdNode[] {
  if (!speaksOfTalks(nodes)) return nodes;
  return entriesAsHeadings(nodes, 3, videoEntry, ({ title, video }, node, depth, out) => {
    const line = title[0]?.line ?? node.line;
    out.push({ type: 'heading', line, depth, children: title });
    out.push({ type: 'paragraph', line: video[0]?.line ?? line, children: video });
  });
}

/**
 * Whether the lines are talks' recordings, not a playlist of songs ("Imagine by John Lennon" over
 * its video): the post speaks of talks or a conference, or a line names its speaker's company
 * ("by Oliver Beattie, Monzo") or the channel the video is on.
 */
function speaksOfTalks(nodes: MdNode[]): boolean {
  // Fewer than three entries make no talks: most posts are not read further.
  const entries = nodes.flatMap((node) => videoEntry(node) ?? []);
  if (entries.length < 3) return false;
  if (entries.some((entry) => entry.channel || COMPANY_AFTER_NAME.test(plainText(entry.title))))
    return true;
  let text = '';
  for (const node of nodes) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    text += `${plainText(node)}\n`;
    if (text.length > 20_000) break;
  }
  return TALK_WORDS.test(text);
}

const COMPANY_AFTER_NAME = /\sby\s+\p{Lu}[^,]{1,40},\s*\p{Lu}/u;

const TALK_WORDS =
  /\b(?:talks?|sessions?|keynotes?|presentations?|speakers?|lectures?|conf(?:erences?)?|summit|meetups?|webinars?|workshops?|panels?|vortr[äa]ge?|charlas?|palestras?|conférences?|exposés?)\b|con\s?(?:19|20)?\d\d\b|講演|発表|セッション/iu;

function videoEntry(
  node: MdNode,
): { title: MdNode[]; video: MdNode[]; channel: boolean } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = splitLines(node.children).filter((line) => plainText(line).trim() !== '');
  if (lines.length < 2 || lines.length > 3) return undefined;
  const [title, middle] = lines;
  const video = lines.at(-1);
  if (!title || !video || !VIDEO_ADDRESS.test(plainText(video).trim())) return undefined;
  const text = plainText(title).trim();
  if (!/\p{L}{2}/u.test(text) || text.length > 200 || /https?:\/\//.test(text)) return undefined;
  // "Cloud Native Computing Foundation": the channel the video is on, between the two.
  if (lines.length === 3 && (!middle || !CHANNEL.test(plainText(middle).trim()))) return undefined;
  return { title, video, channel: lines.length === 3 };
}

const VIDEO_ADDRESS =
  /^(?:https?:\/\/)?(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?\S+|embed\/\S+|live\/\S+)|youtu\.be\/\S+|vimeo\.com\/\d+\S*)$/i;

/** A channel's name: a few capitalised words, no sentence. */
const CHANNEL = /^(?:\p{Lu}[\p{L}\d&.'’-]*\s?){1,6}$/u;
