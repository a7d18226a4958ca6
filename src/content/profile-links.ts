import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { parseSpeakerText } from './speaker-names.ts';

/** A bullet that is only a person's name: linked to their profile, or in full from a given name. */
export function nameAlone(item: MdNode): boolean {
  const [paragraph, ...more] = item.children;
  if (paragraph?.type !== 'paragraph' || more.length > 0) return false;
  const [only, ...besides] = paragraph.children.filter(
    (child) => child.type !== 'text' || (child.value ?? '').trim() !== '',
  );
  if (!only || besides.length > 0) return false;
  const name = plainText([only]).trim();
  if (only.type === 'link' ? !isProfileLink(only, []) : only.type !== 'text') return false;
  if (only.type === 'text' && !(/^\S+\s+\S/.test(name) && isGivenName(name.split(' ')[0] ?? '')))
    return false;
  const people = parseSpeakerText(name);
  return people?.length === 1 && people[0]?.name === name;
}

const PROFILE_HOSTS =
  /^(?:www\.)?(?:twitter\.com|x\.com|github\.com|linkedin\.com|bsky\.app|mastodon\.[a-z]+|fosstodon\.org|hachyderm\.io)$/i;

/** A link in a heading to a speaker: their name or handle as its text, or a profile's address. */
export function isProfileLink(link: MdNode, speakers: Speaker[]): boolean {
  const text = plainText(link.children).trim().toLowerCase();
  if (text.startsWith('@')) return true;
  if (speakers.some((speaker) => speaker.name?.toLowerCase() === text)) return true;
  try {
    const url = new URL(link.url ?? '');
    // A profile is one path segment ("github.com/eatonphil"), not a repository or a post.
    return PROFILE_HOSTS.test(url.hostname) && /^\/(?:in\/)?@?[\w.-]+\/?$/.test(url.pathname);
  } catch {
    return false;
  }
}
