import type { Answer, EventInfo } from '../answer.ts';
import type { Library } from '../model.ts';
import { fold } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

/** The events by how many talks they had, or how many talks of a subject. */
export interface EventRanking {
  /** The subject counted ("security"), as asked; none: every talk. */
  subject?: string;
  /** Fewest first ("which conference had the fewest talks"). */
  fewest?: true;
  /** Per event id, its talks of the subject (of every talk where no subject is asked). */
  counts: Record<string, number>;
}

const EVENT = String.raw`(?:conferences?|events?|confs?|editions?|meetups?)`;
const TALKS = String.raw`(?:talks?|sessions?|presentations?|keynotes?|workshops?)`;
const MOST = String.raw`(?:the\s+)?(?<most>most|more|fewest|least|fewer|(?:biggest|largest|smallest|highest|lowest)\s+(?:number|count)\s+of)`;
const HAD = String.raw`(?:had|has|have|got|gave|featured|offered|held|ran|with|did)`;
/** "On security", "about rust", "covering kubernetes": the subject after the talks. */
const ON = String.raw`(?:\s+(?:on|about|of|for|covering|around|related\s+to|regarding|mentioning)\s+(?<on>.+?))?`;
const END = String.raw`(?:\s+(?:in\s+(?:it|them|total)|overall|of\s+(?:all|them))|\s+(?:please|pls))*[\s?!.]*$`;
/** "…, qcon or rustconf?", "… between qcon and rustconf": the events offered, after the talks. */
const OFFERED = String.raw`(?:(?:\s*[,:]\s*|\s+(?:between|among|amongst)\s+(?:the\s+)?)(?<offered>.+?\s(?:or|vs\.?|versus|and)\s.+?))?`;

/**
 * "Which conference had the most talks?", "what event had the most security talks",
 * "which conf had more talks on rust", "where were the most kubernetes talks", "which event had
 * the fewest talks": the events ranked by their talks (of the subject asked).
 */
const RANKED = [
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:which|what)\s+(?:one\s+|of\s+the\s+)?(?:${EVENT}\s+)?(?:${HAD}\s+)?${MOST}\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}${OFFERED}${END}`,
  ),
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:where|at\s+which\s+${EVENT}|at\s+what\s+${EVENT})\s+(?:were|was|are|is|did\s+they\s+have|did\s+we\s+get)\s+${MOST}\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}${OFFERED}${END}`,
  ),
  // "Did rustconf have more talks than devopsdays?", "more talks at rustconf or devopsdays?".
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:did|does|do|has|have)\s+(?<first>.+?)\s+(?:have|get|feature|offer|run|had|has)\s+${MOST}\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}\s+than\s+(?<second>.+?)${END}`,
  ),
  new RegExp(
    String.raw`^${MOST}\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}\s+(?:at|in)\s+(?<offered>.+?\s(?:or|vs\.?|versus)\s.+?)${END}`,
  ),
  // "How many talks did rustconf have vs harbourdev", "how many talks at qcon vs rustconf":
  // the events offered, each with its number of talks.
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?how\s+many\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}\s+(?:(?:did|does|do)\s+(?<first>.+?)\s+(?:have|get|had|run)|(?:at|in)\s+(?<one>.+?))\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(?<second>.+?)${END}`,
  ),
  // "How many talks did each conference have", "how many talks were there at each event",
  // "number of talks per conference": every event, each with its number of talks.
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:how\s+many|(?:the\s+)?(?:number|count)\s+of)\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}\s+(?:(?:did|does|do)\s+|(?:were|was|are|is)\s+(?:there\s+)?(?:at|in|for)\s+|(?:at|in|for|by)\s+)?(?:each|every|per)\s+${EVENT}(?:\s+(?:have|had|get|run|hold|feature))?${END}`,
  ),
  // "Did qcon or rustconf have more talks?", "qcon or rustconf: which had more talks?".
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:did|does|do)\s+(?<offered>.+?\s(?:or|vs\.?|versus|and)\s.+?)\s+(?:have|get|feature|offer|run)\s+${MOST}\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}${END}`,
  ),
  new RegExp(
    String.raw`^(?<offered>.+?\s(?:or|vs\.?|versus|and)\s.+?)\s*[,:?]\s*(?:which|what)\s+(?:one\s+)?(?:${EVENT}\s+)?(?:${HAD}\s+)?${MOST}\s+(?:(?<before>.+?)\s+)?${TALKS}${ON}${END}`,
  ),
];
/** "Which conference was the biggest", "the largest event", "biggest conf?". */
const BIGGEST = new RegExp(
  String.raw`^(?:(?:which|what)\s+(?:one\s+|of\s+the\s+)?${EVENT}\s+(?:was|is)\s+(?:the\s+)?(biggest|largest|smallest)|(?:which\s+(?:was|is)\s+)?(?:the\s+)?(biggest|largest|smallest)\s+${EVENT})${END}`,
);

/** "The most interesting talks" asks which were liked, never a count of a subject. */
const PRAISE =
  /^(?:interesting|popular|good|great|liked|attended|watched|viewed|exciting|useful|memorable|inspiring|fun|relevant|important|practical|technical|in-depth|valuable)\b/;

/** What a ranking question asks: the subject, the events offered, which end first. */
export interface RankingAsked {
  subject?: string;
  /** "Which had more talks, qcon or rustconf?": the names offered, as typed, to rank alone. */
  offered?: string[];
  fewest: boolean;
}

/** What a ranking question asks, else undefined. */
export function rankingAsked(text: string): RankingAsked | undefined {
  const said = fold(text).replace(/\s+/g, ' ').trim();
  const big = BIGGEST.exec(said);
  if (big) return { fewest: (big[1] ?? big[2]) === 'smallest' };
  for (const pattern of RANKED) {
    const found = pattern.exec(said);
    if (!found) continue;
    const groups = found.groups ?? {};
    const fewest = /^(?:fewest|least|fewer|smallest|lowest)/.test(groups.most ?? '');
    // "More talks on security, kubecon or rustconf?": the events offered are no subject.
    const [first = '', ...after] = [groups.before, groups.on]
      .filter(Boolean)
      .join(' ')
      .split(/\s*,\s*|\s+(?:between|among|amongst|of)\s+(?:the\s+)?/);
    const subject = first.trim();
    if (PRAISE.test(subject)) return undefined;
    const offered = names(
      groups.offered ??
        (groups.first || groups.one
          ? `${groups.first ?? groups.one} or ${groups.second}`
          : after.join(', ')),
    );
    return {
      fewest,
      ...(subject ? { subject } : {}),
      ...(offered.length > 1 ? { offered } : {}),
    };
  }
  return undefined;
}

/** "qcon or rustconf", "qcon, rustconf and kubecon": each name offered. */
function names(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:or|vs\.?|versus|and)\s+/)
    .map((name) => name.replace(/^(?:the|either)\s+/, '').trim())
    .filter(Boolean);
}

/**
 * The events ranked as asked: by their number of talks, or of the talks `search` finds for the
 * subject (a subject no talk has is the search's own answer, saying so). Undefined where the
 * question ranks no events, or the notes have one event only (it is the answer to any ranking,
 * and its talks are what the question finds).
 */
export function rankedEvents(
  text: string,
  library: Library,
  search: (subject: string) => Plan,
  eventsOf: (name: string) => string[] = () => [],
): Plan | undefined {
  const asked = rankingAsked(text);
  if (!asked || library.events.length < 2) return undefined;
  // "Which had more talks, qcon or rustconf?": only the events offered are ranked.
  const offered = new Set(asked.offered?.flatMap(eventsOf));
  const counts: Record<string, number> = {};
  for (const event of library.events) counts[event.id] = 0;
  let subject: string | undefined;
  if (asked.subject) {
    const plan = search(asked.subject);
    // A subject no talk has, or has in part: what the search says of it.
    if (plan.kind !== 'talks' || plan.scope.unmatched?.length) return plan;
    subject = asked.subject;
    for (const talk of plan.talks(plan.total)) counts[talk.event] = (counts[talk.event] ?? 0) + 1;
  } else for (const talk of library.talks) counts[talk.event] = (counts[talk.event] ?? 0) + 1;
  const order = library.events.map((event, at) => ({ id: event.id, at }));
  const sign = asked.fewest ? 1 : -1;
  order.sort((a, b) => sign * ((counts[a.id] ?? 0) - (counts[b.id] ?? 0)) || a.at - b.at);
  // A subject's ranking leaves out the events with none of its talks, but for one offered
  // ("kafka, qcon or rustconf?": rustconf had 0).
  const events = order
    .map(({ id }) => id)
    .filter((id) => !subject || (counts[id] ?? 0) > 0 || offered.has(id))
    .filter((id) => offered.size === 0 || offered.has(id));
  const ranking: EventRanking = { counts, ...(subject ? { subject } : {}) };
  if (asked.fewest) ranking.fewest = true;
  return { kind: 'events', events, ranking };
}

type EventsAnswer = Extract<Answer, { kind: 'events' }>;

/**
 * The events a plan answers with, in its ranking's order, each with its talks of the subject
 * ranked by, and what the answer says of its ranking.
 */
export function eventsAnswer(
  all: EventInfo[],
  plan: { events: string[]; ranking?: EventRanking },
): EventsAnswer {
  const ids = new Set(plan.events);
  const { ranking } = plan;
  if (!ranking) return { kind: 'events', events: all.filter((e) => ids.has(e.id)) };
  const byId = new Map(all.map((e) => [e.id, e]));
  const events = plan.events.flatMap((id) => {
    const event = byId.get(id);
    if (!event) return [];
    return ranking.subject ? [{ ...event, subjectTalks: ranking.counts[id] ?? 0 }] : [event];
  });
  const ranked: EventsAnswer['ranked'] = ranking.subject ? { subject: ranking.subject } : {};
  if (ranking.fewest) ranked.fewest = true;
  return { kind: 'events', events, ranked };
}
