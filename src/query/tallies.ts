import type { Tally } from '../answer.ts';
import type { Talk } from '../model.ts';
import { fold } from '../search/analyze.ts';

/**
 * Questions about the speakers or companies as a whole, which no talk's words answer: "how many
 * speakers were there?", "what companies presented?", "which speakers spoke at more than one
 * conference?", "who spoke most often?". `rest`: what is left, which may narrow the talks counted
 * ("how many speakers at kubesummit").
 */
export interface TallyQuestion {
  of: Tally['of'];
  per: Tally['per'];
  /** Only the names with more than one talk (or event), or only those with the most. */
  only?: 'repeat' | 'most';
  /** For `repeat`: the fewest talks (events, speakers) a name has to have; 2 unless said. */
  least?: number;
  /**
   * "Speakers at 2023 and 2024", "who spoke at fjordops and quayconf": those of both sides, only
   * where each side names events (else the words are a search: "speakers at kafka and flink").
   */
  common?: boolean;
  rest: string;
}

const SPEAKERS = '(?:speakers?|presenters?|people|folks|persons?)';
const COMPANIES = '(?:compan(?:y|ies)|organi[sz]ations?|employers?|firms?)';
const EVENTS = '(?:conferences?|events?|confs?|editions?)';
/** A count of two or more, in words or figures, up to ten. */
const NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)';
/**
 * "More than one", "two", "several", "more than 2", "at least three", "3 or more": a count asked
 * as "more than one" unless it says how many (`least`).
 */
const MANY = String.raw`(?:(?:more\s+than|over|at\s+least)\s+${NUMBER}|${NUMBER}\s+or\s+more|two|three|four|five|[2-9]|several|multiple)`;
const NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** The fewest a "more than N" or "at least N" asks for: 2 for "several", "more than one". */
function leastOf(said: string): number {
  const found = new RegExp(
    String.raw`\b(more\s+than\s+|over\s+|at\s+least\s+)?(${NUMBER})(\s+or\s+more)?\b`,
  ).exec(said);
  if (!found) return 2;
  const word = found[2] as string;
  const n = /^\d+$/.test(word) ? Number(word) : NUMBERS.indexOf(word);
  const least = found[1] && /^(?:more|over)/.test(found[1]) ? n + 1 : n;
  return Math.max(2, least);
}
const TALKS = '(?:talks?|sessions?|presentations?)';
/** "Did anyone speak", "has anybody spoken", "did any speaker present": asking who, in a yes or no. */
const ANYONE = String.raw`(?:did|has|have)\s+(?:anyone|anybody|someone|somebody|any\s+${SPEAKERS})\s+(?:speak|spoken|spoke|talk|talked|present|presented|give\s+a\s+talk|given\s+a\s+talk)`;

const QUESTIONS: [RegExp, Omit<TallyQuestion, 'rest'>][] = [
  [
    // "Who spoke at both fjordops editions", "speakers at both events": those of more than one
    // of the events the words left name (all events where none is named).
    new RegExp(
      String.raw`\b(?:(?:which|what|who|any)\s+(?:${SPEAKERS}\s+)?(?:(?:that|who)\s+)?(?:spoke|talked|presented|were|was|appeared|gave\s+talks?)|${SPEAKERS}(?:\s+(?:that|who)\s+(?:spoke|presented|were|was))?|${ANYONE})\s+(?:at|in)\s+both\s+(?!.*\s(?:and|&)\s)`,
    ),
    { of: 'speakers', per: 'events', only: 'repeat' },
  ],
  [
    // "Did anyone speak at both kubecon eu and kubecon na", "has anybody spoken at both …".
    new RegExp(String.raw`\b${ANYONE}\s+(?:at|in)\s+both(?=\s+\S+.*\s(?:and|&)\s)`),
    { of: 'speakers', per: 'events', only: 'repeat' },
  ],
  [
    new RegExp(
      String.raw`^(?:(?:which|what|who)\s+)?(?:${SPEAKERS}\s+)?(?:(?:that|who)\s+)?(?:spoke|talked|presented|were|was|appeared|gave\s+talks?)?\s*(?:at|in)\s+(?!both\b)(?=\S.*\s(?:and|&)\s)`,
    ),
    { of: 'speakers', per: 'events', only: 'repeat', common: true },
  ],
  [
    new RegExp(
      String.raw`\b(?:which|what|who|any)\s+(?:${SPEAKERS}\s+)?(?:spoke|talked|presented|were|was|appeared|gave\s+talks?)\s+(?:at|in)\s+(?:more\s+than\s+one|several|multiple|two\s+or\s+more|many|different|two|2)\s+${EVENTS}|\b${SPEAKERS}\s+(?:who|that)\s+(?:spoke|were|was|presented)\s+(?:at|in)\s+(?:more\s+than\s+one|several|multiple|two|2)\s+${EVENTS}|\b(?:which|what|who|any)\s+(?:${SPEAKERS}\s+)?(?:(?:that|who)\s+)?(?:spoke|talked|presented|were|was|appeared)\s+(?:at|in)\s+both(?=\s+\S+.*\s(?:and|&)\s)|^${SPEAKERS}\s+(?:at|in|of)\s+(?:more\s+than\s+one|several|multiple|two|2|different)\s+${EVENTS}`,
    ),
    { of: 'speakers', per: 'events', only: 'repeat' },
  ],
  [
    // "Who spoke more than once", "which speakers gave two talks", "anyone present twice?",
    // "did anyone give two talks".
    new RegExp(
      String.raw`\b(?:who|anyone|anybody|someone|${SPEAKERS})\s+(?:(?:that|who)\s+)?(?:spoke|speak|talked|presented|present|was\s+on\s+stage)\s+(?:more\s+than\s+once|twice|several\s+times|multiple\s+times|two\s+times)\b|\b(?:which|what|who|any|anyone|anybody)\s+(?:${SPEAKERS}\s+)?(?:(?:that|who)\s+)?(?:gave|give|had|have|did|do|held|hold|presented|present)\s+${MANY}\s+${TALKS}\b|\b${SPEAKERS}\s+with\s+${MANY}\s+${TALKS}\b`,
    ),
    { of: 'speakers', per: 'talks', only: 'repeat' },
  ],
  [
    // "Which speakers came back", "returning speakers", "who keeps coming back": those of more
    // than one event.
    new RegExp(
      String.raw`\b(?:which|what|who|any)\s+(?:${SPEAKERS}\s+)?(?:(?:that|who)\s+)?(?:came\s+back|come\s+back|returned|keeps?\s+coming\s+back|kept\s+coming\s+back)\b(?:\s+(?:more\s+than\s+once|again|twice|several\s+times))?|\b(?:returning|recurring|repeat)\s+${SPEAKERS}\b`,
    ),
    { of: 'speakers', per: 'events', only: 'repeat' },
  ],
  [
    // "Which companies sent more than one speaker", "companies with several speakers".
    new RegExp(
      String.raw`\b(?:which|what|any)\s+${COMPANIES}\s+(?:sent|had|brought|fielded)\s+${MANY}\s+${SPEAKERS}|\b${COMPANIES}\s+with\s+${MANY}\s+${SPEAKERS}`,
    ),
    { of: 'companies', per: 'speakers', only: 'repeat' },
  ],
  [
    // "Which companies gave more than 2 talks", "companies with three or more talks".
    new RegExp(
      String.raw`\b(?:which|what|any)\s+${COMPANIES}\s+(?:gave|had|did|held|presented|sent|brought)\s+${MANY}\s+${TALKS}|\b${COMPANIES}\s+with\s+${MANY}\s+${TALKS}`,
    ),
    { of: 'companies', per: 'talks', only: 'repeat' },
  ],
  [
    // "Which day had the most talks", "the busiest day": the days, the most talks first.
    /\b(?:which|what)\s+days?\s+(?:had|has|have|was|were|with)\s+(?:the\s+)?(?:most|more)\b|\b(?:busiest|fullest)\s+days?\b|\bdays?\s+with\s+(?:the\s+)?most\b/,
    { of: 'days', per: 'talks' },
  ],
  [
    // "How many talks per day", "talks each day", "number of talks by day".
    new RegExp(String.raw`\b${TALKS}\s+(?:per|each|a|by|every|on\s+each)\s+day\b`),
    { of: 'days', per: 'talks' },
  ],
  [
    // "Which company sent the most speakers", "the company with the most speakers".
    new RegExp(
      String.raw`\b(?:which|what)\s+${COMPANIES}\s+(?:had|has|have|sent|brought|fielded)\s+(?:the\s+)?most\s+${SPEAKERS}|\b${COMPANIES}\s+with\s+(?:the\s+)?most\s+${SPEAKERS}`,
    ),
    { of: 'companies', per: 'speakers', only: 'most' },
  ],
  [
    // "Which company had the most talks", "companies with the most talks", "the most
    // represented company", "which company was most represented".
    new RegExp(
      String.raw`\b(?:which|what)\s+${COMPANIES}\s+(?:had|has|have|gave|did|held|presented|sent|brought)\s+(?:the\s+)?most\s+${TALKS}|\b${COMPANIES}\s+with\s+(?:the\s+)?most\s+${TALKS}|\bmost\s+represented\s+${COMPANIES}|\b(?:which|what)\s+${COMPANIES}\s+(?:was|were|is)\s+(?:the\s+)?most\s+represented\b|\b(?:which|what)\s+${COMPANIES}\s+(?:spoke|presented|talked)\s+(?:the\s+)?most\b`,
    ),
    { of: 'companies', per: 'talks', only: 'most' },
  ],
  [
    new RegExp(
      String.raw`\bwho\s+(?:spoke|talked|presented)\s+(?:the\s+)?most(?:\s+often)?\b|\bwho\s+gave\s+(?:the\s+)?most\s+(?:talks|sessions|presentations)\b|\bmost\s+(?:prolific|frequent|active)\s+${SPEAKERS}\b|\b${SPEAKERS}\s+with\s+(?:the\s+)?most\s+(?:talks|sessions)\b|\bwhich\s+${SPEAKERS}\s+(?:spoke|presented|gave)\s+(?:the\s+)?most\b|\b(?:which|what)\s+${SPEAKERS}\s+(?:has|had|have|did|gave)\s+(?:the\s+)?most\s+${TALKS}`,
    ),
    { of: 'speakers', per: 'talks', only: 'most' },
  ],
  [
    new RegExp(
      String.raw`\b(?:how\s+many|(?:the\s+)?number\s+of)\s+(?:different\s+|distinct\s+|unique\s+)?${SPEAKERS}\b|^(?:(?:list|show|name)\s+(?:me\s+)?(?:of\s+)?(?:all\s+)?)?(?:all\s+)?(?:the\s+)?${SPEAKERS}$|^(?:which|what|who)\s+(?:were|are)\s+(?:the|all\s+the)\s+${SPEAKERS}$|^(?:which|what)\s+${SPEAKERS}\s+(?:were|are)\s+(?:there|here|at\s+)`,
    ),
    { of: 'speakers', per: 'talks' },
  ],
  [
    // "How many companies", "what companies presented", "which companies had speakers (at …)",
    // "where did the speakers work": the companies, not the talks.
    new RegExp(
      String.raw`\b(?:how\s+many|(?:the\s+)?number\s+of)\s+(?:different\s+|distinct\s+)?${COMPANIES}\b|^(?:which|what)\s+${COMPANIES}\s+(?:presented|spoke|were\s+(?:there|represented|present|speaking|presenting)|gave\s+talks|sent\s+speakers|talked|were\s+at|are\s+there|showed\s+up|came)\b|^(?:which|what)\s+${COMPANIES}\s+(?:had|sent|brought|fielded)\s+(?:any\s+)?(?:${SPEAKERS}|${TALKS})(?=\s+(?:at|in|on|there)\b|$)|^where\s+(?:did|do)\s+(?:the\s+)?${SPEAKERS}\s+(?:work|come\s+from)\b|^(?:(?:list|show|name)\s+(?:me\s+)?(?:of\s+)?(?:all\s+)?)?(?:all\s+)?(?:the\s+)?${COMPANIES}$`,
    ),
    { of: 'companies', per: 'talks' },
  ],
];

export function findTally(text: string): TallyQuestion | undefined {
  const folded = fold(text)
    .replace(/[?!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, asked] of QUESTIONS) {
    const found = pattern.exec(folded);
    if (!found) continue;
    const rest = `${folded.slice(0, found.index)} ${folded.slice(found.index + found[0].length)}`;
    const least = asked.only === 'repeat' ? leastOf(found[0]) : 2;
    return {
      ...asked,
      ...(least > 2 ? { least } : {}),
      rest: rest
        .replace(EVERYWHERE, ' ')
        .replace(EDITIONS, ' ')
        .replace(/\s+/g, ' ')
        .replace(/^(?:and|&)\s/, '')
        .trim(),
    };
  }
  return undefined;
}

/** "Both fjordops editions": the editions are the events the name's words find. */
const EDITIONS = /^(?:(?:of\s+)?the\s+)|\s*\b(?:editions?|events?|conferences?|confs?|years?)\s*$/g;

/** "Across all the conferences", "overall", "of all time": every talk is counted, as without them. */
const EVERYWHERE =
  /\b(?:(?:across|at|in|over|from|of)\s+(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:conferences?|events?|confs?|editions?|years?)|overall|in\s+total|altogether|of\s+all\s+time|ever)\b/g;

/** One name of a tally: its talks, their events, and (for a company) its speakers. */
interface Entry {
  name: string;
  talks: Set<Talk>;
  events: Set<string>;
  speakers: Set<string>;
}

/**
 * The names among these talks, most talks (or events) first, then by name; with `only`, the
 * ones asked for. The talks of the answer are theirs.
 */
export function tally(talks: Talk[], asked: TallyQuestion): { tally: Tally; talks: Talk[] } {
  // "Noor El Amrani" and "Noor el Amrani": one name, however its letters' case is written.
  const byKey = new Map<string, Entry>();
  for (const talk of talks) {
    for (const speaker of asked.of === 'days' ? [] : talk.speakers) {
      const name = asked.of === 'speakers' ? speaker.name : speaker.company;
      if (!name) continue;
      const key = fold(name)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const entry = counted(byKey, key, name, talk);
      if (speaker.name) entry.speakers.add(fold(speaker.name));
    }
  }
  if (asked.of === 'days') for (const [key, entry] of daysOf(talks)) byKey.set(key, entry);
  const counts = new Map([...byKey.values()].map((entry) => [entry.name, entry]));
  const count = (entry: Entry) =>
    asked.per === 'events'
      ? entry.events.size
      : asked.per === 'speakers'
        ? entry.speakers.size
        : entry.talks.size;
  let entries = [...counts.entries()].sort(
    (a, b) => count(b[1]) - count(a[1]) || a[0].localeCompare(b[0]),
  );
  const top = entries[0] ? count(entries[0][1]) : 0;
  // "Who spoke most often" when everyone spoke once has no one answer: nobody is named.
  const least = asked.least ?? 2;
  if (asked.only === 'repeat') entries = entries.filter(([, entry]) => count(entry) >= least);
  if (asked.only === 'most') entries = top > 1 ? entries.filter(([, e]) => count(e) === top) : [];
  const theirs = new Set(entries.flatMap(([, entry]) => [...entry.talks]));
  return {
    tally: {
      of: asked.of,
      per: asked.per,
      total: entries.length,
      names: entries.map(([name, entry]) => ({ name, count: count(entry) })),
    },
    // "Talks per day": the talks of the days counted, none where the notes give no days.
    talks: asked.only || asked.of === 'days' ? talks.filter((talk) => theirs.has(talk)) : talks,
  };
}

/** The days of these talks, as the notes name them (with the event's name where several are). */
function daysOf(talks: Talk[]): Map<string, Entry> {
  const days = new Map<string, Entry>();
  const events = new Set(talks.map((talk) => talk.event)).size;
  for (const talk of talks) {
    const day = talk.date ?? talk.day;
    if (!day) continue;
    const key = `${talk.event}\n${day}`;
    const name = events > 1 ? `${day} (${talk.event})` : day;
    counted(days, key, name, talk);
  }
  return days;
}

/** The entry of `key`, made where there is none, with `talk` and its event counted. */
function counted(entries: Map<string, Entry>, key: string, name: string, talk: Talk): Entry {
  const entry = entries.get(key) ?? {
    name,
    talks: new Set(),
    events: new Set(),
    speakers: new Set(),
  };
  entry.talks.add(talk);
  entry.events.add(talk.event);
  entries.set(key, entry);
  return entry;
}
