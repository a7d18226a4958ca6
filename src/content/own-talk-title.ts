import type { DraftTalk } from './talk-body.ts';

/**
 * "### 自分の Lightning Talks" (my own lightning talk) over "「World Wide Love」というテーマでお話しました",
 * "## My talk" over '"Tiny compilers" was the title I picked…': the author's own talk, under a
 * heading that says whose it is, its title quoted in the first lines. The talk takes that title;
 * "My talk" names no talk. Only a quote that opens the notes, or one the words around it call
 * the title or theme, counts.
 */
export function titleOwnTalks(drafts: DraftTalk[]): void {
  for (const draft of drafts) {
    if (draft.title.length > 40 || !OWN_HEADING.test(draft.title.trim())) continue;
    const opening = draft.notes[0]?.prose.slice(0, 200) ?? '';
    const quoted = QUOTED_FIRST.exec(opening) ?? QUOTED_NAMED.exec(opening);
    const title = quoted?.[1]?.trim();
    if (title) draft.title = title;
  }
}

const OWN_HEADING =
  /^(?:(?:my|our) (?:own )?(?:lightning talks?|talk|keynote|presentation|session|lt)|自分の\s*(?:lightning talks?|lt|発表|講演|トーク)|mein(?:e)? (?:vortrag|talk|präsentation|lightning talk)|ma (?:présentation|conférence|session)|mi (?:charla|ponencia|presentación))[.:!]*$/iu;

/** The notes open with the quoted title: "「World Wide Love」というテーマで…", '"Tiny compilers" …'. */
const QUOTED_FIRST = /^\s*[「『“"]([^「」『』“”"\n]{2,80})[」』”"]/u;

/** "My talk was titled “Tiny compilers”", "…called "Tiny compilers"": the quote the words name. */
const QUOTED_NAMED =
  /\b(?:titled|called|entitled|named|intitulée?|titulad[ao]|betitelt|mit dem titel)\s*[:：]?\s*[「『“"]([^「」『』“”"\n]{2,80})[」』”"]/iu;
