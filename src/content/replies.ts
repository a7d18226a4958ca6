import { escapeRegExp } from '../text.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { DraftTalk } from './talk-body.ts';
import { addLink, findLinks } from './talk-links.ts';

/**
 * A post pasted with the replies under it (a Reddit thread, a Hacker News page): the replies are
 * other people's words, never notes of the post's last talk. They start at the first paragraph
 * that is a reply's header: `level 1 · u/snek_charmer · 12h`, `u/pip_installer · 10h`,
 * `[–] u/name 12 points 5 hours ago`, `dang 3 hours ago | parent | next`. The post's own
 * `Posted by u/… · 14h` is none.
 */
const REPLY_HEADER =
  /^(?:level \d{1,2}\s*·\s*)?(?:\[[–-]\]\s*)?u\/[\w-]{3,20}\s*(?:·|\d{1,6} points?\b|\d{1,3}\s*(?:[mhdw]|mins?|minutes?|hours?|days?|weeks?)\s+ago\b)|^[\w-]{2,30} \d{1,3} (?:minutes?|hours?|days?|months?|years?) ago\s*\|\s*(?:parent|next|prev|root)\b/i;

/**
 * What a reply's header has somewhere in the text: most posts have none, and are not walked.
 * Looked for by its literal part first: a pattern scanned over every position of a 1 MB post
 * cost more than the rest of this module.
 */
const REDDIT_HINT = /\bu\/[\w-]{3,20}\s*(?:·|\d)/;
const HN_HINT = / ago\s*\|\s*(?:parent|next|prev|root)\b/;
const hasReplies = (source: string): boolean =>
  (source.includes('u/') && REDDIT_HINT.test(source)) ||
  (source.includes(' ago') && HN_HINT.test(source));

export interface Replies {
  /** The post without its replies. */
  nodes: MdNode[];
  /** The replies, as they were. */
  replies: MdNode[];
}

/** The post's nodes up to the replies pasted under it (`source` tells cheaply there are none). */
export function splitReplies(nodes: MdNode[], source: string): Replies {
  if (!hasReplies(source)) return { nodes, replies: [] };
  for (let at = 1; at < nodes.length; at++) {
    const node = nodes[at] as MdNode;
    if (node.type !== 'paragraph') continue;
    const first = plainText(node).split('\n', 1)[0] ?? '';
    if (REPLY_HEADER.test(first.trim()))
      return { nodes: nodes.slice(0, at), replies: nodes.slice(at) };
  }
  return { nodes, replies: [] };
}

/**
 * "Grace's talk was the best. Video is up: https://youtu.be/…" in a reply, "- Agata's slides:
 * https://…" under `## Links mentioned`: the recording (or deck) of the one talk the words name
 * by its speaker — "Grace's", or the full name — and of no talk when they name none or several.
 * Each paragraph and list item is read on its own.
 */
export function linkMentions(nodes: MdNode[], drafts: DraftTalk[]): void {
  const units: MdNode[] = [];
  const walk = (node: MdNode, depth: number) => {
    if (node.type === 'paragraph' || node.type === 'listItem') units.push(node);
    else if (depth < 4 && (node.type === 'list' || node.type === 'blockquote'))
      for (const child of node.children) walk(child, depth + 1);
  };
  for (const node of nodes) walk(node, 0);
  let talksOf: Map<string, number> | undefined;
  for (const reply of units) {
    const links = findLinks(reply).filter((link) => /^https?:/i.test(link.url ?? ''));
    if (links.length === 0) continue;
    const text = plainText(reply);
    talksOf ??= talksPerFirstName(drafts);
    const counts = talksOf;
    const named = drafts.filter((draft) => namesSpeakerOf(text, draft, counts));
    if (named.length !== 1) continue;
    const draft = named[0] as DraftTalk;
    for (const link of links) {
      const found: DraftTalk['links'] = [];
      addLink(link, text, found, false);
      const [only] = found;
      if (only && (only.kind === 'video' || only.kind === 'slides')) {
        if (!draft.links.some((l) => l.url === only.url)) draft.links.push(only);
      }
    }
  }
}

/**
 * The reply names the talk's speaker: in full, or "Grace's" where no other talk's speaker is a
 * Grace (`talksOf`: how many talks have a speaker of each first name).
 */
function namesSpeakerOf(text: string, draft: DraftTalk, talksOf: Map<string, number>): boolean {
  return draft.speakers.some((speaker) => {
    const name = speaker.name;
    if (!name || !/^\p{Lu}/u.test(name)) return false;
    if (text.includes(name)) return true;
    const first = firstName(name);
    return (
      first.length >= 3 &&
      talksOf.get(first) === 1 &&
      text.includes(first) &&
      new RegExp(`(?<!\\p{L})${escapeRegExp(first)}['’]s\\b`, 'u').test(text)
    );
  });
}

function talksPerFirstName(drafts: DraftTalk[]): Map<string, number> {
  const talksOf = new Map<string, number>();
  for (const draft of drafts) {
    const firsts = new Set(draft.speakers.flatMap((s) => (s.name ? [firstName(s.name)] : [])));
    for (const first of firsts) talksOf.set(first, (talksOf.get(first) ?? 0) + 1);
  }
  return talksOf;
}

function firstName(name: string): string {
  return name.split(/\s+/, 1)[0] ?? '';
}
