import type { Speaker } from '../model.ts';
import { mostItems } from './comma-lines.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { collectLinks } from './talk-links.ts';

/**
 * A programme's index of talk pages, each item one link whose words are the title, a dash and
 * the speaker: `- [Sampling at scale - Jane Doe](./sampling.md)`, `- [從 Thanos 到 Mimir -
 * 許宏翔 (Mike Hsu)](…)`. A dash is no sign of a speaker on its own (`[Go - the good parts](…)`),
 * so a list is read so only where two of its items in three at least (and two at least) end in
 * a person. Each item's reading, by position, where the list reads so; else undefined.
 */
export function dashLinkList(list: MdNode): (DashItem | undefined)[] | undefined {
  const readings = mostItems(list, dashItem);
  const read = readings?.filter((reading) => reading !== undefined) ?? [];
  // "[Kubernetes - The Hard Way](…)": capitals alone; a given name or a CJK name is a person's.
  const sure = read.filter((reading) => reading.speakers.every(surely));
  // "[Mindful Conflict Navigation - Sylvie Abookire](#mindful)" among "… - Doug Powell" and
  // "… - Sarah Thompson": where every item of the list reads so and two at least surely name a
  // person, the names no list of given names knows are people's too.
  const uniform = sure.length >= 2 && read.length === list.children.length;
  if (sure.length * 2 < read.length && !uniform) return undefined;
  // "謝政廷 (Duran)" among "謝朝華 (Paul)", "羅聖明 (Barry)": where the list writes its people's
  // Latin names so, one more capitalised word is a name too, whether or not a known given name.
  const aliased = read.filter((reading) =>
    reading.speakers.some((s) => ALIASED.test(s.name ?? '')),
  );
  if (aliased.length < 2) return readings;
  return readings?.map(
    (reading) => reading && { ...reading, speakers: reading.speakers.map(asAlias) },
  );
}

const ALIASED =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,5} \([^()]+\)$/u;

/** "謝政廷" with "Duran" as company, in a list of aliased names: the person's Latin name. */
const asAlias = (speaker: Speaker): Speaker =>
  aliasName(speaker, (company) => /^\p{Lu}\p{Ll}{1,11}$/u.test(company));

export type DashItem = { title: string; speakers: Speaker[]; link: MdNode };

/** The talk of an item read by `dashLinkList`, its link the talk's page. */
export function dashLinkTalk(reading: DashItem, line: number, context: TalkContext): DraftTalk {
  const draft = newDraft(reading.title, line, context);
  draft.speakers.push(...reading.speakers);
  collectLinks([reading.link], draft.links);
  return draft;
}

/** One item's title and people, where it is a link alone reading "Title - Jane Doe". */
function dashItem(item: MdNode): DashItem | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const parts = paragraph.children.filter((c) => c.type !== 'text' || (c.value ?? '').trim());
  const [link] = parts;
  if (parts.length !== 1 || link?.type !== 'link' || !link.url) return undefined;
  const text = plainText(link).trim();
  const dash = DASH.exec(text);
  if (!dash?.[1] || !dash[2] || !/\p{L}{2}/u.test(dash[1])) return undefined;
  const speakers = parseSpeakerText(dash[2])?.map(withAlias);
  if (!speakers?.length || !speakers.every((s) => s.name && looksLikeName(bare(s.name)))) {
    return undefined;
  }
  return { title: dash[1].trim(), speakers, link };
}

/** The last dash between spaces: the title may have dashes of its own. */
// "- Marianne Ashton-Booth": a family name of two joined by a hyphen is one name.
const DASH = /^(.{3,200})\s[-–—]\s((?:(?!\s[-–—]\s)[^–—]){1,80})$/u;

/**
 * "謝朝華 (Paul)", "邱宏瑋 (hwchiu)", "李智樺 (Ruddy 老師)": a name in Chinese, Japanese or Korean
 * with the person's Latin name, handle or honorific in parentheses, as Taiwanese and Hong Kong
 * programmes write their speakers: all of it the person's name, none of it a company.
 */
export const withAlias = (speaker: Speaker): Speaker => aliasName(speaker, isAlias);

function aliasName(speaker: Speaker, alias: (company: string) => boolean): Speaker {
  const { name, company } = speaker;
  if (!name || !company || !CJK_NAME.test(name) || !alias(company)) return speaker;
  const { company: _, ...rest } = speaker;
  return { ...rest, name: `${name} (${company})` };
}

function isAlias(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 3) return false;
  if (HONORIFIC.test(text)) return true;
  if (words.length === 1 && /^[a-z][a-z0-9_.]{2,20}$/.test(text)) return true;
  return isGivenName(words[0] ?? '') && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

function surely(speaker: Speaker): boolean {
  const name = bare(speaker.name ?? '');
  return CJK_NAME.test(name) || isGivenName(name.split(' ')[0] ?? '');
}

const bare = (name: string): string => name.replace(/\s*\([^()]*\)$/, '');

const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,5}$/u;
const HONORIFIC = /(?:老師|老师|先生|さん|님)$/u;
