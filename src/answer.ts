import type { Link, NoteNode, Speaker, TalkRating } from './model.ts';
import type { NoneReason } from './none-reason.ts';

export type { NoneReason } from './none-reason.ts';

/**
 * The Answer: everything a surface needs to show, and nothing else. Plain JSON, so it can be
 * logged, snapshot-tested, printed by `qcon ask --json`, and rendered by any adapter.
 */
export interface TalkCard {
  /** `event/id`: unique across events; what buttons carry. */
  ref: string;
  id: string;
  event: string;
  eventName: string;
  title: string;
  officialTitle?: string;
  /** "Keynote", "Panel": the kind of session, when the notes say. */
  kind?: string;
  topic?: string;
  speakers: Speaker[];
  summary: string;
  links: { description?: string; slides?: string; video?: string };
  /** ISO `YYYY-MM-DD` (or as the author wrote it): every card says when, where the notes do. */
  date?: string;
  /** The day as the notes name it (`Day 2`, `Tuesday`), for a time without a date. */
  day?: string;
  time?: string;
  /** Where it was given (`Room 3B`), when the notes say: "which room is the kafka talk in?". */
  room?: string;
  /** The notes' author's own rating of the talk ("### Impression ⭐⭐⭐⭐☆", "Rating: 4/5"). */
  rating?: TalkRating;
}

export interface TalkDetail extends TalkCard {
  notes: NoteNode[];
  /** Every link of the talk in the author's order, classified. */
  allLinks: Link[];
  track?: string;
}

export interface TopicInfo {
  name: string;
  count: number;
  events: string[];
}

/** A fact of an event the notes may not give: its dates, its place; how good it was, never. */
export type EventFact = 'dates' | 'place' | 'rating';

export interface EventInfo {
  id: string;
  name: string;
  dates?: string;
  /** Where it took place, as the notes say. */
  place?: string;
  author?: string;
  source?: string;
  /**
   * The language its notes are written in ("French"; "English" where they show no other): where
   * the events' notes are in several, or the question asks about languages (`Catalogue.events`).
   */
  language?: string;
  talkCount: number;
  /** In a ranking by a subject ("the most security talks"): how many of its talks are of it. */
  subjectTalks?: number;
  topics: string[];
}

export interface HelpCommand {
  /** Text after the surface's prefix (`/qcon`, `@qcon-bot`, or nothing in a terminal). */
  usage: string;
  description: string;
}

/**
 * How a list of talks came about, so surfaces can title it. `having`: only the talks with slides
 * or a video ("which talks have videos?", "security talks with slides"); `excluding`: without
 * the talks some words find ("talks not about microservices").
 */
export type TalksScope = ScopeKinds & {
  /** `both`: "talks with slides and video", only the talks that have both. */
  having?: 'slides' | 'video' | 'both';
  /** "talks without slides": only the talks that have no such link; `both`: neither link. */
  lacking?: 'slides' | 'video' | 'both';
  /** "Culture talks with video" where none has one: the talks asked about, none with the link. */
  noneHas?: 'slides' | 'video';
  /** "talks not about microservices": the words whose talks were left out. */
  excluding?: string;
  /** "Top 3 talks about kafka": the first `shown` of the `of` talks found, as many as wanted. */
  wanted?: { shown: number; of: number };
  /**
   * Words of the question no talk has ("hashicorp" in "hashicorp vault"): the list is of the
   * talks the other words find, and says so.
   */
  unmatched?: string[];
  /**
   * "Did anyone from Google speak" where no speaker is from Google but talks mention it: the
   * company as typed; the list is of the talks that mention it, and says so.
   */
  notFrom?: string;
  /** What the question asked that the notes cannot tell ("the best talk"): the list is said to be only the talks. */
  unknown?: Unknown;
  /** With `unknown`: no talks were asked about, so these are a talk of each topic to start with. */
  sampled?: boolean;
  /**
   * With `unknown` `ratings` ("which was the best talk?"): the notes rank nothing, but their
   * writer singled these talks out ("you have to see this talk!"), and the list says so.
   */
  praised?: boolean;
  /**
   * With `unknown` `ratings`: the talks asked about that the notes' author rated, best (worst)
   * first, and how many asked about have no rating; `elsewhere`: none is, but that many others;
   * `posts`: rated in that many events' notes, each by its own author: each one's best first.
   */
  rated?: { order: 'best' | 'worst'; unrated: number; elsewhere?: number; posts?: number };
  /**
   * "Tl;dr of the conference", "highlights of kubecon": an event's talks as an overview, a topic
   * at a time; its topics, each with how many talks it has.
   */
  overview?: { topic: string; count: number }[];
  /** "How many speakers were there?", "what companies presented?": the names behind the list. */
  tally?: Tally;
  /**
   * "Right before the postgres talk" when nothing was: the talk listed opened (`first`) or closed
   * (`last`) its day, so nothing came before (after) it.
   */
  edge?: 'first' | 'last';
  /**
   * "The first talk at X" where the notes give X's talks no times: the talks in the order the
   * notes list them (from that end), said to be that order, not the order they were given in.
   */
  listed?: 'first' | 'last';
  /**
   * "What was the first talk?" where the talk picked has a time but no day, other talks of its
   * event a day: the first (last) by time of day only, which the answer says.
   */
  dayless?: 'first' | 'last';
  /** With `listed`: the day ("Day 1", "2022-10-24") all of those talks are of. */
  listedDay?: string;
  /**
   * "Talks by Rahul Menon on day 2" where none is both: the words of the question left out
   * ("on day 2"), as typed: no talk matches the whole question, these match it without them.
   */
  dropped?: string;
  /**
   * "Ruby and kubernetes" where no talk is about both: the two subjects as typed; the list is of
   * the talks about either, and says so.
   */
  either?: [string, string];
};

/**
 * What the notes never record, asked all the same: how talks were rated or which to watch first
 * (`ratings`), how long they ran (`durations`), whom a talk is for (`audience`), what anything
 * cost (`prices`), what is on today (`today`: no talk of the notes is dated today), how many
 * people came (`attendance`), what comes next (`future`: when an event is held again), who asks
 * (`asker`: "talks from us"), how to get there and stay (`travel`: parking, hotels), when the
 * breaks were where the notes keep no break of the schedule (`breaks`: "when is lunch"), talks in
 * a language no notes are in (`languages`: "talks in italian"), events of a place the notes give
 * for none (`places`: "conferences in norway"), a day no talk of the notes is on (`days`:
 * "anything on thursday?", the suggestions being the days they have), who organised an event
 * (`organisers`: notes name who wrote them and who spoke, never who ran the event), talks of a
 * length no talk's time slot in the notes has (`lengths`: "talks under 20 minutes"), a month
 * no talk is of (`periods`, with a year or alone), a month where the notes give their talks only
 * years (`months`: "talks in september 2024", the suggestions being those years).
 */
export type Unknown =
  | 'ratings'
  | 'durations'
  | 'audience'
  | 'prices'
  | 'today'
  | 'recent'
  | 'attendance'
  | 'future'
  | 'asker'
  | 'travel'
  | 'rooms'
  | 'breaks'
  | 'languages'
  | 'places'
  | 'days'
  | 'periods'
  | 'months'
  | 'dates'
  | 'organisers'
  | 'speakerTraits'
  | 'lengths'
  | 'times';

/**
 * Names counted over the listed talks: speakers or companies, each with how many talks (or, for
 * `per: 'events'`, events; for `per: 'speakers'`, a company's speakers) it has; `total` distinct
 * names in all, `names` the first of them.
 */
export interface Tally {
  /** `days`: "which day had the most talks", "talks per day": each day (as the notes name it). */
  of: 'speakers' | 'companies' | 'days';
  per: 'talks' | 'events' | 'speakers';
  total: number;
  names: { name: string; count: number }[];
}

type ScopeKinds =
  | {
      kind: 'search';
      words: string;
      event?: string;
      /** Set when the words were a typo with one clear correction: what the user typed. */
      correctedFrom?: string;
    }
  | {
      kind: 'topic';
      /** The topic's name; several joined with "and" when the question named several. */
      topic: string;
      /** Set when the question named more than one topic (`security and devops talks`). */
      topics?: string[];
      event?: string;
    }
  /**
   * Every talk (of `event`); `events`: of the events of one name asked ("talks at devoxx"), their
   * name as the notes write it (where their names share it) and how many events.
   */
  | { kind: 'list'; event?: string; events?: { name?: string; count: number } }
  /** `talks by NAME`: talks with a speaker of that name (as written in the notes). */
  | { kind: 'speaker'; name: string; event?: string }
  /** `talks from COMPANY`: talks with a speaker from that company. */
  | { kind: 'company'; name: string; event?: string }
  /** `tuesday`, `june 15`, `day 2`: `label` as the notes write the day; `date` ISO when known. */
  | { kind: 'date'; label: string; date?: string; event?: string };

/**
 * What the question asked for besides the talks: `who spoke about X` wants the speakers first;
 * `slides for X`, `video of X`, `link to X` want that link first, and to be told when it is missing;
 * `which room`, `when` want the card's room or date, or to be told the notes lack it (`what time`,
 * `clock`, its time of day, or to be told the notes give only its day); `how
 * long was X` (`length`) wants how long its slot ran, where the notes give its start and end;
 * `what company?` after a talk (`company`) wants its speakers with their company, or to be told
 * the notes name none.
 */
export type Focus =
  | 'speakers'
  | 'company'
  | 'slides'
  | 'video'
  | 'links'
  | 'room'
  | 'time'
  | 'clock'
  | 'length';

/**
 * How a follow-up was read against the asker's last answer, said first so a wrong reading shows:
 * about a `talk` ("who gave it?": the one opened, or `position` of the last list), the last
 * `question` asked again with a `change` ("what about day 2"), or `more` of the last list ("is
 * that all?": `total` talks, `last` when the list had no more to show).
 */
export type FollowUp =
  | { to: 'talk'; title: string; position?: number }
  | { to: 'question'; question: string; change?: string }
  /** "More from him" after a question that named him, answered by someone else's talks. */
  | { to: 'person'; name: string }
  /** "The first talk on day 2" after a list of one event's talks: of that event. */
  | { to: 'event'; name: string }
  | { to: 'more'; total: number; last: boolean }
  /** "What else did rustconf have" after some of its talks: the `total` of `question` left out. */
  | { to: 'else'; question: string; total: number }
  /** "How many?" after a list: how many talks the last question has. */
  | { to: 'count'; total: number; question: string };

/** "Hi!", "thanks!", "bye", "ok": chat that asks for no talks, answered in kind (with what the bot knows). */
export type Greeting = 'hello' | 'thanks' | 'bye' | 'ok';

/**
 * Who may see an answer: `asker` only (ephemeral in Slack, a private reply in Discord), or the
 * `channel` the question came from. Decided where the answer is made; every sender honours it.
 */
export type Audience = 'asker' | 'channel';

export type Answer = AnswerBody & {
  /** Absent: the surface's own default (a slash command answers privately, a mention in thread). */
  audience?: Audience;
};

export type AnswerBody =
  | {
      kind: 'talks';
      /**
       * The question that reproduces this list, whole (up to the 500 characters a question is read
       * to); ask it again with another page to page. Surfaces that show it cut it themselves.
       */
      query: string;
      scope: TalksScope;
      hits: TalkCard[];
      total: number;
      page: number;
      pageCount: number;
      /** 1-based position of `hits[0]` in the whole list, so surfaces can number cards. */
      first: number;
      focus?: Focus;
      followUp?: FollowUp;
    }
  | { kind: 'talk'; talk: TalkDetail; related: TalkCard[]; focus?: Focus; followUp?: FollowUp }
  | { kind: 'topics'; topics: TopicInfo[] }
  | {
      kind: 'events';
      events: EventInfo[];
      /** "Are there notes in German?" where none are: the language asked for, said first. */
      noNotesIn?: string;
      /** "When was ffconf?" where the notes give no date (or "where", no place): said first. */
      unsaid?: EventFact;
      /**
       * "Which conference had the most (security) talks?": the events ranked, most talks first
       * (`fewest`: fewest first), by their talks of `subject` where one was asked.
       */
      ranked?: { subject?: string; fewest?: true };
    }
  | {
      kind: 'help';
      /** Said back first when the user greeted or thanked the bot. */
      greeting?: Greeting;
      /** Only how many talks was asked ("how many talks are there?"): the numbers, not the commands. */
      count?: true;
      commands: HelpCommand[];
      examples: string[];
      stats: { events: number; talks: number };
    }
  | {
      kind: 'none';
      query: string;
      suggestions: string[];
      topics: string[];
      reason?: NoneReason;
      /** The question asks what the notes never record ("how much did the tickets cost?"). */
      unknown?: Unknown;
      /**
       * For `pick` and `which-talk`: a question that opens a talk of the loaded notes by name
       * ("talk netflix").
       */
      example?: string;
      /**
       * For `unknown-speaker` and `unknown-event`: the name asked for, as typed; `none-alike`: the
       * talk; `none-else`: the last question; `none-more`: the speakers.
       */
      name?: string;
      /**
       * For `none-else`: how many talks the last question has, every one of them shown; for
       * `none-more`: how many the speakers gave.
       */
      listed?: number;
      /** For `too-few`: the place asked for, as typed ("fourth", "5th"). */
      ordinal?: string;
      /** For `none-more`: the speakers' one talk, its title. */
      title?: string;
      /** For `none-else`: "who else?" asked for people, not talks ("what else?"). */
      people?: true;
      /** "Kubernetes rbac": the one word no talk mentions, where the others find talks. */
      unmatched?: string[];
      /** "Kubernetes rbac": words the notes each have, never side by side in a talk. */
      apart?: string[];
      /** With `apart`: a talk has them all, never side by side ("the data team … the lake"). */
      apartInOne?: true;
      /**
       * "Streaming except kafka": every talk of the subject (`total` of them) is about what was
       * left out too.
       */
      leftOut?: { subject: string; excluded: string; total: number };
    }
  | {
      kind: 'error';
      message: string;
      /** `rate-limited`: the asker should see this privately and may ask again after a wait. */
      reason?: 'rate-limited';
    };

export type AnswerKind = Answer['kind'];
