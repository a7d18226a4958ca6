import type {
  Answer,
  Focus,
  Greeting,
  NoneReason,
  TalkCard,
  TalkDetail,
  TalksScope,
} from './answer.ts';
import { echo, echoScope, noneAnswer, pageAnswer } from './answer-pages.ts';
import { Catalogue } from './catalogue.ts';
import { HELP_COMMANDS, helpExamples } from './help.ts';
import { type Library, type Talk, talkRef } from './model.ts';
import { planNone } from './plan-none.ts';
import { asksEverySpeaker } from './query/asked-back.ts';
import { asksEventBack, eventFactUnsaid } from './query/event-facts-asked.ts';
import { eventsAnswer } from './query/event-ranking.ts';
import { nameExample, pointsBack } from './query/follow-up.ts';
import { inEnglish } from './query/languages.ts';
import { opensIt } from './query/list-picks.ts';
import { prepareLanguages } from './query/notes-language.ts';
import { nthOfNamed } from './query/nth-of-named.ts';
import { opensOneTalk } from './query/open-talk.ts';
import { parseRequest, type Request } from './query/parse-request.ts';
import { personAsked } from './query/person-asked.ts';
import { absoluteYears } from './query/relative-years.ts';
import { Resolver } from './query/resolve.ts';
import { whichEventAnswer } from './query/which-event.ts';
import { RelatedTalks } from './related-talks.ts';
import { fold } from './search/analyze.ts';
import type { Completion } from './search/completions.ts';
import { readingCapitals } from './search/question-words.ts';
import { type IndexSnapshot, TalkIndex } from './search/talk-index.ts';
import { talkCard, talkDetail } from './talk-cards.ts';
import { opt, truncate } from './text.ts';
import { topicAnswer } from './topic-answer.ts';

export { PAGE_SIZE } from './answer-pages.ts';

/** A talk id or `event/id` reference as buttons carry them: one token with a hyphen or slash. */
const ID_LIKE = /^(?=.*[-/])[\p{L}\p{N}._-]+(?:\/[\p{L}\p{N}._-]+)?$/u;
const RELATED = 3;
/** "Who are the speakers?" with no talk before it: asked as this, every talk with its speakers. */
const EVERY_SPEAKER_QUESTION = 'list all speakers';
/** Most talks listed as related to one ("more like the vault talk"). */
const RELATED_LIST = 10;

/**
 * The bot as every surface sees it: text in, Answer out. Holds one library and its index, both
 * read-only, so any number of requests can share it.
 */
export class Bot {
  readonly library: Library;
  private readonly index: TalkIndex;
  private readonly resolver: Resolver;
  private readonly relatedTalks: RelatedTalks;
  /** Questions the help answer suggests, drawn from the notes (made at first use, or by `prepare`). */
  private examples?: string[];
  /** The library's events, their talks and topics. */
  private readonly catalogue: Catalogue;

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
    this.catalogue = new Catalogue(library);
    this.relatedTalks = new RelatedTalks(library, this.index, this.resolver, (event) =>
      this.catalogue.inEvent(event),
    );
  }

  /** Answer free text. Never throws: a failure becomes an `error` answer. */
  ask(text: string, options: { page?: number } = {}): Answer {
    try {
      return readingCapitals(text, () =>
        this.answer(parseRequest(absoluteYears(text, this.now()), options.page)),
      );
    } catch (error) {
      return {
        kind: 'error',
        message: `Sorry, that question could not be answered (${errorName(error)}).`,
      };
    }
  }

  /**
   * Whether a question only points back at an earlier answer ("who gave it?", "and the
   * slides?"), read as `ask` reads it: what a remembered conversation then answers.
   */
  pointsBack(text: string): boolean {
    return readingCapitals(text, () => {
      const request = parseRequest(absoluteYears(text, this.now()));
      if (request.kind !== 'search') return false;
      const plan = this.resolver.resolve(request.words, request.event);
      return pointsBack(inEnglish(request.words), plan, () => this.titled(request.words));
    });
  }

  /** Whether a question says a talk's title ("who presented nothing is something"). */
  private titled(text: string): boolean {
    return this.resolver.titlePhrases().find(text).length > 0;
  }

  /** The talk `event/id` names, if any. */
  talkAt(ref: string): Talk | undefined {
    return this.resolver.talkAt(ref);
  }

  /** The title of the talk `event/id` names, if any. */
  titleOf(ref: string): string | undefined {
    return this.talkAt(ref)?.title;
  }

  /** The name of the event with this id, as the notes give it. */
  eventNamed(event: string): string {
    return this.catalogue.eventName(event);
  }

  /** The speaker a question named as a person, if any (see `personAsked`). */
  personAsked(text: string): string | undefined {
    return personAsked(text, this.resolver.directory);
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
    await prepareLanguages(this.library, turn);
    this.catalogue.events();
    await turn();
    this.catalogue.topics();
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
    if ('event' in request && request.event && !this.catalogue.has(request.event)) {
      return {
        kind: 'error',
        message: `There is no event "${truncate(request.event, 60)}". Known events: ${this.catalogue.eventIds().join(', ')}.`,
      };
    }
    switch (request.kind) {
      case 'help':
        return { ...this.help(request.greeting), ...(request.count ? { count: true } : {}) };
      case 'events': {
        const events = this.catalogue.events();
        const unsaid = request.asked ? eventFactUnsaid(request.asked, events) : undefined;
        return { kind: 'events', events, ...opt('unsaid', unsaid) };
      }
      case 'pick':
        // "Open it" with nothing shown before: which talk, as "who gave it?" is asked.
        return {
          ...this.none(request.words, [], opensIt(request.words) ? 'which-talk' : 'pick'),
          ...opt('example', this.example()),
        };
      case 'topics':
        return { kind: 'topics', topics: this.catalogue.topics(request.event) };
      case 'list': {
        const talks = this.catalogue.inEvent(request.event);
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
        // "The second culture talk": that place of the list the question names.
        const nth = nthOfNamed(
          request.words,
          (list) => this.resolver.resolve(list, request.event),
          this.library.talks,
        );
        if (nth && 'id' in nth) return this.talk(talkRef(nth), request.event);
        if (nth) return planNone(nth, request.words, () => []);
        let plan = this.resolver.resolve(request.words, request.event);
        // "Open the podman talk": the one talk its words find, in full (several: the list).
        const only = plan.kind === 'talks' && plan.total === 1 ? plan.talks(1)[0] : undefined;
        if (only && opensOneTalk(request.words)) return this.talk(talkRef(only), request.event);
        // "Who gave it?", "and the slides?": no earlier answer is kept, so ask which talk, with
        // a way to name one (offered as a suggestion too, for surfaces that show only those).
        // "Danke, und die Folien?": read in English, as the question was. "Who are the
        // speakers?" points at no talk: every talk's speakers.
        // Whether the question says a talk's title: looked up once, when first needed.
        let saysTitle: boolean | undefined;
        const titled = () => {
          saysTitle ??= this.titled(request.words);
          return saysTitle;
        };
        if (asksEverySpeaker(request.words, titled))
          plan = this.resolver.resolve(EVERY_SPEAKER_QUESTION, request.event);
        else if (asksEventBack(request.words))
          // "Where was it?" with nothing before: no talk is pointed at, the conference is.
          plan = {
            kind: 'events',
            events: request.event ? [request.event] : this.library.events.map((e) => e.id),
          };
        else if (pointsBack(inEnglish(request.words), plan, titled)) {
          const example = this.example();
          const none = this.none(request.words, example ? [example] : [], 'which-talk');
          return { ...none, ...opt('example', example) };
        }
        if (plan.kind === 'none') return planNone(plan, request.words, () => this.topicNames());
        if (plan.kind === 'topics') {
          const events = plan.events ?? (request.event ? [request.event] : undefined);
          const topics = this.catalogue.topicsOf(events, plan.ranked);
          const only = plan.only && topics.filter((t) => plan.only?.includes(fold(t.name)));
          return { kind: 'topics', topics: only ?? topics };
        }
        if (plan.kind === 'events') {
          const shown = eventsAnswer(this.catalogue.events(plan.languages), plan);
          const unsaid = eventFactUnsaid(request.words, shown.events);
          return { ...shown, ...opt('noNotesIn', plan.noNotesIn), ...opt('unsaid', unsaid) };
        }
        if (plan.whichEvent)
          return whichEventAnswer(echo(request.words), plan.whichEvent, (id) =>
            this.catalogue.eventName(id),
          );
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
      stats: { events: this.catalogue.events().length, talks: this.library.talks.length },
    };
  }

  private topic(request: Extract<Request, { kind: 'topic' }>): Answer {
    return topicAnswer(request, this.catalogue, (name, scope, talks) =>
      this.page({ ...request, name }, scope, talks.length, () => talks),
    );
  }

  private talk(target: string, event?: string): Answer {
    const talk = this.named(target, event);
    if (!talk) return this.unknownTalk(target, event);
    return {
      kind: 'talk',
      talk: this.detail(talk),
      related: this.relatedTalks.of(talk, RELATED, event).map((t) => this.card(t)),
    };
  }

  /** The talk an id, a reference or words name (the best match), if any. */
  private named(target: string, event?: string): Talk | undefined {
    const wanted = target.trim().toLowerCase();
    const talk =
      this.resolver.talkAt(wanted) ?? this.catalogue.inEvent(event).find((t) => t.id === wanted);
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
    const related = this.relatedTalks.of(talk, RELATED_LIST, request.event, true);
    // "Who else spoke on that?" where no other talk is like it: said so, naming the talk.
    if (related.length === 0)
      return {
        kind: 'none',
        query: echo(request.words),
        suggestions: [`talk ${talkRef(talk)}`],
        topics: [],
        reason: 'none-alike',
        name: talk.title,
      };
    const scope: TalksScope = {
      kind: 'search',
      words: echo(request.words),
      ...opt('event', request.event),
    };
    return this.page(request, scope, related.length, () => related);
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
    return noneAnswer(query, suggestions, this.topicNames(), reason);
  }

  private topicNames(): string[] {
    return this.catalogue.topicsToTry();
  }

  /** One page of talks; `talks(end)` gives the first `end` of them (or all), in order. */
  private page(
    request: Request & { page: number },
    scope: TalksScope,
    total: number,
    talks: (end: number) => Talk[],
    focus?: Focus,
  ): Answer {
    return pageAnswer(request, scope, total, talks, (talk) => this.card(talk), focus);
  }

  card(talk: Talk): TalkCard {
    return talkCard(talk, this.eventName(talk));
  }

  private detail(talk: Talk): TalkDetail {
    return talkDetail(talk, this.eventName(talk));
  }

  private eventName(talk: Talk): string {
    return this.catalogue.eventName(talk.event);
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
