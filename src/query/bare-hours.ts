/**
 * "What's at 11", "anything after 3?", "what's on at 2 on day 2": an hour typed as a bare number,
 * read as a time of day only where the rest of the question asks what was on then; "kubernetes
 * at 10", "after 2 talks", "java 11" keep their number. Written as a time ("11:00", "15:00": a bare
 * hour before 8 is the afternoon's, as a day's schedule is read), for the clock readers.
 */

/** Words that only ask what is on: "what's on", "anything", "who's speaking", "talks". */
const ASKING = new Set(
  (
    "what what's whats is was are were on going happening scheduled planned who who's whos " +
    'speaking talking presenting up next anything something any talk talks session sessions ' +
    'there which and so ok hey the schedule for day then still'
  ).split(' '),
);
/** Words after the hour that keep it a time: "at 2 on day 2", "after 3 o'clock", "at 11 today". */
const AFTER = new Set(
  "on day o'clock oclock o’clock today tomorrow please pls then again the first second third last".split(
    ' ',
  ),
);
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?$/;
const BARE =
  /\b(at|around|after|before|from|until|till)\s+(\d{1,2})\b(?![:.h]\d|\s*(?:[ap]\.?m\b|h\b|%))/;

/** The folded question with its bare hour written as a time, or undefined when it has none. */
export function withBareHour(text: string): string | undefined {
  const match = BARE.exec(text);
  if (!match) return undefined;
  const hour = Number(match[2]);
  if (hour < 1 || hour > 23) return undefined;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  if (!onlyOf(before, ASKING) || !onlyOf(after, AFTER)) return undefined;
  const at = hour < 8 ? hour + 12 : hour;
  return `${before}${match[1]} ${at}:00${after}`;
}

/** Whether every word of the text is one of these, a weekday or a number ("day 2"). */
function onlyOf(text: string, words: Set<string>): boolean {
  return text
    .replace(/[?!.,;:]+/g, ' ')
    .split(/\s+/)
    .every(
      (word) => word === '' || words.has(word) || WEEKDAY.test(word) || /^\d{1,2}$/.test(word),
    );
}
