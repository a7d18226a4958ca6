import type { Answer, EventFact, Focus, Greeting, TalkCard, TalksScope } from '../../src/answer.ts';
import { slotLength } from '../../src/query/day-parts.ts';
import { words } from '../../src/search/analyze.ts';
import { followUpLine } from './follow-up.ts';
import { AS_LISTED, NOT_IN_NOTES, unsaid } from './none-words.ts';
import { quoted } from './quoted.ts';
import { tallyLine } from './tally-line.ts';
import { formatDate } from './when.ts';

/**
 * The sentences of an answer that are not the talks themselves: titles, counts, empty states.
 * Plain text, written once; each renderer adds only its emphasis and escaping.
 */
type Talks = Extract<Answer, { kind: 'talks' }>;

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
      return total === 1 || scope.praised || scope.rated || scope.wanted ? count : `All ${count}`;
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
  // "All 23 talks at Devoxx (3 events)": of the events of one name.
  const several = scope.kind === 'list' ? scope.events : undefined;
  if (several && !scope.event)
    return ` at ${several.name ? `${several.name} (${several.count} events)` : `${several.count} events`}`;
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
  const asked = scope.kind === 'topic' ? `talks in topic ${scope.topic}` : 'talks asked about';
  if (scope.having) return `None of the ${asked} has ${A_LINK[scope.having]} in the notes.`;
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
  if (unknown && scope.rated) notes.push(ratedLine(scope.rated, answer.total));
  else if (unknown && scope.praised)
    notes.push('The notes rank no talks, but their writer praised these in them.');
  else if (unknown)
    notes.push(
      `${NOT_IN_NOTES[unknown]}: ${scope.sampled ? 'here is a talk of each topic and conference to start with' : AS_LISTED[unknown]}.`,
    );
  // "Culture talks with video" where none has one: said once, above each card's own line.
  if (scope.noneHas && answer.total !== undefined && answer.total > 1)
    notes.push(
      `None of these ${answer.total} talks has ${A_LINK[scope.noneHas]} in the notes: here they are, with what they have.`,
    );
  if (scope.notFrom)
    notes.push(`No speaker from ${scope.notFrom} in the notes: these talks mention it.`);
  if (unmatched && unmatched.length > 0)
    notes.push(
      `No talk mentions ${scope.kind === 'search' ? unsaid(unmatched, words(scope.words).join(' ')) : quoted(unmatched, 'or')}: these are the talks for the other words.`,
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
  if (scope.wanted)
    notes.push(
      `The ${scope.wanted.shown} you asked for, of ${plural(scope.wanted.of, 'talk')} found: ask without the number for all.`,
    );
  if (scope.listed) notes.push(listedLine(scope.listed, scope.listedDay, answer.total));
  if (scope.dayless)
    notes.push(
      `The notes give no day for ${answer.total === 1 ? 'this talk' : 'some of these'}, only a time: ${scope.dayless} by time of day, which may not be the ${scope.dayless} of the conference.`,
    );
  // A correction that changed nothing as shown ("niamh's" read as "niamhs") is none to point out.
  if (scope.kind === 'search' && scope.correctedFrom && scope.correctedFrom !== scope.words) {
    notes.push(`Showing results for ${scope.words} — you typed ${scope.correctedFrom}`);
  }
  const page = pageLabel(answer);
  if (page) notes.push(page);
  return notes;
}

/**
 * "The first talk at X" where the notes give no times: what the notes do tell, said. The talks
 * of one day (X's first, or the day asked) where they give days, the notes' order of them not
 * being the order given; the notes' order alone where they give neither days nor times.
 */
function listedLine(end: 'first' | 'last', day: string | undefined, total = 0): string {
  const reversed = end === 'last' ? ' (the last listed first)' : '';
  const one =
    'this is by the order the notes list the talks, which may not be the order they were given in.';
  if (day !== undefined) {
    const named = /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day) : day;
    return total === 1
      ? `The notes give no times for ${named}: ${one}`
      : `The notes give no times for ${named}: these are its talks in the order the notes list them${reversed}; which came ${end} is not known.`;
  }
  if (total === 1) return `The notes give no days or times: ${one}`;
  return `Where the notes give talks no times, these are in the order the notes list them${reversed}, which may not be the order they were given in.`;
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
  if (unsaid === 'rating')
    return events.length === 1
      ? `The notes do not rate events, so I cannot say how good ${of} was: below is how many talks its notes have.`
      : 'The notes do not rate events, so I cannot say which was better: below is how many talks the notes of each have, which is no rating.';
  return unsaid === 'dates'
    ? `The notes give no date for ${of}.`
    : `The notes do not say where ${of} took place.`;
}

/**
 * The topics offered after a "no match": only names of a subject. A section of the notes named
 * for who picked its talks ("Priya's picks"), a room, a slot or a format ("Session 3B: Systems",
 * "Infrastructure track", "Lightning talks round 🎉🎉"), or a line of the author's story ("Le
 * jour J, ça y est ça commence !") is no topic to ask about.
 */
const NOT_A_TOPIC =
  /['’]s\b|\d|\p{Extended_Pictographic}|[:!?,;…]|\b(?:picks?|tracks?|sessions?|sessioni|sesiones|round|rooms?|halls?|stages?|lightning|ignites?|talks|day|days|morning|afternoon|evening|slot|block|part)\b/iu;

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

/** "Rated by the notes' author themselves, ordered best first …; 2 other talks asked about have none." */
function ratedLine(rated: NonNullable<TalksScope['rated']>, total = 0): string {
  if (rated.elsewhere)
    return `The notes' author rated none of the talks asked about (only ${rated.elsewhere} other${rated.elsewhere === 1 ? '' : 's'}: “best talks” lists them), so I cannot say how good these were.`;
  const first =
    total === 1
      ? 'as its card says'
      : rated.order === 'worst'
        ? 'ordered lowest rated first'
        : 'ordered best first';
  const others =
    rated.unrated === 0
      ? ''
      : ` ${rated.unrated === 1 ? '1 other talk asked about has' : `${rated.unrated} other talks asked about have`} no rating in the notes.`;
  // Several posts' ratings: each author's own scale and taste, never one ranking of them all.
  if (rated.posts)
    return `Rated by the authors of ${rated.posts} posts, each their own talks: each post's ${rated.order === 'worst' ? 'lowest rated' : 'best'} first, then each one's next (their own opinions, not a poll of attendees; one author's 5/5 is not another's).${others}`;
  return `Rated by the notes' author themselves, ${first} (their own opinion, not a poll of attendees).${others}`;
}
