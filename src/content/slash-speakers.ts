import type { Speaker } from '../model.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "Event sourcing in anger / Kari Berg + Ola Hansen": a slash before two people or more, each
 * with a first and a last name, joined by "+", "&" or "and", in any post ("CI / CD", "TCP / IP"
 * and "Kafka / Event Streams" stay titles: they name no two people).
 */
export function splitSlash(text: string): { title: string; speakers: Speaker[] } | undefined {
  const slash = text.lastIndexOf(' / ');
  if (slash < 3) return undefined;
  const who = text.slice(slash + 3).trim();
  if (!/\s(?:\+|&|and)\s/.test(who)) return undefined;
  const speakers = parseSpeakerText(who);
  if (!speakers || speakers.length < 2 || !speakers.every((s) => s.name?.includes(' ')))
    return undefined;
  return { title: text.slice(0, slash), speakers };
}
