import type { ContentProblem } from '../model.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * The author's own story of the conference between the talks, under a heading of the talks'
 * level: "The backstage build up" over "It is surreal to find myself standing in a conference
 * room in front of a live audience again…", "Ce que l'on retrouve" over "Par rapport aux autres
 * éditions, il y a beaucoup de choses qu'on aime retrouver…". Only in a post whose talks name
 * their speakers (as many of its headings as not), and only where nothing says it was a talk: no
 * speaker, kind or company, no slides or recording, no word of a talk in the title or in the
 * first paragraph, and that paragraph is the author telling of themselves (I, we, je, on) at the
 * event (the conference room, the audience, the other editions, the stands). Each one dropped is
 * a warning.
 */
export function dropStorySections(
  drafts: DraftTalk[],
  file: string,
  problems: ContentProblem[],
  postTitle: string | undefined,
) {
  const named = drafts.filter((draft) => draft.speakers.length > 0).length;
  if (named === 0 || named * 2 < drafts.length) return;
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as DraftTalk;
    if (!storySection(draft) && !eventSection(draft, postTitle)) continue;
    drafts.splice(index, 1);
    problems.push({
      file,
      line: draft.line,
      message: `"${draft.title}" skipped as not a talk: the author's story of the event, naming no speaker or talk`,
      severity: 'warning',
    });
  }
}

function storySection(draft: DraftTalk): boolean {
  if (draft.speakers.length > 0 || draft.kind || draft.company) return false;
  if (draft.links.some((link) => link.kind === 'slides' || link.kind === 'video')) return false;
  const opening = draft.notes[0]?.prose ?? '';
  if (opening.length === 0 || opening.length > 1500) return false;
  if (TALK_WORDS.test(draft.title) || TALK_WORDS.test(opening)) return false;
  return SELF.test(opening) && EVENT_WORDS.test(opening);
}

/**
 * "Chapitre 1 : Il était une fois DevFest Nantes 2025" in "Mon DevFest Nantes 2025 à moi !": a
 * heading naming the post's own conference and its year, with no speaker, kind or word of a talk,
 * is the author's part on the event (its opening show, its welcome), no talk of it.
 */
function eventSection(draft: DraftTalk, postTitle: string | undefined): boolean {
  if (!postTitle || draft.speakers.length > 0 || draft.kind || draft.company) return false;
  if (TALK_WORDS.test(draft.title)) return false;
  const edition = EDITION.exec(draft.title)?.[0];
  return edition !== undefined && postTitle.toLowerCase().includes(edition.toLowerCase());
}

/** "DevFest Nantes 2025", "GopherCon UK 2021": a name of one to four capitalised words, a year. */
const EDITION = /\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}\s+(?:19|20)\d\d(?!\d)/u;

/** The author speaking of themselves: "I", "myself", "we", "je", "j'", "on", "nous". */
const SELF =
  /(?:^|[^\p{L}'’])(?:I|I['’](?:m|d|ve|ll)|me|my|myself|we|we['’](?:re|d|ve)|our|us|je|j['’]|moi|mon|ma|mes|on|qu['’]on|nous|vous|ich|wir|mich|uns)(?![\p{L}'’])/u;

/** The event around the talks: its rooms and stands, its audience, its editions, its people. */
const EVENT_WORDS =
  /(?<!\p{L})(?:conference rooms?|conference halls?|audience|attendees|editions?|éditions?|backstage|coulisses|stands?|booths?|badges?|organi[sz]ers?|orgas?|bénévoles|volunteers|registration|accueil|venue|amphis?)(?!\p{L})/iu;

/** Words that say a talk was given, in the title or the story: any of them and it stays a talk. */
const TALK_WORDS =
  /(?<!\p{L})(?:talks?|sessions?|speakers?|speaks?|spoke|present(?:er|ers|ation|ations|ed|ing|s)?|présent(?:ation|ations|é|ée|ait)|keynotes?|slides?|demo(?:s|ed)?|démos?|lectures?|workshops?|ateliers?|panel(?:s|ists?)?|explain(?:s|ed)?|expliqu\p{L}*|conférences?|confs?|vortrag|vorträge|exposé|charla|palestra|talked|showed|a montré|nous a)(?!\p{L})/iu;
