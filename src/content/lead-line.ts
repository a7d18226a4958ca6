import { isEventName } from './company-words.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { imageOnlyLink } from './site-pages.ts';
import { LINK_KIND_TEXT } from './title-marks.ts';

/**
 * The words of a talk's first line that may name its speaker, without what an awesome list puts
 * after the name: its links (`[![YouTube](badge)](…)`, `[Slides](…)`, `[Blog](…)`: the talk's
 * links, read apart) and the conference it was given at (`· *ByteHarbor 2025*`), which is no
 * company. `- **Title** — Jane Doe (Acme) · *DevConf 2025* [![YouTube](…)](…)` leaves
 * ` — Jane Doe (Acme)`.
 */
export function leadLine(line: MdNode[]): MdNode[] {
  const end = linksEnd(line);
  const event = eventAt(line, end);
  if (event !== undefined) {
    const before = line[end - 2] as MdNode;
    const value = (before.value ?? '').replace(EVENT_MARK, '');
    return [...line.slice(0, end - 2), { ...before, value }];
  }
  return end === line.length ? line : line.slice(0, end);
}

/** `· *ByteHarbor 2025*` at the end of a talk's first line: the conference it was given at. */
export function leadEvent(line: MdNode[]): string | undefined {
  return eventAt(line, linksEnd(line));
}

/** Where the line ends without the links after it. */
function linksEnd(line: MdNode[]): number {
  let end = line.length;
  while (end > 0) {
    const node = line[end - 1] as MdNode;
    if (node.type === 'text' && (node.value ?? '').trim() === '') end--;
    else if (node.type === 'link' && linkOnly(node)) end--;
    else break;
  }
  return end;
}

function eventAt(line: MdNode[], end: number): string | undefined {
  const last = line[end - 1];
  const before = line[end - 2];
  if (last?.type !== 'emphasis' || before?.type !== 'text') return undefined;
  if (!EVENT_MARK.test(before.value ?? '')) return undefined;
  const name = plainText(last).trim();
  return isEventName(name) ? name : undefined;
}

const EVENT_MARK = /\s[·•|]\s*$/;

/** A link that is only a badge or only names its kind or host ("Slides", "YouTube", "Blog"). */
function linkOnly(link: MdNode): boolean {
  if (imageOnlyLink(link)) return true;
  const text = plainText(link).trim();
  return LINK_KIND_TEXT.test(text) || LINK_HOST.test(text);
}

const LINK_HOST =
  /^(?:vimeo|blog(?: post)?|post|article|speaker ?deck|slideshare|notes|transcript)$/i;
