import { slug as githubSlug } from 'github-slugger';

/** Stable id: the slug of the title, short enough for button values and custom ids. */
export function talkId(title: string): string {
  return githubSlug(title).replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}
