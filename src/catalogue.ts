import type { EventInfo, TopicInfo } from './answer.ts';
import type { Library, Talk } from './model.ts';
import { eventLanguage } from './query/notes-language.ts';
import { fold } from './search/analyze.ts';
import { opt } from './text.ts';

/**
 * The library's events, each event's talks and its topics with their counts, as answers list
 * them. Each table is made once, at first use or by `Bot.prepare`: the library is fixed.
 */
/** Topics offered at most after a "no match" over several events. */
const TOPICS_TO_TRY = 12;
/** Events (posts) from which a topic must be shared by two to be offered after a "no match". */
const MANY_POSTS = 4;

export class Catalogue {
  /** Each event's talks, in the library's order. */
  private byEvent?: Map<string, Talk[]>;
  private readonly names = new Map<string, string>();
  private readonly topicsByEvent = new Map<string, TopicInfo[]>();

  constructor(private readonly library: Library) {
    for (const event of library.events) this.names.set(event.id, event.name);
  }

  has(event: string): boolean {
    return this.names.has(event);
  }

  eventIds(): string[] {
    return [...this.names.keys()];
  }

  eventName(event: string): string {
    return this.names.get(event) ?? event;
  }

  /** An event's talks; every talk without one. */
  inEvent(event?: string): Talk[] {
    if (!event) return this.library.talks;
    if (!this.byEvent) {
      this.byEvent = new Map();
      for (const talk of this.library.talks) {
        const talks = this.byEvent.get(talk.event);
        if (talks) talks.push(talk);
        else this.byEvent.set(talk.event, [talk]);
      }
    }
    return this.byEvent.get(event) ?? [];
  }

  /**
   * The events with talks: a notes file in which no talk was found is a warning, not an event.
   * Each says the language of its notes where the events' notes are in more than one language,
   * or where the question asks about languages (`languages`): a list of thirty English posts
   * each saying "notes in English" says nothing.
   */
  events(languages = false): EventInfo[] {
    const events = this.library.events
      .map((event) => ({
        id: event.id,
        name: event.name,
        ...opt('dates', event.dates ?? this.talksSpan(event.id)),
        ...opt('place', event.place),
        ...opt('author', event.author),
        ...opt('source', event.source),
        language: eventLanguage(this.library, event.id),
        talkCount: this.inEvent(event.id).length,
        topics: event.topics,
      }))
      .filter((event) => event.talkCount > 0);
    if (languages || new Set(events.map((event) => event.language)).size > 1) return events;
    return events.map(({ language: _, ...event }) => event);
  }

  /**
   * The days an event's talks are dated ("2017-07-16", "2017-07-16..2017-07-18"), where the notes
   * give the event itself none: "when was gophercon?" over a post that dates only its talks.
   */
  private talksSpan(event: string): string | undefined {
    let first: string | undefined;
    let last: string | undefined;
    for (const talk of this.inEvent(event)) {
      const date = talk.date;
      if (!date || !ISO_DAY.test(date)) continue;
      if (!first || date < first) first = date;
      if (!last || date > last) last = date;
    }
    return first && last && first !== last ? `${first}..${last}` : first;
  }

  /** Memoised per event: a question that finds nothing lists the topics. A copy each time. */
  topics(event?: string): TopicInfo[] {
    const key = event ?? '';
    let topics = this.topicsByEvent.get(key);
    if (!topics) {
      topics = this.countTopics(event);
      this.topicsByEvent.set(key, topics);
    }
    return topics.map((topic) => ({ ...topic, events: [...topic.events] }));
  }

  /**
   * The topics offered after a "no match": one post's in its order; an archive's, those of the
   * most talks first, each of two talks or more, a dozen at most (of 60 posts, a line of every
   * post's sections, the first a section of one talk, was no help). Of many posts, only topics
   * that several share: one post's own sections ("세션 요약", "Retour non exhaustif des
   * keynotes", of 97 posts) are how its author grouped their notes, no subject to try.
   */
  topicsToTry(): string[] {
    const events = this.library.events.length;
    if (events < 2) return this.topics().map((t) => t.name);
    return this.topicsOf(undefined, true)
      .filter((topic) => topic.count > 1 && (events < MANY_POSTS || topic.events.length > 1))
      .slice(0, TOPICS_TO_TRY)
      .map((t) => t.name);
  }

  /**
   * The topics of these events (every event's where none is given), with their talks counted
   * over them; the most talks first where `ranked` (the fewest where it is `fewest`), else in
   * the notes' order.
   */
  topicsOf(events: string[] | undefined, ranked: boolean | 'fewest' = false): TopicInfo[] {
    const merged = new Map<string, TopicInfo>();
    for (const one of events ?? [undefined]) {
      for (const topic of this.topics(one)) {
        const key = fold(topic.name);
        const seen = merged.get(key);
        if (!seen) merged.set(key, topic);
        else {
          seen.count += topic.count;
          seen.events.push(...topic.events.filter((id) => !seen.events.includes(id)));
        }
      }
    }
    const topics = [...merged.values()];
    if (ranked === 'fewest') return topics.sort((a, b) => a.count - b.count);
    return ranked ? topics.sort((a, b) => b.count - a.count) : topics;
  }

  private countTopics(event?: string): TopicInfo[] {
    const topics = new Map<string, TopicInfo>();
    for (const talk of this.inEvent(event)) {
      const group = groupOf(talk);
      if (!group) continue;
      const key = fold(group);
      const info = topics.get(key) ?? { name: group, count: 0, events: [] };
      info.count += 1;
      if (!info.events.includes(talk.event)) info.events.push(talk.event);
      topics.set(key, info);
    }
    return [...topics.values()];
  }
}

/**
 * The group a talk is listed under: its topic, else its track ("Track: Platform" under a talk of
 * notes without topics), so "what tracks were there" lists the tracks, not "no topics yet".
 */
export function groupOf(talk: Talk): string | undefined {
  return talk.topic ?? talk.track;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
