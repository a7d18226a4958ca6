import { slug as githubSlug } from 'github-slugger';

/**
 * Stable id: the slug of the title, short enough for button values and custom ids; `talk` for a
 * title the slug keeps nothing of (emoji or punctuation only), so no talk has an empty id.
 */
export function talkId(title: string): string {
  return slugOf(title).slice(0, 60).replace(/-$/, '') || 'talk';
}

/** A text as one slug, whole: lower case, one dash between words, none at the ends. */
export function slugOf(text: string): string {
  return githubSlug(text).replace(/-+/g, '-').replace(/^-|-$/g, '');
}
