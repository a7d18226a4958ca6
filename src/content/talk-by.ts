import type { Speaker } from '../model.ts';
import { trimEndOf } from '../text.js';
import { isGivenName } from './given-names.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * "This excellent talk by Jane Roe (Acme) took us…", "the keynote by Jane Roe from Acme", "One of
 * my favourite talks was by Acme's Jane Roe": the talk's prose says who gave it and for whom. A
 * company (in brackets, after from/of/at, or owning the person) is needed, or a common given name
 * after "this talk by" or "today's keynote by" (a word saying who they are may come between:
 * "by ex-googler Jane Roe"): "the talk by Jane Roe last year" names another talk as often.
 */
const TALK_BY = new RegExp(
  String.raw`\b(?:([Tt]his|[Tt]oday['’]?s)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:talks?|keynotes?|sessions?|presentations?|workshops?|lectures?)\b(?:[^.!?()]{0,50}?\bwas)?(?:\s+(?:given|delivered|presented))?\s+by\s+(?:(\p{Lu}[\p{L}\d&-]*)['’]s\s+|(?!(?:the|a|an|our|my|his|her|their)\s)\p{Ll}[\p{L}-]{2,20}\s+)?(${PROSE_NAME})(?:\s+\((\p{Lu}[^()]{1,40})\)|\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))?(?=[\s,.;:!?)]|$)`,
  'u',
);

export function talkBySpeaker(text: string): Speaker | undefined {
  if (!text.includes(' by ')) return undefined;
  const match = TALK_BY.exec(text);
  const name = match?.[3];
  if (!match || !name) return undefined;
  const people = parseSpeakerText(name);
  if (people?.length !== 1 || people[0]?.name !== name) return undefined;
  const company = trimEndOf(match[2] ?? match[4] ?? match[5] ?? '', ".'’", false) || undefined;
  if (company) return { name, company };
  return match[1] && isGivenName(name.split(/\s+/)[0] ?? '') ? { name } : undefined;
}
