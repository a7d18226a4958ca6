import { conferenceName } from './event-name.ts';
import { withoutLetterNumbering } from './letter-numbering.ts';

/**
 * What the post's titles carry beside the talk's own words, taken off once all talks are read: the
 * post's count in letters ("A. …", see `letter-numbering.ts`) and the conference's name a title
 * pasted from its video ends with ("Scikit-build-core: A modern build-backend. SciPy 2024",
 * "Ibis at scale | PyData Berlin 2024") where the post is about that conference.
 */
export function tidyTitles(drafts: { title: string; kind?: string }[], postTitle?: string): void {
  withoutLetterNumbering(drafts);
  // "Rendez l'agilité aux développeurs ! - votre humble serviteuse", "Shipping it — yours truly":
  // the author names themselves as the speaker, in words no person is called.
  for (const draft of drafts) {
    if (!draft.title.includes(' ')) continue;
    const title = draft.title.replace(SELF_TAIL, '').trim();
    if (title !== draft.title && /\p{L}/u.test(title)) draft.title = title;
  }
  const event = postTitle ? conferenceName(postTitle) : '';
  // A name with its year or of two words at least: "Rust" alone may be a title's own last word.
  if (!/\s/.test(event.trim())) return;
  const escaped = event.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = new RegExp(`(?:[.,]|\\s[|—–-]|\\s@)\\s*${escaped}$|\\s*\\(${escaped}\\)$`, 'iu');
  const name = event.trim().toLowerCase();
  for (const draft of drafts) {
    // Most titles end otherwise: the pattern is tried only on those ending with the name.
    const lower = draft.title.toLowerCase();
    if (!lower.endsWith(name) && !lower.endsWith(`${name})`)) continue;
    const title = draft.title.replace(tail, '').trim();
    if (title !== draft.title && /\S\s+\S/.test(title)) draft.title = title;
  }
}

/** " - votre humble serviteuse", " — yours truly", " (me)": the author, after the title. */
const SELF_TAIL =
  /\s+(?:[-–—|]\s*(?:(?:by|par|von|por)\s+)?|\()(?:yours truly|your humble servant|myself|me|moi|moi[- ]m[êe]me|votre (?:humble |d[ée]vou[ée]e? )?(?:servit(?:eur|euse)|servante)|meine wenigkeit|(?:un|una) servidora?|servidora? de ustedes|eu mesm[oa])\)?[.!]?$/iu;
