import type {
  Answer,
  EventInfo,
  Focus,
  Greeting,
  NoneReason,
  TalkCard,
  TalkDetail,
  TalksScope,
  TopicInfo,
} from './answer.ts';
import { HELP_COMMANDS, helpExamples } from './help.ts';
import { firstLink, type Library, type Talk, talkRef } from './model.ts';
import { nameExample, pointsBack } from './query/follow-up.ts';
import { parseRequest, type Request, requestText } from './query/parse-request.ts';
import { absoluteYears } from './query/relative-years.ts';
import { Resolver } from './query/resolve.ts';
import { fold } from './search/analyze.ts';
import type { Completion } from './search/completions.ts';
import { type IndexSnapshot, TalkIndex } from './search/talk-index.ts';
import { opt, truncate } from './text.ts';

export const PAGE_SIZE = 5;
/** A talk id or `event/id` reference as buttons carry them: one token with a hyphen or slash. */
const ID_LIKE = /^(?=.*[-/])[\p{L}\p{N}._-]+(?:\/[\p{L}\p{N}._-]+)?$/u;
const RELATED = 3;
/** Most talks listed as related to one ("more like the vault talk"). */
const RELATED_LIST = 10;
/** Longest question echoed back in an answer. */
const ECHO_MAX = 200;

/**
 * The bot as every surface sees it: text in, Answer out. Holds one library and its index, both
 * read-only, so any number of requests can share it.
 */
export class Bot {
  readonly library: Library;
  private readonly index: TalkIndex;
  private readonly resolver: Resolver;
  /** Questions the help answer suggests, drawn from the notes (made at first use, or by `prepare`). */
  private examples?: string[];
  /** Each event's talks, in the library's order (made at first use, or by `prepare`). */
  private byEvent?: Map<string, Talk[]>;
  private readonly eventNames = new Map<string, string>();
  private readonly topicsByEvent = new Map<string, TopicInfo[]>();

  /** Today, for the years a question says relative to it ("last year"). */
  private readonly now: () => Date;

  /**
   * `index`: the library's index as a snapshot holds it, or already made from one (a running
   * bot makes it a turn of its event loop before the rest, see `ContentLoader`).
   */
  constructor(
    library: Library,
    index?: IndexSnapshot | TalkIndex,
    options: { now?: () => Date } = {},
  ) {
    this.library = library;
    this.now = options.now ?? (() => new Date());
    this.index = index instanceof TalkIndex ? index : new TalkIndex(library, index);
    this.resolver = new Resolver(library, this.index);
    for (const event of library.events) this.eventNames.set(event.id, event.name);
  }

  /** Answer free text. Never throws: a failure becomes an `error` answer. */
  ask(text: string, options: { page?: number } = {}): Answer {
    try {
      return this.answer(parseRequest(absoluteYears(text, this.now()), options.page));
    } catch (error) {
      return {
        kind: 'error',
        message: `Sorry, that question could not be answered (${errorName(error)}).`,
      };
    }
  }

  /** The built index, to save next to the content's hash and load instead of rebuilding. */
  snapshot(): IndexSnapshot {
    return this.index.snapshot();
  }

  /** What the first mistyped question would build, built ahead in slices before a swap. */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    await this.index.prepare(turn);
    await this.resolver.prepare(turn);
    // The events' talk counts (every `events` and help answer) and the topics a question that
    // finds nothing lists.
    this.events();
    await turn();
    this.topics();
    this.helpExamples();
  }

  private helpExamples(): string[] {
    this.examples ??= helpExamples(this.library);
    return this.examples;
  }

  /** Talk titles, topics and speakers matching what is typed so far. */
  complete(typed: string, limit = 25): Completion[] {
    return this.index.completions.complete(typed, limit);
  }

  answer(request: Request): Answer {
    if ('event' in request && request.event && !this.eventNames.has(request.event)) {
      return {
        kind: 'error',
        message: `There is no event "${truncate(request.event, 60)}". Known events: ${[...this.eventNames.keys()].join(', ')}.`,
      };
    }
    switch (request.kind) {
      case 'help':
        return this.help(request.greeting);
      case 'events':
        return { kind: 'events', events: this.events() };
      case 'pick':
        return { ...this.none(request.words, [], 'pick'), ...opt('example', this.example()) };
      case 'topics':
        return { kind: 'topics', topics: this.topics(request.event) };
      case 'list': {
        const talks = this.inEvent(request.event);
        return this.page(
          request,
          { kind: 'list', ...opt('event', request.event) },
          talks.length,
          () => talks,
        );
      }
      case 'topic':
        return this.topic(request);
      case 'talk':
        return this.talk(request.target, request.event);
      case 'related':
        return this.relatedList(request);
      case 'search': {
        const plan = this.resolver.resolve(request.words, request.event);
        // "Who gave it?", "and the slides?": no earlier answer is kept, so ask which talk, with
        // a way to name one (offered as a suggestion too, for surfaces that show only those).
        if (pointsBack(request.words, plan)) {
          const example = this.example();
          const none = this.none(request.words, example ? [example] : [], 'which-talk');
          return { ...none, ...opt('example', example) };
        }
        // "Talks by Zed Quill": nobody of that name, with the names that come close; "talks at
        // kubecon": no event of that name, with the events the notes have.
        const missing = plan.kind === 'none' ? (plan.person ?? plan.place) : undefined;
        if (plan.kind === 'none' && missing)
          return {
            kind: 'none',
            query: echo(request.words),
            suggestions: plan.suggestions,
            topics: [],
            reason: plan.person ? 'unknown-speaker' : 'unknown-event',
            name: echo(missing),
          };
        if (plan.kind === 'none')
          return { ...this.none(request.words, plan.suggestions), ...opt('unknown', plan.unknown) };
        if (plan.kind === 'topics') return { kind: 'topics', topics: this.topics(request.event) };
        if (plan.kind === 'events') {
          const ids = new Set(plan.events);
          return { kind: 'events', events: this.events().filter((e) => ids.has(e.id)) };
        }
        const scope = plan.scope.kind === 'search' ? echoScope(plan.scope) : plan.scope;
        // Only the talks up to the page asked for are ranked: a common word matches every talk.
        return this.page(request, scope, plan.total, plan.talks, plan.focus);
      }
    }
  }

  private help(greeting?: Greeting): Answer {
    return {
      kind: 'help',
      ...opt('greeting', greeting),
      commands: HELP_COMMANDS,
      examples: this.helpExamples(),
      stats: { events: this.events().length, talks: this.library.talks.length },
    };
  }

  /** The events with talks: a notes file in which no talk was found is a warning, not an event. */
  private events(): EventInfo[] {
    return this.library.events
      .map((event) => ({
        id: event.id,
        name: event.name,
        ...opt('dates', event.dates),
        ...opt('place', event.place),
        ...opt('author', event.author),
        ...opt('source', event.source),
        talkCount: this.inEvent(event.id).length,
        topics: event.topics,
      }))
      .filter((event) => event.talkCount > 0);
  }

  /** Memoised per event: a question that finds nothing lists the topics, and the library is fixed. */
  private topics(event?: string): TopicInfo[] {
    const key = event ?? '';
    let topics = this.topicsByEvent.get(key);
    if (!topics) {
      topics = this.countTopics(event);
      this.topicsByEvent.set(key, topics);
    }
    return topics.map((topic) => ({ ...topic, events: [...topic.events] }));
  }

  private countTopics(event?: string): TopicInfo[] {
    const topics = new Map<string, TopicInfo>();
    for (const talk of this.inEvent(event)) {
      if (!talk.topic) continue;
      const key = fold(talk.topic);
      const info = topics.get(key) ?? { name: talk.topic, count: 0, events: [] };
      info.count += 1;
      if (!info.events.includes(talk.event)) info.events.push(talk.event);
      topics.set(key, info);
    }
    return [...topics.values()];
  }

  private topic(request: Extract<Request, { kind: 'topic' }>): Answer {
    const wanted = fold(request.name);
    const topics = this.topics(request.event);
    const topic =
      topics.find((t) => fold(t.name) === wanted) ??
      topics.find((t) => fold(t.name).startsWith(wanted) || wanted.startsWith(fold(t.name)));
    if (!topic) {
      return {
        kind: 'none',
        query: echo(`topic ${request.name}`),
        suggestions: [],
        topics: topics.map((t) => t.name),
      };
    }
    const talks = this.inEvent(request.event).filter(
      (t) => t.topic && fold(t.topic) === fold(topic.name),
    );
    const scope: TalksScope = { kind: 'topic', topic: topic.name, ...opt('event', request.event) };
    return this.page({ ...request, name: topic.name }, scope, talks.length, () => talks);
  }

  private talk(target: string, event?: string): Answer {
    const talk = this.named(target, event);
    if (!talk) return this.unknownTalk(target, event);
    return {
      kind: 'talk',
      talk: this.detail(talk),
      related: this.related(talk, RELATED, event).map((t) => this.card(t)),
    };
  }

  /** The talk an id, a reference or words name (the best match), if any. */
  private named(target: string, event?: string): Talk | undefined {
    const wanted = target.trim().toLowerCase();
    const talk = this.resolver.talkAt(wanted) ?? this.inEvent(event).find((t) => t.id === wanted);
    // An id or a button's value names one talk: when it names none, say so, never open another.
    if (talk || ID_LIKE.test(wanted)) return talk;
    const plan = this.resolver.resolve(target, event);
    return plan.kind === 'talks' ? plan.talks(1)[0] : undefined;
  }

  /**
   * "More like the vault talk": the talks related to the one named, as a list (the one named
   * is no answer to it), titled by the question.
   */
  private relatedList(request: Extract<Request, { kind: 'related' }>): Answer {
    const talk = this.named(request.target, request.event);
    if (!talk) return this.none(request.words, []);
    const related = this.related(talk, RELATED_LIST, request.event, true);
    if (related.length === 0) return this.none(request.words, [`talk ${talkRef(talk)}`]);
    const scope: TalksScope = {
      kind: 'search',
      words: echo(request.words),
      ...opt('event', request.event),
    };
    return this.page(request, scope, related.length, () => related);
  }

  /**
   * Up to `count` talks related to one, closest first; `wide`: by the words of its summary as
   * well as its title's, for a list of them, where a title's few words find too few.
   */
  private related(talk: Talk, count: number, event?: string, wide = false): Talk[] {
    // Its own summary is no bar for others to reach: the talk is left out of that scoring.
    const title = `${talk.title} ${talk.topic ?? ''}`;
    const byTitle = this.relatedBy(talk, title, count, event, !talk.topic);
    const bySummary = wide ? this.relatedBy(talk, talk.summary, count, event, true) : [];
    const sameTopic = talk.topic
      ? this.inEvent(event).filter((t) => t.topic === talk.topic && t !== talk)
      : [];
    return [...new Set([...byTitle, ...sameTopic, ...bySummary])].slice(0, count);
  }

  /**
   * Talks that share the words of `text` (its title and topic: then the others of its topic
   * follow; a talk without one has none: every talk of a post without topics would be
   * "related" to it). With no topic, the words are all there is to go by: the talk itself is
   * left out of the scoring (`leaveOut`), where it would set a bar (its own score) no other
   * talk reaches.
   */
  private relatedBy(
    talk: Talk,
    text: string,
    count: number,
    event: string | undefined,
    leaveOut: boolean,
  ): Talk[] {
    const ref = talkRef(talk);
    const self = leaveOut ? this.library.talks.indexOf(talk) : -1;
    return this.index
      .find(text, {
        anyWord: true,
        ...(self >= 0 ? { keep: (doc: number) => doc !== self } : {}),
        ...opt('event', event),
      })
      .top(count + 1)
      .filter((hit) => hit.ref !== ref)
      .map((hit) => this.resolver.talkAt(hit.ref))
      .filter((t): t is Talk => !!t);
  }

  /** `talk <id>` that names no talk: the talks whose ids or titles come closest, if any. */
  private unknownTalk(target: string, event?: string): Answer {
    const slug = target.slice(target.lastIndexOf('/') + 1).replace(/[-_.]+/g, ' ');
    const plan = this.resolver.resolve(slug, event);
    const close = plan.kind === 'talks' ? plan.talks(RELATED) : [];
    return this.none(
      `talk ${target}`,
      close.map((t) => `talk ${talkRef(t)}`),
      'unknown-talk',
    );
  }

  /** A talk of these notes to show how one is opened by name: its title's first words. */
  private example(): string | undefined {
    const first = this.library.talks[0];
    return first ? nameExample(first.title) : undefined;
  }

  private none(query: string, suggestions: string[], reason?: NoneReason): Answer {
    return {
      kind: 'none',
      query: echo(query),
      suggestions,
      topics: this.topics().map((t) => t.name),
      ...opt('reason', reason),
    };
  }

  /** One page of talks; `talks(end)` gives the first `end` of them (or all), in order. */
  private page(
    request: Request & { page: number },
    scope: TalksScope,
    total: number,
    talks: (end: number) => Talk[],
    focus?: Focus,
  ): Answer {
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(request.page, pageCount);
    const hits = talks(page * PAGE_SIZE)
      .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
      .map((t) => this.card(t));
    return {
      kind: 'talks',
      // Whole, never cut: it is what paging and sharing ask again (a cut question is another
      // question). Only what is shown of it (`scope.words`) is cut to ECHO_MAX.
      query: requestText(request),
      scope,
      hits,
      total,
      page,
      pageCount,
      first: (page - 1) * PAGE_SIZE + 1,
      ...opt('focus', focus),
    };
  }

  private inEvent(event?: string): Talk[] {
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

  card(talk: Talk): TalkCard {
    const links: TalkCard['links'] = {};
    for (const kind of ['description', 'slides', 'video'] as const) {
      const url = firstLink(talk, kind);
      if (url) links[kind] = url;
    }
    return {
      ref: talkRef(talk),
      id: talk.id,
      event: talk.event,
      eventName: this.eventNames.get(talk.event) ?? talk.event,
      title: talk.title,
      ...opt('officialTitle', talk.officialTitle),
      ...opt('kind', talk.kind),
      ...opt('topic', talk.topic),
      speakers: talk.speakers,
      summary: talk.summary,
      links,
      ...opt('date', talk.date),
      ...opt('day', talk.day),
      ...opt('time', talk.time),
    };
  }

  private detail(talk: Talk): TalkDetail {
    return {
      ...this.card(talk),
      notes: talk.notes,
      allLinks: talk.links,
      ...opt('track', talk.track),
    };
  }
}

function echoScope(scope: Extract<TalksScope, { kind: 'search' }>): TalksScope {
  return {
    ...scope,
    words: echo(scope.words),
    ...opt('correctedFrom', scope.correctedFrom && echo(scope.correctedFrom)),
  };
}

function echo(text: string): string {
  return truncate(text, ECHO_MAX);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
