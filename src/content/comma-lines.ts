import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';

/**
 * A list of one line per talk, the speaker after a comma: `- Generics in anger, Pieter Botha
 * (Karoo Labs)`, `- Keynote, Thandeka Zulu`, `- Wire protocols, Ruan Steyn, Fynbos Data`. A comma
 * is no sign of a speaker on its own (`Kubernetes, the hard way`), so a list is read so only
 * where two of its items in three at least (and two at least) name a person after a comma.
 * Each item's reading, by position, where the list reads so; else undefined.
 */
export function commaList(list: MdNode): (CommaItem | undefined)[] | undefined {
  return mostItems(list, commaItem);
}

/**
 * Each item's reading, by position, where two items in three at least (and two at least) read
 * so; else undefined. A list's form is so voted on by its items (`commaList`, `dashLinkList`).
 */
export function mostItems<T>(
  list: MdNode,
  reader: (item: MdNode) => T | undefined,
): (T | undefined)[] | undefined {
  const items = list.children.length;
  if (items < 2 || items > 200) return undefined;
  const readings: (T | undefined)[] = [];
  let read = 0;
  let missed = 0;
  for (const item of list.children) {
    const reading = reader(item);
    readings.push(reading);
    if (reading) read++;
    else if (++missed * 3 > items) return undefined;
  }
  return read >= 2 && read * 3 >= items * 2 ? readings : undefined;
}

type CommaItem = { title: string; speakers: Speaker[]; notes?: string };

/** One item's title and people, where it reads "Title, Jane Doe (Acme)". */
function commaItem(item: MdNode): CommaItem | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  // Asked of the items of every list: most have no comma, or a link, and are not read further.
  let comma = false;
  for (const child of paragraph.children) {
    if (child.type === 'link' || child.type === 'break') return undefined;
    if (child.type === 'text' && child.value?.includes(', ')) comma = true;
  }
  if (!comma) return undefined;
  const text = plainText(paragraph).trim();
  if (text.length > 200 || text.includes('\n') || !text.includes(', ')) return undefined;
  for (const comma of text.matchAll(/,\s+/g)) {
    const title = text.slice(0, comma.index).trim();
    if (!/\p{L}{2}/u.test(title)) continue;
    const speakers = people(text.slice(comma.index + comma[0].length).trim());
    if (speakers) return { title, speakers };
  }
  return undefined;
}

function people(text: string): Speaker[] | undefined {
  // "Johan & Elsa van Wyk": two people of one family name.
  const family = FAMILY.exec(text);
  if (family?.[1] && family[2] && family[3] && looksLikeName(`${family[2]} ${family[3]}`)) {
    return [{ name: `${family[1]} ${family[3]}` }, { name: `${family[2]} ${family[3]}` }];
  }
  const speakers = parseSpeakerText(text);
  return speakers && speakers.length > 0 && speakers.every((s) => s.name && looksLikeName(s.name))
    ? speakers
    : undefined;
}

const FAMILY = /^(\p{Lu}[\p{Ll}'’-]+)\s*(?:&|\band\b)\s*(\p{Lu}[\p{Ll}'’-]+)\s+(\p{L}.*)$/u;
