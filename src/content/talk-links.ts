import type { ContentProblem, Link } from '../model.ts';
import { classifyLink, hostKind, LINK_LABEL, LINK_TEXT, labelKind } from './classify-link.ts';
import type { MdNode } from './markdown.ts';
import { displayUrl, isAutolink, plainText } from './markdown-text.ts';
import { withoutRedirect } from './redirect-links.ts';
import type { DraftNote } from './summary.ts';
import { LINK_KIND_TEXT } from './title-marks.ts';

/** The links of a talk's heading and notes: what kind each is, and what to call it. */

/**
 * "[Description](…) and [Slides](…)": the talk's own links, which every surface shows as links
 * already; as a note it would only repeat them.
 */
export function isTalkLinksLine(item: MdNode, note: DraftNote): boolean {
  // Cheapest first: a note with sub-points or without links is more than its links.
  if (note.children.length > 0) return false;
  const links = findLinks(item);
  if (links.length === 0) return false;
  // "Slides: [SpeakerDeck](…)", "**Video:** https://…": a label and the link, nothing more.
  // "👉 [Watch](…)": pointing signs and separators say nothing more than the link.
  const prose = note.prose.replace(LINK_LABEL, '').replace(/\b(?:and|or)\b/gi, '');
  return (
    !/[\p{L}\p{N}]/u.test(prose) &&
    links.every((link) =>
      ['description', 'slides', 'video'].includes(
        classifyLink(plainText(link.children), note.text, link.url ?? ''),
      ),
    )
  );
}

export function findLinks(node: MdNode): MdNode[] {
  const links: MdNode[] = [];
  linksInto(node, links);
  return links;
}

/** One array for the whole walk, not one per node. */
function linksInto(node: MdNode, links: MdNode[]): void {
  if (node.type === 'link') links.push(node);
  else for (const child of node.children) linksInto(child, links);
}

/** Every link in some nodes, with the text of the bullet or paragraph it stands in. */
export function collectLinks(nodes: MdNode[], into: Link[]): void {
  // The text around a link (of the bullet or paragraph it stands in) is worked out only when
  // there is a link — most bullets have none — and kept for the next link in the same place.
  let textOf: MdNode | undefined;
  let text = '';
  // Where in that text the next link is looked for: after the one before it, so a paragraph of
  // thousands of links is read once, not once per link.
  const cursor = { at: 0 };
  const context = (around: MdNode | undefined): string => {
    if (!around) return '';
    if (textOf !== around) {
      textOf = around;
      cursor.at = 0;
      // "[^1]: Slides: https://…": a footnote's own label is no word of its link's.
      text = (
        around.type === 'listItem'
          ? plainText(around.children.filter((c) => c.type !== 'list'))
          : plainText(around)
      ).replace(FOOTNOTE_LABEL, '');
    }
    return text;
  };
  const known = new Set(into.map((link) => link.url));
  // dev.to's `{% embed https://speakerdeck.com/… %}`: the page shows the deck or the recording
  // itself, so its host says what the link is (a bare deck's address is only a reference).
  let embeds = false;
  const walk = (node: MdNode, around: MdNode | undefined) => {
    if (node.type === 'link') {
      const added = into.length;
      addLink(node, context(around), into, false, { known, cursor });
      const link = into[added];
      const kind = embeds && link ? hostKind(link.url) : undefined;
      if (link && kind) link.kind = kind;
      embeds = false;
      return;
    }
    if (node.type === 'text') embeds = /\{%\s*embed\s+$/.test(node.value ?? '');
    if (node.type === 'text' || node.type === 'html') {
      for (const link of embeddedLinks(node.value ?? '')) {
        if (!known.has(link.url)) {
          known.add(link.url);
          into.push(link);
        }
      }
    }
    if (node.children.length === 0) return;
    const own = node.type === 'listItem' || node.type === 'paragraph' ? node : around;
    for (const child of node.children) walk(child, own);
  };
  for (const node of nodes) walk(node, undefined);
}

/**
 * "### Slides", "### 発表資料" inside a talk's notes: the few links under it (`from` on) are the
 * talk's deck or recording, though a bare address elsewhere is only a reference.
 */
export function nameSectionLinks(into: Link[], from: number, heading: string): void {
  const kind = into.length - from > 0 && into.length - from <= 2 ? labelKind(heading) : undefined;
  if (!kind) return;
  for (const link of into.slice(from)) if (link.kind === 'see-also') link.kind = kind;
}

/** The label that starts a footnote's text: `[^1]: `. */
const FOOTNOTE_LABEL = /^\[\^[^\]\s]{1,40}\]:[ \t]*/;

/**
 * `{{< youtube id >}}`, `{% vimeo id %}`, `{% include youtube.html id="id" %}`,
 * `{{< speakerdeck id >}}`, and a shortcode given the whole address.
 */
const SHORTCODE =
  /\{[{%][<%]?\s*(?:include\s+)?(youtube|vimeo|speakerdeck|slideshare)(?:\.html)?\s+(?:(?:id|video_?id|src|url)=)?["']?((?:https?:)?\/\/[^\s"'{}]{3,200}|[\w-]{3,64})["']?[^{}]{0,200}[>%]?[}%]\}/gi;
/** `{% include video id="id" provider="youtube" %}` (Jekyll's Minimal Mistakes theme). */
const INCLUDE_VIDEO = /\{%\s*include\s+video(?:\.html)?\s([^{}%]{0,300})%\}/gi;
/** `<iframe src="https://www.youtube.com/embed/id">`, SpeakerDeck's and SlideShare's players. */
const PLAYER = /<iframe\s[^>]{0,300}?\bsrc=["']?((?:https?:)?\/\/[^"'\s>]{3,200})/gi;
/**
 * MDX and web components: `<YouTube id="id" />`, `<LiteYouTubeEmbed id="id" />`,
 * `<lite-youtube videoid="id">`, a Docusaurus site's `<Video src="https://www.youtube.com/embed/id" />`.
 */
const COMPONENT =
  /<(?:lite-?)?(youtube|vimeo|video)(?:embed|player|video)?\b[^>]{0,300}?\b(?:id|video_?id|youtubeid|src|url)=\{?["']((?:https?:)?\/\/[^"'\s]{3,200}|[\w-]{3,64})["']/gi;

/**
 * Whether HTML embeds one talk's recording or deck: a YouTube player, `<Video src="…" />`. A
 * playlist of many (`videoseries`, `list=`) is no one talk's.
 */
export function embedsTalkMedia(html: string): boolean {
  return embeddedLinks(html).some((link) => !/videoseries|[?&]list=/i.test(link.url));
}

/** A talk's recording or deck a blog engine embeds, from its shortcode, player or component. */
function embeddedLinks(text: string): Link[] {
  // Every form starts with "{" or "<": text with neither (nearly all of it) embeds nothing.
  if ((!text.includes('{') && !text.includes('<')) || !EMBEDS.test(text)) return [];
  const links: Link[] = [];
  const add = (host: string, value: string) => {
    const url = embedUrl(host.toLowerCase(), value);
    const kind = url && hostKind(url);
    if (url && kind) links.push({ kind, url, text: LINK_TEXT[kind] });
  };
  for (const match of text.matchAll(SHORTCODE)) add(match[1] ?? '', match[2] ?? '');
  for (const match of text.matchAll(INCLUDE_VIDEO)) {
    const id = /\bid=["']?([\w-]{3,64})/.exec(match[1] ?? '')?.[1];
    const provider = /\bprovider=["']?(youtube|vimeo)\b/i.exec(match[1] ?? '')?.[1];
    if (id && provider) add(provider, id);
  }
  for (const match of text.matchAll(COMPONENT)) add(match[1] ?? '', match[2] ?? '');
  for (const match of text.matchAll(PLAYER)) add('', match[1] ?? '');
  // `<TalkCard slides="https://…" />`, `{{< talk video="https://…" >}}`: a component's links.
  for (const [, key, url] of text.matchAll(LINK_ATTRIBUTE)) {
    const kind = /^(?:slides|deck)$/i.test(key ?? '') ? 'slides' : 'video';
    if (url && !links.some((link) => link.url === url))
      links.push({ kind, url, text: LINK_TEXT[kind] });
  }
  return links;
}
const EMBEDS =
  /youtu|vimeo|speakerdeck|slideshare|docs\.google|slides\s*=|deck\s*=|video\s*=|recording\s*=/i;
const LINK_ATTRIBUTE =
  /\b(slides|deck|video|recording)\s*=\s*\{?\s*["'](https?:\/\/[^"'\s{}<>]{3,300})["']/gi;

/** The address of what an embed shows: its own, or the host's page for an id. */
function embedUrl(host: string, value: string): string | undefined {
  if (value.startsWith('//')) return playerPage(`https:${value}`);
  if (/^https?:\/\//i.test(value)) return playerPage(value);
  switch (host) {
    case 'youtube':
      return `https://www.youtube.com/watch?v=${value}`;
    case 'vimeo':
      return `https://vimeo.com/${value}`;
    case 'speakerdeck':
      return `https://speakerdeck.com/player/${value}`;
    case 'slideshare':
      return `https://www.slideshare.net/slideshow/embed_code/key/${value}`;
    default:
      return undefined;
  }
}

/**
 * "https://www.youtube.com/embed/id?start=90&feature=oembed", "https://player.vimeo.com/video/1":
 * a player's address is a bare player in a browser and in chat; the video's page is the link to
 * give ("https://www.youtube.com/watch?v=id&t=90s"), from where the embed started.
 */
function playerPage(url: string): string {
  const youtube = YOUTUBE_PLAYER.exec(url);
  if (youtube?.[1] && youtube[1] !== 'videoseries') {
    const start = /(?:^|&)(?:start|t)=(\d{1,6})\b/.exec(youtube[2] ?? '')?.[1];
    return `https://www.youtube.com/watch?v=${youtube[1]}${start ? `&t=${start}s` : ''}`;
  }
  const vimeo = VIMEO_PLAYER.exec(url)?.[1];
  return vimeo ? `https://vimeo.com/${vimeo}` : url;
}
const YOUTUBE_PLAYER =
  /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})(?:\?([^#]{0,300}))?$/i;
const VIMEO_PLAYER = /^https?:\/\/player\.vimeo\.com\/video\/(\d{4,12})(?:[?#]\S{0,300})?$/i;

/** What `collectLinks` keeps for the links of one walk: their addresses, where to look next. */
interface LinkWalk {
  known: Set<string>;
  cursor: { at: number };
}

export function addLink(
  node: MdNode,
  around: string,
  into: Link[],
  isHeading: boolean,
  walk?: LinkWalk,
): void {
  // "https://www.google.com/url?q=https://speakerdeck.com/…" (a Google Docs export): the deck.
  const url = withoutRedirect(node.url ?? '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !RELATIVE_DECK.test(url)) return;
  if (KEYWORD_PAGE.test(url)) return;
  if (walk ? walk.known.has(url) : into.some((link) => link.url === url)) return;
  walk?.known.add(url);
  const linkText = isAutolink(node) ? '' : plainText(node.children);
  const shown = displayUrl(url);
  const context = clauseOf(around, linkText || shown, walk?.cursor);
  const label = withoutTrailingCue(context.replace(shown, '')).trim();
  const readable = /\p{L}{3,}/u.test(label) && label.length <= 120 && !/^see( also)?$/i.test(label);
  // "### Title | [Slides](…)": a heading's link named by its kind is that kind, not the title's.
  const named = isHeading && LINK_KIND_TEXT.test(linkText.trim());
  const text = isHeading && !named ? 'Description' : linkText || (readable ? label : shown);
  // A title linked to its recording or deck: that is what the link is, not a description page.
  // "[sur ce lien](talk.pdf)": a deck beside the notes, the talk's slides whatever its words.
  const kind = RELATIVE_DECK.test(url)
    ? 'slides'
    : isHeading && !named
      ? (hostKind(url) ?? 'description')
      : classifyLink(linkText, context, url);
  into.push({ kind, url, text });
}

/**
 * "[keynote](http://d.hatena.ne.jp/keyword/keynote)": Hatena's blogs link every word their
 * glossary has to its page, unasked: no link of the author's, nor the talk's page.
 */
const KEYWORD_PAGE = /^https?:\/\/d\.hatena\.ne\.jp\/keyword\//i;

/** "talk.pdf", "slides/deck.pptx", "../2024/talk.pdf#page=2": a deck file beside the notes. */
const RELATIVE_DECK = /^(?![a-z][a-z0-9+.-]*:|\/\/|#)[^\s?#]+\.(?:pdf|pptx?|key|odp)(?:[?#]\S*)?$/i;

/**
 * The clause of a paragraph a link stands in: "… throw data away. Slides: https://…" labels
 * the link "Slides" as much as a paragraph of its own would.
 */
function clauseOf(text: string, shown: string, cursor?: { at: number }): string {
  const at = shown === '' ? -1 : text.indexOf(shown, cursor?.at ?? 0);
  if (cursor && at !== -1) cursor.at = at + shown.length;
  // What follows the link, as far as it can say what the link is: a paragraph of thousands of
  // links gives each a clause of its own size, not the rest of the paragraph.
  const end = at === -1 ? CLAUSE_AFTER : at + shown.length + CLAUSE_AFTER;
  if (at <= 0) return text.length > end ? text.slice(0, end) : text;
  // And what comes before it, as far back: looked for to the paragraph's start, a paragraph of
  // 16,000 links took 5 s.
  let from = Math.max(0, at - CLAUSE_AFTER);
  for (let i = at - 1; i > from; i--) {
    const c = text.charAt(i);
    if (
      c === '\n' ||
      c === '|' ||
      ((c === ' ' || c === '\t') && /[.!?;]/.test(text.charAt(i - 1)))
    ) {
      from = i + 1;
      break;
    }
  }
  return from === 0 && text.length <= end ? text : text.slice(from, end);
}

/**
 * Characters after a link that may still label it ("… (PDF, 40 pages)", "the slides are up"), and
 * before it that may lead into it.
 */
const CLAUSE_AFTER = 400;

/** A label without the cue that leads into its link: "Slides at", "see", "Recording:". */
function withoutTrailingCue(label: string): string {
  const trimmed = label.trimEnd();
  const cue = TRAILING_CUE.exec(trimmed.slice(-8));
  return cue ? trimmed.slice(0, trimmed.length - cue[0].length) : trimmed;
}

const TRAILING_CUE = /(?:\s+(?:at|see)|:)$/i;

const AFTER_PAREN = /\s*(?:[a-z]{1,20}:|\/|#|www\.|$)/iy;

/**
 * `[text](` or `[text] (` followed by an address or the end, in text that did not become a link.
 * One scan, no backtracking: hostile text with thousands of `[` stays linear.
 */
function brokenLinkAt(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) open = true;
    else if (c === 10 /* \n */) open = false;
    else if (c === 93 /* ] */) {
      if (!open) continue;
      open = false;
      let j = i + 1;
      if (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      if (text.charCodeAt(j) !== 40 /* ( */) continue;
      AFTER_PAREN.lastIndex = j + 1;
      if (AFTER_PAREN.test(text)) return true;
    }
  }
  return false;
}

/** "[Slides](http://…" or "[Slides] (http://…)" did not become a link: tell the author where. */
export function reportBrokenLinks(nodes: MdNode[], file: string, problems: ContentProblem[]): void {
  for (const node of nodes) {
    // Without a "[" there is no broken link (and most text has none).
    const value = node.value ?? '';
    if (node.type === 'text' && value.includes('[') && brokenLinkAt(value)) {
      problems.push({
        file,
        line: node.line,
        message: `broken link syntax near "${value.trim().slice(0, 60)}": write [text](url) with no space and a closing )`,
        severity: 'warning',
      });
    }
    if (node.type !== 'link' && node.children.length > 0) {
      reportBrokenLinks(node.children, file, problems);
    }
  }
}
