/**
 * The presentation of an Answer, shared by every surface: bylines, titles, dates, counts, empty
 * states and the shape of a talk card or detail. Platform-neutral (no Slack or Discord types);
 * renderers add layout, escaping and their platform's limits.
 */

export { escapedWithin, wellFormed, wellFormedAll } from './escape-within.ts';
export { eventTalks, rankedBy } from './event-ranks.ts';
export { followUpLine } from './follow-up.ts';
export { noneTexts } from './none-words.ts';
export { byline, people, placeOf, speakerName, UNKNOWN_SPEAKER } from './people.ts';
export {
  bylineWithin,
  type CardView,
  cardView,
  type DetailView,
  detailView,
  type LinkView,
  type NoteLine,
  type Segment,
} from './talk.ts';
export { formatDate, formatTime, whenText } from './when.ts';
export {
  closingReply,
  focusLine,
  helpIntro,
  listNotes,
  listTitle,
  NO_EVENTS,
  NO_TALKS,
  NO_TOPICS,
  noNotesIn,
  numberOf,
  pageLabel,
  plural,
  topicsLine,
  unsaidOfEvents,
} from './words.ts';
