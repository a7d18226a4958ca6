/**
 * What the words after a person's name are when they are no company: a place ("Main stage"), a
 * conference ("AWS re:Invent 2018"), how they joined ("(remote)"), pronouns, or a length of time.
 */

export function isPlace(text: string): boolean {
  return PLACE.test(text.trim());
}

/** "Main stage", "Room 2", "Salle Bleue": where the talk was, not whom the speaker works for. */
const PLACE =
  /^(?:[\p{L}\d]+\s+){0,2}(?:room|hall|stage|track|auditorium|theat(?:re|er)|ballroom|salle|saal|sala|aula)(?:\s+[\p{L}\d]{1,12})?$/iu;

/** "(remote)", "(online)", "(via video)", "(pre-recorded)", "(in person)": how someone spoke. */
export const JOINED =
  /\s*\((?:remote(?:ly)?|online|virtual(?:ly)?|(?:by|via|on) (?:video|zoom|video ?link|livestream|stream)|pre-?recorded|recorded|in[- ]person|on[- ]site)\)$/i;

export const PRONOUNS =
  /\s*[([]\s*(?:(?:she|he|they|ze|xe|it)\s*\/\s*(?:her|hers|him|his|them|theirs|they|she|he|hir|zir|xem|it)(?:\s*\/\s*\w{2,5})?|any pronouns)\s*[)\]]/gi;

/**
 * "AWS re:Invent 2018", "Velocity 2012", "SREcon19", "KubeCon EU": a conference, where a
 * company would stand after a name ("Dave Hahn, AWS re:Invent 2018").
 */
export function isEventName(text: string): boolean {
  return EVENT_NAME.test(text.trim());
}
const EVENT_NAME =
  /\b(?:19|20)\d{2}\b|\b[\p{L}-]*(?:conf?|fest|camp|days)\s*['’]?\d{2}\b|\b(?:conference|summit|meetup|symposium|re:invent)\b|\b(?:srecon|qcon|kubecon|jsconf|pycon|rubyconf|gophercon|devopsdays|strangeloop|strange loop)/iu;

/** "10 minutes, very practical", "30 min", "1 hour": the talk's length after a name, no company. */
export const DURATION =
  /^\d{1,3}\s*(?:min(?:ute)?s?|minut[io]s?|minuten|mins?\.?|h|hrs?|hours?|secs?|seconds?)(?![\p{L}])/iu;

/**
 * "Buildly talked about pipelines", "Buildly gave this talk", "Acme\nThe demo failed": the
 * sentence after a name goes on where a company would stand. A company's name of several words
 * writes its words with capitals, but for the small words that join them ("Bank of America",
 * "Universidad de la República"), a legal form ("Acme gmbh") and a team ("Go team").
 */
export function runsOn(company: string): boolean {
  if (!/\s\p{Ll}/u.test(company)) return false;
  const lower = company
    .split(/\s+/)
    .slice(1)
    .map((word) => word.replace(/[.,]$/, ''))
    .filter((word) => /^\p{Ll}{2,}/u.test(word) && !JOINING.has(word));
  return lower.length >= 2 || lower.some((word) => PAST.test(word));
}

const JOINING = new Set(
  (
    'of for in on at by to and the an de del della dei di da do dos das du des la le les los las ' +
    'el al von vom zu zur zum für und van der den het en et y e i och og af ve inc ltd llc gmbh ag ' +
    'bv nv sa srl spa co corp plc oy ab as asa kg mbh eg se team teams core group squad org ' +
    'division department lab labs'
  ).split(' '),
);

/** A verb of the past, as notes tell what a speaker did: "Acme presented", "Acme gave". */
const PAST =
  /^(?:\p{Ll}{3,}ed|gave|spoke|got|was|were|said|told|showed|went|ran|made|took|did|had)$/u;

/** "Deep Dive", "Workshop", "Beginner", "Track A": a part of a heading that is no person. */
export function sessionPart(text: string): boolean {
  return SESSION_PART.test(text) || isPlace(text);
}

const SESSION_PART =
  /^(?:(?:opening |closing )?keynote|deep[- ]dive|intro(?:duction)?|workshop|tutorial|hands[- ]on(?: lab)?|lab|panel(?: discussion)?|fireside chat|lightning talk|talk|session|case study|demo|live coding|q ?& ?a|ama|(?:beginner|intermediate|advanced|expert)(?: level)?|level \d{3}|\d{3} level|(?:all|any) levels?|\d{1,3} ?min(?:utes|s)?)$/i;
