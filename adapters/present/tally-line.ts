import type { Tally } from '../../src/answer.ts';
import { formatDate } from './when.ts';
import { plural } from './words.ts';

/** The line a tally of speakers, companies or days says above its talks. */

/** Longest list of names a tally line spells out. */
const TALLY_NAMES = 12;

/** "3 speakers: Priya Natarajan (3 talks), …", "Speakers at more than one event: …". */
export function tallyLine(tally: Tally): string {
  if (tally.of === 'days') return daysLine(tally);
  const who = tally.of === 'speakers' ? 'speaker' : 'company';
  const many = tally.of === 'speakers' ? 'speakers' : 'companies';
  if (tally.total === 0)
    return tally.per === 'events'
      ? 'No speaker spoke at more than one event.'
      : tally.per === 'speakers'
        ? 'No company sent more than one speaker.'
        : `No ${who} gave more than one talk.`;
  const names = tally.names
    .slice(0, TALLY_NAMES)
    .map(({ name, count }) =>
      count > 1 ? `${name} (${plural(count, tally.per.slice(0, -1))})` : name,
    );
  const more = tally.total > TALLY_NAMES ? `, and ${tally.total - TALLY_NAMES} more` : '';
  return `${plural(tally.total, who, many)}: ${names.join(', ')}${more}.`;
}

/** "Talks per day": each day with its count, the most first; none where the notes give no days. */
function daysLine(tally: Tally): string {
  if (tally.total === 0) return 'The notes do not say on which day the talks were given.';
  const days = tally.names
    .slice(0, TALLY_NAMES)
    .map(
      ({ name, count }) =>
        `${/^\d{4}-\d\d-\d\d$/.test(name) ? formatDate(name) : name} (${plural(count, 'talk')})`,
    );
  const more = tally.total > TALLY_NAMES ? `, and ${tally.total - TALLY_NAMES} more` : '';
  return `Talks per day, the most first: ${days.join(', ')}${more}.`;
}
