import type {
  Answer,
  EventFact,
  Focus,
  Greeting,
  TalkCard,
  TalksScope,
  Unknown,
} from '../../src/answer.ts';
import { slotLength } from '../../src/query/day-parts.ts';
import { words } from '../../src/search/analyze.ts';
import { apartTitle } from './apart.ts';
import { followUpLine } from './follow-up.ts';
import { tallyLine } from './tally-line.ts';
import { formatDate } from './when.ts';

/**
 * The sentences of an answer that are not the talks themselves: titles, counts, empty states.
 * Plain text, written once; each renderer adds only its emphasis and escaping.
 */
type Talks = Extract<Answer, { kind: 'talks' }>;
type None = Extract<Answer, { kind: 'none' }>;

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

const A_LINK = { slides: 'slides', video: 'a video', both: 'slides and a video' } as const;
/** "Without slides or video": neither link, said the way people ask for it. */
const NO_LINK = { slides: 'slides', video: 'a video', both: 'slides or video' } as const;

/** A list's title: `4 talks for “microservices”`, `2 talks by speakers from Netflix`. */
export function listTitle(answer: Pick<Talks, 'total' | 'scope' | 'hits'>): string {
  const count = plural(answer.total, 'talk');
  const { scope } = answer;
  // "Which speakers gave more than one talk?", "which talks had slides?" where none did: why
  // none is the answer, not "0 talks".
  const none = answer.total === 0 ? whyNone(scope) : undefined;
  if (none) return none;
  // "2 talks in topic Security with slides", "6 talks not about “microservices”", "4 talks without
  // slides", "3 talks with slides but no video": a list of every talk is only "3 talks with
  // slides". A search echoes the question, which says it already.
  const echoed = scope.kind === 'search';
  const having = scope.having && !echoed ? ` with ${A_LINK[scope.having]}` : '';
  const lacking =
    !scope.lacking || echoed
      ? ''
      : having
        ? ` but no ${scope.lacking}`
        : ` without ${NO_LINK[scope.lacking]}`;
  // "talks not by Ryan Lane" kept its "by" (or "from"): the speaker's talks were left out; "at"
  // an event's; "on" a day's.
  const person = /^(by|from|at|on) (.+)$/i.exec(scope.excluding ?? '');
  const excluding =
    scope.excluding && !echoed
      ? person
        ? ` not ${person[1]?.toLowerCase()} “${person[2]}”`
        : ` not about “${scope.excluding}”`
      : '';
  const title =
    scope.kind === 'list' && (having || lacking || excluding)
      ? count
      : scopeTitle(scope, count, answer.total);
  return `${title}${having}${lacking}${excluding}${eventOf(scope, answer.hits)}`;
}

function scopeTitle(scope: TalksScope, count: string, total: number): string {
  switch (scope.kind) {
    case 'search':
      return `${count} for “${scope.words}”`;
    case 'topic':
      return `${count} in topic${scope.topics ? 's' : ''} ${scope.topic}`;
    case 'list':
      // The writer's picks ("which was the best talk?") are a few of the talks, not all.
      return total === 1 || scope.praised ? count : `All ${count}`;
    case 'speaker':
      return `${count} by ${scope.name}`;
    case 'company':
      return `${count} by speakers from ${scope.name}`;
    case 'date':
      if (scope.date) {
        // "Wednesday afternoon", "Day 2 at 10:30": the part of the day or the time stays.
        const part = / (morning|afternoon|evening)$/i.exec(scope.label)?.[1]?.toLowerCase();
        const at = / (?:at|from|before) \d{2}:\d{2}(?:–\d{2}:\d{2})?$/.exec(scope.label)?.[0] ?? '';
        return `${count} on ${formatDate(scope.date)}${part ? `, in the ${part}` : at}`;
      }
      // "Morning" alone is a part of any day: "in the morning", not "on Morning"; so is a time.
      if (/^(?:at|in|from|before) /.test(scope.label)) return `${count} ${scope.label}`;
      return PART_OF_DAY.test(scope.label)
        ? `${count} in the ${scope.label.toLowerCase()}`
        : `${count} on ${scope.label}`;
  }
}

const PART_OF_DAY = /^(morning|afternoon|evening)$/i;

/** ` at QCon New York 2016`: the event's name when a listed talk carries it, else its id. */
function eventOf(scope: TalksScope, hits: TalkCard[]): string {
  if (!scope.event) return '';
  const named = hits.find((hit) => hit.event === scope.event)?.eventName;
  return ` at ${named || scope.event}`;
}

/**
 * Why a list has no talk, where the question says: a tally naming no one, "talks without video"
 * where every one has a video, "which talks had slides?" where none has.
 */
function whyNone(scope: TalksScope): string | undefined {
  if (scope.tally) return tallyLine(scope.tally);
  if (scope.lacking)
    return `Every talk asked about has ${scope.lacking === 'both' ? 'slides or a video' : A_LINK[scope.lacking]}.`;
  if (scope.having)
    return `None of the talks asked about has ${A_LINK[scope.having]} in the notes.`;
  return undefined;
}

/** Lines under a list's title: the typo we corrected, the page. */
export function listNotes(
  answer: Pick<Talks, 'scope' | 'page' | 'pageCount'> & Partial<Pick<Talks, 'total' | 'followUp'>>,
): string[] {
  const notes: string[] = [];
  const followed = followUpLine(answer.followUp);
  if (followed) notes.push(followed);
  const { scope } = answer;
  const { unknown, unmatched, tally } = scope;
  if (unknown && scope.praised)
    notes.push('The notes rank no talks, but their writer praised these in them.');
  else if (unknown)
    notes.push(
      `${NOT_IN_NOTES[unknown]}: ${scope.sampled ? 'here is a talk of each topic and conference to start with' : AS_LISTED[unknown]}.`,
    );
  if (scope.notFrom)
    notes.push(`No speaker from ${scope.notFrom} in the notes: these talks mention it.`);
  if (unmatched && unmatched.length > 0)
    notes.push(
      `No talk mentions ${quoted(unmatched, 'or')}: these are the talks for the other words.`,
    );
  // Where it lists nothing, why is the title (`listTitle`).
  if (tally && answer.total !== 0) notes.push(tallyLine(tally));
  // "Tl;dr of the conference": its topics, and a talk of each first.
  if (scope.overview)
    notes.push(
      `By topic: ${scope.overview.map(({ topic, count }) => `${topic} (${plural(count, 'talk')})`).join(', ')}; a talk of each first.`,
    );
  // "Talks by Rahul Menon on day 2" where none is both: what was left out to list anything.
  if (scope.dropped)
    notes.push(`No talk matches the whole question: these match it without “${scope.dropped}”.`);
  // "Ruby and kubernetes" where no talk is about both: the talks of either, saying so.
  if (scope.either)
    notes.push(
      `No talk is about both “${scope.either[0]}” and “${scope.either[1]}”: these are about either.`,
    );
  if (scope.edge === 'first')
    notes.push('Nothing came before it: it was the first talk of its day.');
  if (scope.edge === 'last') notes.push('Nothing came after it: it was the last talk of its day.');
  if (scope.listed)
    notes.push(
      `Where the notes give talks no times, these are in the order the notes list them${scope.listed === 'last' ? ' (the last listed first)' : ''}, which may not be the order they were given in.`,
    );
  // A correction that changed nothing as shown ("niamh's" read as "niamhs") is none to point out.
  if (scope.kind === 'search' && scope.correctedFrom && scope.correctedFrom !== scope.words) {
    notes.push(`Showing results for ${scope.words} — you typed ${scope.correctedFrom}`);
  }
  const page = pageLabel(answer);
  if (page) notes.push(page);
  return notes;
}

/** What the notes never record, as said when asked (see `Unknown`). */
const NOT_IN_NOTES: Record<Unknown, string> = {
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
  dates: 'The notes give no talk a day or a date, so they do not say which talks were on then',
  organisers: 'The notes do not say who organised the event, only who spoke and who wrote them',
  lengths: 'No talk’s time slot in the notes is of that length',
  times: 'The notes give no talk a time of day, so they do not say which talks were on then',
};
/** What the list under such a note is instead. */
const AS_LISTED: Record<Unknown, string> = {
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
  lengths: 'here are the talks you asked about',
  times: 'here are the talks you asked about',
};
/** “a”, “b”, “c”; with `last`, “a”, “b” and “c”. */
export function quoted(items: string[], last?: 'and' | 'or'): string {
  const list = items.map((item) => `“${item}”`).join(', ');
  return last ? list.replace(/, (?=[^,]*$)/, ` ${last} `) : list;
}

/** `Page 2 of 3`, or nothing for one page. */
export function pageLabel(answer: Pick<Talks, 'page' | 'pageCount'>): string {
  return answer.pageCount > 1 ? `Page ${answer.page} of ${answer.pageCount}` : '';
}

/** Numbers of the listed talks across pages: card 7 is the seventh talk of the list. */
export function numberOf(answer: Pick<Talks, 'first'>, index: number): number {
  return answer.first + index;
}

export const NO_TOPICS = 'No topics yet: the notes do not group their talks.';
export const NO_EVENTS = 'No events yet: there are no notes to read.';

/** "Are there notes in German?" where none are: said before the events and their languages. */
export function noNotesIn(language: string): string {
  return `No notes in ${language}: each event below says the language its notes are in.`;
}
export const NO_TALKS = 'No talks here.';

/** "When was ffconf?" where the notes give no date (or "where", no place): said before the events. */
export function unsaidOfEvents(unsaid: EventFact, events: { name: string }[]): string {
  const [one] = events;
  const of = events.length === 1 && one ? one.name : 'these events';
  return unsaid === 'dates'
    ? `The notes give no date for ${of}.`
    : `The notes do not say where ${of} took place.`;
}

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
  // "Who else?" after a list, every talk of it shown: no one else, said with the question.
  if (answer.reason === 'none-else' && answer.name)
    return {
      title: `No one else: ${answer.listed === 2 ? 'both' : `all ${answer.listed ?? ''}`.trim()} talks for “${answer.name}” were in your last answer`,
      offer: 'Try',
    };
  // "Talks at kubecon": no such event; the suggestions are the events the notes have.
  if (answer.reason === 'unknown-event' && answer.name) {
    return { title: `No event named “${answer.name}” in the notes`, offer: 'Did you mean' };
  }
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
  if (answer.apart?.length) return { title: apartTitle(answer, asked), offer: 'Did you mean' };
  // "kubernetez": the word asked is the word no talk has — said once.
  if (answer.unmatched?.length && answer.unmatched.join(' ') === bare(answer.query))
    return {
      title: `No talk mentions ${unsaid(answer.unmatched, asked)}`,
      offer: 'Did you mean',
    };
  return { title: `No talk matches “${answer.query}”${why}`, offer: 'Did you mean' };
}

/** "The notes give only the years of their talks …: 2019, 2016": the years offered, said. */
function yearsOffered(answer: None): string {
  if (answer.unknown !== 'months') return '';
  const years = answer.suggestions.flatMap((offered) => /\b\d{4}\b/.exec(offered)?.[0] ?? []);
  return years.length > 0 ? ` (${years.join(', ')})` : '';
}

/** "Kafka?" as typed, but for case and the question mark: a question of nothing else. */
function bare(query: string): string {
  return query
    .toLowerCase()
    .replace(/[\s?!.]+$/u, '')
    .trim();
}

/** Words no talk has, quoted as one where they were asked side by side ("quantum computing"). */
function unsaid(unmatched: string[], asked: string): string {
  const phrase = unmatched.join(' ');
  return unmatched.length > 1 && ` ${asked} `.includes(` ${phrase} `)
    ? `“${phrase}”`
    : quoted(unmatched, 'or');
}

/**
 * The topics offered after a "no match": only names of a subject. A section of the notes named
 * for who picked its talks ("Priya's picks"), a room, a slot or a format ("Session 3B: Systems",
 * "Infrastructure track", "Lightning talks round 🎉🎉") is no topic to ask about.
 */
const NOT_A_TOPIC =
  /['’]s\b|\d|\p{Extended_Pictographic}|:|\b(?:picks?|tracks?|sessions?|sessioni|sesiones|round|rooms?|halls?|stages?|lightning|ignites?|talks|day|days|morning|afternoon|evening|slot|block|part)\b/iu;

export function topicsLine(topics: string[]): string {
  const shown = topics.filter((topic) => !NOT_A_TOPIC.test(topic));
  return shown.length > 0 ? `Topics: ${shown.join(', ')}` : '';
}

const GREETING_WORDS: Record<Greeting, string> = {
  hello: 'Hi! ',
  thanks: 'You’re welcome! ',
  bye: 'Bye for now! ',
  ok: '👍 ',
};

/**
 * "thanks", "bye", "ok, that's all": a one-line reply, not the whole help again; undefined for
 * a hello (someone starting out gets the help).
 */
export function closingReply(help: {
  greeting?: Greeting;
  count?: true;
  stats: { talks: number; events: number };
}): string | undefined {
  // "How many talks are there?": the numbers, and where the talks are, not every command.
  if (help.count) return `${helpIntro(help.stats)} “list” shows them all, “topics” by topic.`;
  const { greeting } = help;
  if (!greeting || greeting === 'hello') return undefined;
  return `${GREETING_WORDS[greeting]}Ask again any time (“help” lists what I understand).`;
}

export function helpIntro(stats: { talks: number; events: number }, greeting?: Greeting): string {
  const said = greeting ? GREETING_WORDS[greeting] : '';
  return `${said}I know ${plural(stats.talks, 'talk')} from ${plural(stats.events, 'event')}.`;
}

const LINK_WORDS = { slides: 'slides', video: 'video', description: 'description' } as const;

/** The fields of a card that `focusLine` looks at: its links, room and when it was given. */
export type FocusFields = Pick<TalkCard, 'links' | 'room' | 'time' | 'date' | 'day'> &
  Partial<Pick<TalkCard, 'speakers'>>;

/**
 * What the question wanted and the talk lacks: "No video link in the notes — slides and description
 * below". Undefined when there is nothing to say (the wanted link is there, or no focus).
 */
export function focusLine(focus: Focus | undefined, talk: FocusFields): string | undefined {
  const { links, room } = talk;
  const timed = Boolean(talk.time || talk.date || talk.day);
  const present = (['slides', 'video', 'description'] as const).filter((kind) => links[kind]);
  const missing = (what: string, kind: keyof typeof LINK_WORDS) => {
    const others = present.filter((k) => k !== kind).map((k) => LINK_WORDS[k]);
    if (others.length === 0) return `${what}, and no other link either`;
    const list =
      others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
    return `${what} — ${list} below`;
  };
  switch (focus) {
    case 'video':
      // The notes may only lack the link ("go watch it when it's up"): no claim it was never made.
      return links.video ? undefined : missing('No video link in the notes', 'video');
    case 'slides':
      return links.slides ? undefined : missing('No slides link in the notes', 'slides');
    case 'links':
      return present.length > 0 ? undefined : 'No links in the notes for this talk';
    // "Which room is the kafka talk in?": the byline says the room, or this says it is not known.
    case 'room':
      return room ? undefined : 'The notes do not say which room this talk was in';
    // "What company?" after a talk: its speakers lead, with their company, or this says none.
    case 'company':
      return talk.speakers?.some((speaker) => speaker.company)
        ? undefined
        : 'The notes do not say which company the speakers are from';
    // "What time is the kafka talk?": the byline says when, or this says the notes do not.
    case 'time':
      return timed ? undefined : 'The notes do not say when this talk was given';
    // "What time?" of a talk the notes give a day and no time: the byline's day is not an hour.
    case 'clock':
      if (talk.time) return undefined;
      return timed
        ? 'The notes give the day of this talk, not its time'
        : 'The notes do not say when this talk was given';
    // "How long was the kafka talk?": its slot's length, where the notes give its start and end.
    case 'length': {
      const minutes = slotLength(talk.time);
      return minutes
        ? `${plural(minutes, 'minute')}, by its time slot in the notes`
        : 'The notes give no time slot for this talk, so not how long it ran';
    }
    default:
      return undefined;
  }
}
