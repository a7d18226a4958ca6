import type { Speaker } from '../model.ts';
import { isCompanyLike, looksLikeName, parseSpeakerText } from './speaker-names.ts';

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

/**
 * "iteratorパターンの実践 / 山田 太郎（メルカリ）": a slash before one person named in Japanese or
 * Chinese, with a company, as those posts write a talk's speaker. Read before the parentheses
 * are taken for a person of their own ("メルカリ" reads as a name too).
 */
export function splitSlashCjk(text: string): { title: string; speakers: Speaker[] } | undefined {
  const slash = text.lastIndexOf(' / ');
  if (slash < 3 || !/[)）]\s*$/.test(text)) return undefined;
  const speakers = parseSpeakerText(text.slice(slash + 3));
  const [one, ...more] = speakers ?? [];
  if (more.length > 0 || !one?.company || !CJK_NAME.test(one.name ?? '')) return undefined;
  return { title: text.slice(0, slash).trim(), speakers: [one] };
}

const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u;

/**
 * "Rootless containers / Giuseppe Scrivano (Red Hat)": a slash before one person (or more), each
 * with a first and a last name, and their company. "Service Mesh" reads as a name too, so this
 * splits only where the post's headings vote for it (see `postUsesDashSpeakers`), and a title of
 * one word before the slash ("Kubernetes / Service Mesh (Istio)") is a pair of topics, never split.
 */
export function splitSlashPerson(text: string): { title: string; speakers: Speaker[] } | undefined {
  const slash = text.lastIndexOf(' / ');
  if (slash < 3) return undefined;
  const title = text.slice(0, slash).trim();
  if (!/\p{L}{2}\S*\s+\S*\p{L}/u.test(title)) return undefined;
  const speakers = parseSpeakerText(text.slice(slash + 3));
  // "Title by Jane Doe / Red Hat": a company after the slash, not a person.
  const named = speakers?.every(
    (s) => s.name?.includes(' ') && looksLikeName(s.name) && !isCompanyLike(s.name),
  );
  return speakers && named ? { title, speakers } : undefined;
}
