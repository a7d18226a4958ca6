import { splitLines } from './field-lines.ts';
import type { MetaTalk } from './front-matter-talk.ts';
import { SPEAKER_LABEL } from './labelled-lead.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * A post about one talk, which its introduction names: "At **LambdaLakes 2025** in Zürich, Greta
 * Hofmann (CTO at Kettlebell Systems) gave a 40-minute talk called *Boring Technology, Revisited*."
 * Its headings ("The argument", "What I'm taking away", "Watch it") are that talk's parts, not
 * talks. Read only where no heading of the post names a speaker.
 */
export function talkToldInProse(
  preamble: MdNode[],
  drafts: DraftTalk[],
  title?: string,
): MetaTalk | undefined {
  if (drafts.some((draft) => draft.speakers.length > 0)) return undefined;
  for (const paragraph of preamble.slice(0, 4)) {
    if (paragraph.type !== 'paragraph') continue;
    // With no heading at all, only the post's own byline says it is one talk.
    const told =
      (drafts.length > 0 ? toldIn(paragraph.children) : undefined) ??
      (title ? (fieldTalk(paragraph, title) ?? dashByline(paragraph, title)) : undefined);
    if (told) return told;
  }
  return undefined;
}

/**
 * "-- Alexandre Cisneiro (Nubank)" (or after "—") on the first line of a post titled by its front
 * matter: the speaker of the one talk the post is about, its company in brackets. Only a name
 * with its company counts: "— a short note" is no byline.
 */
function dashByline(paragraph: MdNode, title: string): MetaTalk | undefined {
  const [first] = splitLines(paragraph.children);
  const line = first ? plainText(first).trim() : '';
  const dashed = /^(?:--|—|–)\s*(\S.{0,100})$/u.exec(line);
  if (!dashed?.[1]) return undefined;
  const speakers = speakerLine(dashed[1], true);
  return speakers?.length && speakers.every((speaker) => speaker.name && speaker.company)
    ? { title, speakers, links: [] }
    : undefined;
}

/**
 * "**演讲嘉宾**：李孟轩（密瓜智能）", "**Speaker:** Jane Doe (Acme)" in the opening of a post
 * titled by its front matter: a recap of that one talk, its numbered sections ("## 一、…",
 * "## 视频回放及 PPT 下载") the talk's parts.
 */
function fieldTalk(paragraph: MdNode, title: string): MetaTalk | undefined {
  const text = plainText(paragraph).trim();
  if (text.length > 200 || text.includes('\n') || !SPEAKER_LABEL.test(text)) return undefined;
  const speakers = speakerLine(text, false);
  return speakers?.every((speaker) => speaker.name) ? { title, speakers, links: [] } : undefined;
}

/** "Greta Hofmann (CTO at Kettlebell Systems) gave a 40-minute talk called ": who, then the title. */
const GAVE =
  /(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(([^()]{2,80})\))?,?\s+(?:gave|delivered|presented|did)\s+(?:a|an|the|her|his|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:talk|keynote|session|presentation|lightning talk)\s*(?:called|titled|named|entitled|on|about)?\s*[:,]?\s*["“]?$/u;

/** "At **LambdaLakes 2025** in Zürich": the conference, where the sentence names one of a year. */
const AT_EVENT = /\b(?:at|@)\s+$/i;

function toldIn(children: MdNode[]): MetaTalk | undefined {
  for (let i = 0; i + 1 < children.length; i++) {
    const node = children[i] as MdNode;
    const next = children[i + 1] as MdNode;
    if (node.type !== 'text' || !['emphasis', 'strong', 'link'].includes(next.type)) continue;
    const gave = GAVE.exec(node.value ?? '');
    if (!gave?.[1] || !looksLikeName(gave[1])) continue;
    const title = plainText(next).trim();
    if (title.length < 3 || title.length > 150 || !/\p{L}{2}/u.test(title)) continue;
    const who = gave[2] ? `${gave[1]} (${gave[2]})` : gave[1];
    const speakers = parseSpeakerText(who) ?? [{ name: gave[1] }];
    const event = eventBefore(children.slice(0, i + 1));
    return { title, speakers, links: [], ...(event ? { event } : {}) };
  }
  return undefined;
}

function eventBefore(children: MdNode[]): string | undefined {
  for (let i = 1; i < children.length; i++) {
    const before = children[i - 1] as MdNode;
    const node = children[i] as MdNode;
    if (before.type !== 'text' || !AT_EVENT.test(before.value ?? '')) continue;
    const name = plainText(node).trim();
    if (/^\p{Lu}.{1,60}\b(?:19|20)\d{2}$/u.test(name)) return name;
  }
  return undefined;
}
