/** Read in the search's index too (the notes' "A.I." is "AI"): see `search/dotted-initials.ts`. */
export { withDottedInitialsJoined } from '../search/dotted-initials.ts';
