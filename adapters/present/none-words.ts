import type { Answer, Unknown } from '../../src/answer.ts';
import { words } from '../../src/search/analyze.ts';
import { apartTitle } from './apart.ts';
import { quoted } from './quoted.ts';

/**
 * What an answer says where the notes do not answer: no talk matches, a name or event the notes
 * do not have, a follow-up with nothing to go on, or what the notes never record.
 */
type None = Extract<Answer, { kind: 'none' }>;

/** What the notes never record, as said when asked (see `Unknown`). */
export const NOT_IN_NOTES: Record<Unknown, string> = {
  ratings: 'The notes do not rate or rank talks, so I cannot say which is best or to watch first',
  durations: 'The notes do not say how long talks (or events) ran',
  audience: 'The notes do not say whom a talk is for',
  // A post may well say what its writer paid: what is not known is every event's price.
  prices: 'I cannot answer ticket prices or other costs of attending from the notes of the talks',
  today: 'No talk in the notes is on today: they are about past conferences',
  recent: 'No talk in the notes is from the last few weeks: they are about conferences before that',
  attendance: 'I cannot tell how many people attended from the notes of the talks',
  future: 'The notes are about conferences that took place: they do not say when one is held next',
  asker: 'I do not know who “us” is: ask for your company by its name (“talks from …”)',
  travel: 'The notes are about the talks: they say nothing of parking, hotels or getting there',
  rooms: 'The notes do not say which room any talk was in',
  breaks: 'The notes have no lunch or break slot: they list the talks only',
  languages: 'No talk in the notes is in that language, as far as the notes show',
  places: 'No event in the notes was there, as far as the notes say where events were',
  days: 'No talk in the notes is on that day',
  periods: 'No talk in the notes is of that month or year',
  months: 'The notes give only the years of their talks, never the months',
  dates:
    'The notes give none of the talks asked about a day or a date, so they do not say which were on then',
  organisers: 'The notes do not say who organised the event, only who spoke and who wrote them',
  speakerTraits:
    'The notes do not say the speakers’ gender or background, only their names and companies',
  lengths: 'No talk’s time slot in the notes is of that length',
  times: 'The notes give no talk a time of day, so they do not say which talks were on then',
};
/** What the list under such a note is instead. */
export const AS_LISTED: Record<Unknown, string> = {
  ratings: 'here are the talks you asked about',
  durations: 'here are the talks you asked about',
  audience: 'here are the talks on the subject you named',
  prices: 'here are the talks you asked about',
  today: 'here are the talks you asked about',
  recent: 'here are the talks you asked about',
  attendance: 'here are the talks of the event',
  future: 'here are the talks you asked about',
  asker: 'here are the talks you asked about',
  travel: 'here are the talks you asked about',
  rooms: 'here are the talks you asked about',
  breaks: 'here are the talks you asked about',
  languages: 'here are the talks you asked about',
  places: 'here are the talks you asked about',
  days: 'here are the talks you asked about',
  periods: 'here are the talks you asked about',
  months: 'here are the talks of the year you asked about',
  dates: 'here are the talks you asked about',
  organisers: 'here are the talks you asked about',
  speakerTraits: 'here are the talks you asked about',
  lengths: 'here are the talks you asked about',
  times: 'here are the talks you asked about',
};
/** What an answer with no talk says: its title, and what to offer instead. */
export function noneTexts(answer: None): { title: string; offer: string } {
  if (answer.unknown) {
    // "midi talks in the morning" over untimed notes: no times, and no talk has "midi" either.
    const also = answer.unmatched?.length
      ? `; no talk mentions ${quoted(answer.unmatched, 'or')} either`
      : '';
    return {
      title: `${NOT_IN_NOTES[answer.unknown]}${yearsOffered(answer)}${also}`,
      offer: 'Did you mean',
    };
  }
  // "Talks by Zed Quill": the name is what was not found; the suggestions ask for the closest.
  if (answer.reason === 'unknown-speaker' && answer.name) {
    return {
      title: `No speaker or company named “${answer.name}” in the notes`,
      offer: 'Close names',
    };
  }
  // "More like the kafka talk" where no other talk is like it: said so, the talk offered.
  if (answer.reason === 'none-alike' && answer.name)
    return { title: `No other talk in the notes is like “${answer.name}”`, offer: 'Open it' };
  // "Who else?" ("what else?") after a list, every talk of it shown: no one (nothing) else.
  if (answer.reason === 'none-else' && answer.name)
    return {
      title: `${answer.people ? 'No one else' : 'Nothing else'}: ${answer.listed === 1 ? 'the one talk' : `${answer.listed === 2 ? 'both' : `all ${answer.listed ?? ''}`.trim()} talks`} for “${answer.name}” ${answer.listed === 1 ? 'was' : 'were'} in your last answer`,
      offer: 'Try',
    };
  // "What else did he talk about?" after all of his talks: nothing more by him, said so.
  if (answer.reason === 'none-more' && answer.name)
    return {
      title: `Nothing more by ${answer.name}: ${answer.title ? `“${answer.title}” is their only talk in the notes` : `${answer.listed === 2 ? 'both' : `all ${answer.listed ?? ''}`.trim()} of their talks were in your last answer`}`,
      offer: 'Talks nearest theirs',
    };
  // "Any others by them?" after a talk whose speaker the notes do not name: nobody to follow.
  if (answer.reason === 'unnamed-speaker' && answer.name)
    return {
      title: `The notes do not name who gave “${answer.name}”, so I cannot find other talks by them`,
      offer: 'Talks nearest it',
    };
  // "Talks at kubecon": no such event; the suggestions are the events the notes have.
  if (answer.reason === 'unknown-event' && answer.name) {
    return { title: `No event named “${answer.name}” in the notes`, offer: 'Did you mean' };
  }
  // "Talks at pycon us 2023" whose notes gave no talk: said so, other editions offered.
  if (answer.reason === 'empty-event' && answer.name)
    return { title: `The notes of ${answer.name} have no talks I could read`, offer: 'Try' };
  // "The fourth culture talk" of three, "the second keynote" where none is: how many there are.
  if (answer.reason === 'too-few' && answer.name) return tooFew(answer, answer.name);
  if (answer.reason === 'unknown-talk') {
    return { title: 'No talk with that id', offer: 'Close matches' };
  }
  if (answer.reason === 'which-talk') {
    return {
      title: `Which talk? There is no earlier answer of yours here to go on: name the talk${answer.example ? `, as in “${answer.example}”` : ''}`,
      offer: 'Try',
    };
  }
  if (answer.reason === 'which-speaker') {
    return {
      title: `Which speaker? Several gave the talks of your last answer: name one, or open one talk of a list (“${answer.example ?? 'the second one'}”) and ask again`,
      offer: 'Try',
    };
  }
  if (answer.reason === 'which-event') {
    return {
      title: `Which event? Each event in the notes has its own answer to “${answer.query}”: name one`,
      offer: 'Try',
    };
  }
  if (answer.reason === 'which-listed') {
    return {
      title: `Which talk? Your last list has several: open one by its number (“${answer.example ?? 'the second one'}”) or by name`,
      offer: 'Try',
    };
  }
  if (answer.reason === 'pick') {
    return {
      title: `No list to pick “${answer.query}” from: open a talk with its button, by its number after a list of yours, or by name${answer.example ? `: “${answer.example}”` : ''}`,
      offer: 'Did you mean',
    };
  }
  const asked = words(answer.query).join(' ');
  // "Kubernetes rbac": why, where one word is missing or the words are in different talks.
  const why = answer.unmatched?.length
    ? `: no talk mentions ${unsaid(answer.unmatched, asked)}`
    : '';
  // "Streaming except kafka": the subject has talks, each about what was left out too.
  if (answer.leftOut) {
    const { subject, excluded, total } = answer.leftOut;
    const talks = total === 1 ? 'the one talk' : total === 2 ? 'both talks' : `all ${total} talks`;
    return {
      title: `No talk is left once “${excluded}” is left out: ${talks} for “${subject}” ${total === 1 ? 'is' : 'are'} about it too`,
      offer: 'Without leaving it out',
    };
  }
  if (answer.apart?.length) return { title: apartTitle(answer, asked), offer: 'Did you mean' };
  // "kubernetez": the word asked is the word no talk has — said once.
  if (answer.unmatched?.length && answer.unmatched.join(' ') === bare(answer.query))
    return {
      title: `No talk mentions ${unsaid(answer.unmatched, asked)}`,
      offer: 'Did you mean',
    };
  return { title: `No talk matches “${answer.query}”${why}`, offer: 'Did you mean' };
}

/**
 * "The notes give only the years of their talks …: 2019, 2016", "No talk … is of that month or
 * year: the notes have keynotes from 2023 and 2022": what the notes do have, said, not only
 * offered.
 */
function yearsOffered(answer: None): string {
  if (answer.unknown === 'periods') return periodsOffered(answer.suggestions);
  if (answer.unknown !== 'months') return '';
  const years = answer.suggestions.flatMap((offered) => /\b\d{4}\b/.exec(offered)?.[0] ?? []);
  return years.length > 0 ? ` (${years.join(', ')})` : '';
}

/** "talks from 2023", "talks from 2016" → ": the notes have talks from 2023 and 2016". */
function periodsOffered(offered: string[]): string {
  const split = offered.map((one) => /^(.*?\b(?:from|in)) (.+)$/.exec(one));
  const head = split[0]?.[1];
  if (!head || split.some((one) => one?.[1] !== head)) return '';
  const periods = split.map((one) => one?.[2] as string);
  const list = periods.join(', ').replace(/, (?=[^,]*$)/, ' and ');
  return `: the notes have ${head} ${list}`;
}

/** "Kafka?" as typed, but for case and the question mark: a question of nothing else. */
function bare(query: string): string {
  return query
    .toLowerCase()
    .replace(/[\s?!.]+$/u, '')
    .trim();
}

/** Words no talk has, quoted as one where they were asked side by side ("quantum computing"). */
export function unsaid(unmatched: string[], asked: string): string {
  const phrase = unmatched.join(' ');
  return unmatched.length > 1 && ` ${asked} `.includes(` ${phrase} `)
    ? `“${phrase}”`
    : quoted(unmatched, 'or');
}

/** "The notes have only 3 culture talks, so no fourth", "The notes have no keynotes". */
function tooFew(answer: None, list: string): { title: string; offer: string } {
  const count = answer.listed ?? 0;
  if (count === 0) return { title: `The notes have no ${list}`, offer: 'Try' };
  // "Only one culture talk": the list's kind of talk said once.
  const listed = count === 1 ? `one ${list.replace(ONE_KIND, '$1')}` : `${count} ${list}`;
  return {
    title: `The notes have only ${listed}, so there is no ${answer.ordinal ?? 'such'} one`,
    offer: 'Try',
  };
}
const ONE_KIND = /\b(talk|session|keynote|presentation|workshop|panel)s\b/;
