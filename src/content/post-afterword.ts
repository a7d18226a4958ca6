import type { DraftTalk } from './talk-body.ts';

/**
 * "## Digital Ocean Brunch", "## Austin, Texas" after five "## Title by Jane Doe": where every
 * talk of a post names its speaker, headings after the last of them that name no one, link
 * nothing and give no slot are the author's afterword (a brunch, the city), no talks.
 */
export function withoutAfterword(drafts: DraftTalk[]): void {
  let end = drafts.length;
  while (end > 0 && unnamed(drafts[end - 1] as DraftTalk)) end--;
  if (end === drafts.length || end < 3) return;
  if (drafts.slice(0, end).some((draft) => draft.speakers.length === 0)) return;
  drafts.splice(end);
}

function unnamed(draft: DraftTalk): boolean {
  return (
    draft.speakers.length === 0 &&
    !draft.company &&
    draft.links.length === 0 &&
    !draft.time &&
    !draft.room &&
    !draft.kind
  );
}
