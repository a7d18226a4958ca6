import { slug as githubSlug } from 'github-slugger';

/**
 * Stable id: the slug of the title, short enough for button values and custom ids; `talk` for a
 * title the slug keeps nothing of (emoji or punctuation only), so no talk has an empty id.
 */
export function talkId(title: string): string {
  const slug = githubSlug(title)
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || 'talk';
}
