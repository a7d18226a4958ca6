import type { ContentProblem } from '../model.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * A social event of the day written as a talk would be: "Field Museum" on a line of its own (or
 * as a heading) over "The conference booked the Field Museum for its opening night party…", "The
 * conference dinner at the Harbour Hall" over what was eaten. A party, dinner, reception, tour or
 * cruise, even where the title names only the place: no talk. Only where nothing says it was a
 * talk: no speaker, no kind, no slides or recording, and no word of a talk in the title or the
 * first paragraph of its notes. Each one dropped is a warning.
 */
export function dropSocialEvents(drafts: DraftTalk[], file: string, problems: ContentProblem[]) {
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as DraftTalk;
    if (!socialEvent(draft)) continue;
    drafts.splice(index, 1);
    problems.push({
      file,
      line: draft.line,
      message: `"${draft.title}" skipped as not a talk: a social event (party, dinner, reception, tour), naming no speaker`,
      severity: 'warning',
    });
  }
}

function socialEvent(draft: DraftTalk): boolean {
  if (draft.speakers.length > 0 || draft.kind || draft.company) return false;
  if (draft.links.some((link) => link.kind === 'slides' || link.kind === 'video')) return false;
  const opening = draft.notes[0]?.prose ?? '';
  if (draft.title.length > 80 || opening.length > 1000) return false;
  // "すべての発表が終わったあとは…化学実験を楽しみました": what the day held once the talks were over.
  // A photo's caption may come first ("(Taken by yokochie)").
  const told = draft.notes.slice(0, 2).map((note) => note.prose.slice(0, 200));
  if (told.some((line) => AFTER_THE_TALKS.test(line)) && !TALK_WORDS.test(draft.title)) return true;
  // Cheap first: a social event's word anywhere, before the word list.
  if (!SOCIAL_LETTERS.test(`${draft.title}\n${opening}`)) return false;
  // "Pas de speaker diner mais une bonne soirée": the speakers' dinner is a dinner, no talk.
  const title = draft.title.replace(SPEAKERS_SOCIAL, ' ');
  const said = `${title}\n${opening.replace(SPEAKERS_SOCIAL, ' ')}`;
  // A title naming the evening, over notes that name speakers only as people who were there
  // ("…mais pas moi n'étant pas speaker"): still the evening.
  if (SOCIAL.test(draft.title) && !TALK_WORDS.test(title))
    return !TALK_WORDS.test(said.replace(SPEAKER, ' '));
  if (TALK_WORDS.test(said)) return false;
  // A title naming only a place ("Harbour Hall") is the event the notes' first sentence says
  // was held there; a talk's notes may speak of a dinner or a party on another subject.
  const first = firstSentence(opening);
  return SOCIAL.test(first) && first.toLowerCase().includes(draft.title.toLowerCase());
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * "After all the talks were over, we moved to the lab", "すべての発表が終わったあと", "nach allen
 * Vorträgen", "après toutes les conférences": the notes open on the day after its talks.
 */
const AFTER_THE_TALKS =
  /\bafter (?:all (?:of )?(?:the )?|the (?:last |final )?)(?:talks|presentations|sessions) (?:were|had|ended|finished)\b|(?:すべて|全て|全部)の(?:発表|講演|セッション|トーク)が終わ|\bnach (?:allen|den) Vorträgen\b|\baprès (?:toutes les |tous les |les )(?:talks|conférences|présentations|sessions)\b/iu;

const SOCIAL_LETTERS =
  /part|dinner|banquet|recep|gala|happy|drinks|cruise|tour|karaoke|picnic|b(?:bq|arbecue)|crawl|soir|abend/i;

/**
 * The social events of a conference, in the words people use for them; not inside a word joined
 * by a hyphen ("dinner-time", "third-party"), nor a "third party".
 */
const SOCIAL =
  /(?<!\b(?:third|3rd|first|1st|second|2nd|multi|cross|counter)[\s-]?|-)\b(?:(?:after|night|evening|pool|beach|rooftop|garden|launch)?[\s-]?part(?:y|ies)|dinners?|banquets?|receptions?|galas?|happy hours?|drinks|cruises?|boat (?:trip|tour|ride)s?|(?:city|walking|guided|museum|brewery|bus|bike|food) tours?|karaoke|picnics?|barbecues?|bbqs?|pub crawls?|soirées?|abendveranstaltung(?:en)?)\b(?![-\u2010]\w)/i;

/** "speaker diner", "speakers' dinner", "speaker party": where the speakers ate or drank. */
const SPEAKERS_SOCIAL =
  /\bspeakers?['’]?s?\s+(?:din(?:n)?ers?|dîners?|part(?:y|ies)|drinks|soirées?|lounge)\b/gi;

/** The people who speak, named as guests: no talk given. */
const SPEAKER = /\bspeakers?\b/gi;

/** Words that say a talk was given: any of them and the event stays a talk. */
const TALK_WORDS =
  /\b(?:talks?|sessions?|speakers?|speaks?|spoke|present(?:er|ers|ation|ations|ed|ing|s)?|keynotes?|slides?|demo(?:s|ed)?|lectures?|workshops?|panel(?:s|ists?)?|explain(?:s|ed)?|vortrag|vorträge|exposé|charla|palestra)\b/i;
