import type { TalksScope } from '../answer.ts';
import { type ConferenceEvent, firstLink, type Library, type Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { TALK_KINDS } from '../search/question-words.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { TitlePhrases } from '../search/title-phrases.ts';
import { escapeRegExp } from '../text.ts';
import { type Asked, Asking, opt } from './asking.ts';
import { onDay } from './dates.ts';
import { atClock, inDayPart } from './day-parts.ts';
import { Directory } from './directory.ts';
import { EventWords } from './event-words.ts';
import { keepScopeTail, leftOut } from './negation.ts';
import { echoing, type Plan, planOf, REORDER_WITHIN } from './plan.ts';
import { QueryReader } from './query-words.ts';
import { inOrder, Schedule } from './schedule-order.ts';
import { understand } from './understand.ts';

/** Hits scoring at least this share of the best are about as relevant as it. */
const CLOSE_SCORE = 0.5;
const NONE: Plan = { kind: 'none', suggestions: [] };
/** "The vault talk", "that uber one": a talk named by some of its words. */
const NAMED_TALK =
  /\b(?:the|that|this)\s+((?:(?!(?:the|that|this)\s)[\p{L}\p{N}][\p{L}\p{N}.+#'’-]*\s+){1,4}?)(?:talk|one|session|presentation|keynote)\b/u;
/** A question of only these words asks which topics there are. */
const TOPIC_WORDS = new Set(['topic', 'topics', 'tracks', 'themes', 'subjects', 'categories']);

/**
 * Turns a question in plain words into talks: names, days and topics become filters, the words
 * left are searched with their synonyms, a title quoted in the question comes first.
 */
export class Resolver {
  private titles?: TitlePhrases;
  private readonly reader: QueryReader;
  private readonly directory: Directory;
  private readonly events: Map<string, ConferenceEvent>;
  private readonly eventWords: EventWords;
  private readonly schedule: Schedule;

  constructor(
    private readonly library: Library,
    private readonly index: TalkIndex,
  ) {
    this.reader = new QueryReader(
      (word) => index.frequency(word),
      (a, b) => index.together(a, b),
      (word) => index.hasNear(word),
      library.synonyms,
      ...library.events.map((event) => event.synonyms),
    );
    this.directory = new Directory(library);
    this.events = new Map(library.events.map((event) => [event.id, event]));
    this.eventWords = new EventWords(library);
    this.schedule = new Schedule(library);
  }

  /** The lookup tables a first question would build, built ahead in slices before a swap. */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    this.titles ??= await TitlePhrases.build(this.library.talks, turn);
    await this.eventWords.prepare(turn);
    await this.directory.prepare(turn);
  }

  resolve(text: string, event?: string, days = true, kinds = true, topics = true): Plan {
    text = this.withoutChannels(text);
    const asked: Asked = { text, event, days, kinds, topics, eventNames: true };
    const plan = this.resolveWith(asked);
    // "Web performance in 2025" at a 2024 event: a year that named events is a word of the
    // notes after all, when no talk of those events has the rest ("kafka at qcon" stays none).
    if (plan.kind !== 'none' || event !== undefined) return plan;
    const named = this.eventWords.split(this.reader.queryWords(understand(text).rest)).named;
    return named.length > 0 && named.every((word) => /^(?:19|20)\d{2}$/.test(word))
      ? this.resolveWith({ ...asked, eventNames: false })
      : plan;
  }

  /**
   * "netflix talk in #general": a channel, as Slack's adapter writes it, is where the question
   * was asked, not what about. A hashtag the notes have a word for (`#kubernetes`) is a subject.
   */
  private withoutChannels(text: string): string {
    if (!text.includes('#')) return text;
    return text
      .replace(/(^|\s)#([\p{L}][\p{L}\p{N}_-]*)(?=[\s,.!?]|$)/gu, (hashtag, space, name) =>
        words(name).some((word) => this.index.frequency(word) > 0) ? hashtag : space,
      )
      .trim();
  }

  private resolveWith(asked: Asked): Plan {
    const question = understand(asked.text, {
      days: asked.days,
      kinds: asked.kinds,
      ...opt('without', asked.without),
    });
    keepScopeTail(question, (word) => this.eventWords.names(word));
    // "Kubernetes cost control without tears" is a title: "without" leaves nothing out there.
    if (question.without && this.titled(`without ${question.excluding?.split(' ')[0]}`))
      return this.resolveWith({ ...asked, without: false });
    if (question.nextTo) return this.nextTo(asked, question.nextTo);
    const latest = question.eventOrder && !asked.event && this.schedule.event(question.eventOrder);
    if (latest) {
      // "The newest conference": that event, or its talks when more is asked.
      const plan = this.resolveWith({ ...asked, event: latest });
      return plan.kind === 'none' ? { kind: 'events', events: [latest] } : plan;
    }
    const ask = new Asking(asked, question, this.library.talks);
    this.byName(ask);
    const early = this.onDay(ask) ?? this.atTime(ask) ?? this.namedEvents(ask);
    if (early) return early;
    this.inTopic(ask);
    this.filters(ask);
    const filtered = ask.filtered();
    if (filtered && filtered.length === 0) return NONE;
    const titled = this.titlePhrases()
      .find(ask.search)
      .filter((doc) => ask.kept(this.library.talks[doc] as Talk, doc));
    const plan = this.nothingToSearch(ask, titled) ?? this.searched(ask, titled);
    const { order } = question;
    return order ? inOrder(plan, (talks) => this.schedule.pick(talks, order)) : plan;
  }

  /** "What came after the rust talk": the talk named, then its neighbour in the schedule. */
  private nextTo(asked: Asked, next: { side: 'after' | 'before'; target: string }): Plan {
    const named = this.resolve(next.target, asked.event);
    const [talk] = named.kind === 'talks' ? named.talks(1) : [];
    const neighbour = talk && this.schedule.next(talk, next.side);
    if (!neighbour) return NONE;
    return {
      kind: 'talks',
      scope: echoing(asked.text, asked.event),
      total: 1,
      talks: () => [neighbour],
    };
  }

  /** Whether a talk's title has these (folded) words, as typed. */
  private titled(phrase: string): boolean {
    return this.library.talks.some((talk) => fold(talk.title).includes(phrase));
  }

  /** "Which books were recommended": with nothing else asked, the kind is the subject. */
  private withKind(ask: Asking): Plan {
    return this.again(ask, { kinds: false });
  }

  /** The same question asked again, with some of its readings turned off. */
  private again(ask: Asking, change: Partial<Asked>): Plan {
    const { text, event, days, kinds, topics } = { ...ask.asked, ...change };
    return this.resolve(text, event, days, kinds, topics);
  }

  /** "Talks by Ryan Lane", "what did lyft say": that speaker's or company's talks. */
  private byName(ask: Asking): void {
    const by = ask.question.by;
    if (!by) return;
    const named = this.directory.byName(by.name, by.prefer, ask.event);
    if (named) {
      ask.scope = { ...named.scope, ...opt('event', ask.event) };
      ask.narrow((_, doc) => named.docs[doc] === 1);
    } else ask.search = by.otherwise;
  }

  /** "Tuesday", "day 2", "june 15": the talks of that day. */
  private onDay(ask: Asking): Plan | undefined {
    const day = ask.question.day;
    if (!day) return undefined;
    const test = onDay(day, this.library.talks);
    ask.narrow((talk) => test(talk, this.events.get(talk.event)));
    const kept = ask.filtered() ?? [];
    // "Shipping on Fridays" is a title: a day no talk was given on may be a word of the notes.
    if (kept.length === 0) return this.again(ask, { days: false, topics: true });
    const dates = new Set(kept.map((talk) => talk.date));
    const labels = new Set(kept.map((talk) => talk.day));
    const [date] = dates.size === 1 ? [...dates] : [];
    const [label] = labels.size === 1 ? [...labels] : [];
    ask.scope ??= {
      kind: 'date',
      label: label ?? day.label,
      ...opt('date', date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined),
      ...opt('event', ask.event),
    };
    return undefined;
  }

  /** "Morning talks", "what was on at 2pm?": the talks of that part of the day, or at that time. */
  private atTime(ask: Asking): Plan | undefined {
    const { part, clock } = ask.question;
    if (part) {
      ask.narrow(inDayPart(part));
      // No talk then (or no times in the notes): "evening" is no word to search ("even").
      if (!ask.keep?.includes(1)) return NONE;
      const label = part.charAt(0).toUpperCase() + part.slice(1);
      if (ask.scope?.kind === 'date')
        ask.scope = { ...ask.scope, label: `${ask.scope.label} ${part}` };
      ask.scope ??= { kind: 'date', label, ...opt('event', ask.event) };
    }
    if (clock) {
      ask.narrow(atClock(clock.minutes));
      // No talk on at that time (or no times in the notes): nothing to list.
      if (!ask.keep?.includes(1)) return NONE;
      const at = `at ${clock.label}`;
      if (ask.scope?.kind === 'date')
        ask.scope = { ...ask.scope, label: `${ask.scope.label} ${at}` };
      ask.scope ??= { kind: 'date', label: at, ...opt('event', ask.event) };
    }
    return undefined;
  }

  /** Words that name events ("qcon", "2024"): the events asked about, or their talks. */
  private namedEvents(ask: Asking): Plan | undefined {
    ask.search = this.eventWords.spelled(ask.search, (word) => this.index.frequency(word) > 0);
    const asked = this.reader.queryWords(ask.search, (word) => this.eventWords.names(word));
    const named = ask.asked.eventNames
      ? this.eventWords.split(asked)
      : { named: [], events: new Set<string>(), rest: asked };
    ask.query = named.rest;
    const noTitle = () => this.titlePhrases().find(ask.search).length === 0;
    const { query } = ask;
    if (query.length > 0 && !ask.keep && query.every((q) => TOPIC_WORDS.has(q.word)) && noTitle())
      return { kind: 'topics' };
    if (named.named.length === 0) return undefined;
    const ids = [...named.events].filter((id) => !ask.event || id === ask.event);
    const nothingElse = query.length === 0 && !ask.keep && noTitle();
    // "When was QCon?", "where is platformcon": the events, which is all the notes know of them.
    // "Anything but observability at stacksummit" asks for talks, some left out.
    const talksAsked = ask.question.talkNoun || ask.question.focus || ask.question.excluding;
    if (nothingElse && !talksAsked && ids.length > 0) return { kind: 'events', events: ids };
    // "The netflix talk at QCon": among several events, that event's talks.
    if (!ask.event && ids.length > 0 && ids.length < this.events.size) {
      const wanted = new Set(ids);
      ask.narrow((talk) => wanted.has(talk.event));
      if (nothingElse)
        ask.scope ??= { kind: 'list', ...opt('event', ids.length === 1 ? ids[0] : undefined) };
    }
    return undefined;
  }

  /** "Security talks": the talks of the topic the words name, the topic's words taken out. */
  private inTopic(ask: Asking): void {
    if (!ask.question.talkNoun || !ask.asked.topics) return;
    const topics = this.directory.topicsIn(words(ask.search), ask.event);
    const wanted = new Set(topics.map((topic) => fold(topic.name)));
    const folded = new Map<string, boolean>();
    const ofTopic = (talk: Talk) => {
      if (!talk.topic) return false;
      const known = folded.get(talk.topic);
      if (known !== undefined) return known;
      const same = wanted.has(fold(talk.topic));
      folded.set(talk.topic, same);
      return same;
    };
    // "Keynote on day 2" when no talk of the Keynotes topic was on day 2: the word may still
    // name a talk of that day, so it stays a word to search rather than an empty topic.
    if (topics.length === 0 || !ask.any(ofTopic)) return;
    const stems = new Set(topics.flatMap((topic) => topic.stems));
    // Notes without topics (a post with no table of contents) never filed their talks: those
    // about the topic's words are the topic's as much, so the words are searched everywhere
    // (the topic's talks have them in their topic), ranked by them.
    if (this.untopicedAbout(ask, stems)) {
      ask.topicStems = stems;
      return;
    }
    // "Security talks on Wednesday": the day stays the scope, the topic narrows it.
    ask.scope ??= {
      kind: 'topic',
      topic: topics.map((topic) => topic.name).join(' and '),
      ...opt('topics', topics.length > 1 ? topics.map((topic) => topic.name) : undefined),
      ...opt('event', ask.event),
    };
    ask.narrow(ofTopic);
    ask.topicStems = stems;
    ask.query = ask.query.filter((q) => !stems.has(termOf(q.word) ?? q.word));
  }

  /**
   * A test for the talks still in the running that have no topic and whose title or summary has
   * the question's words of these stems ("security"), when there are any; else undefined.
   */
  private untopicedAbout(ask: Asking, stems: Set<string>): boolean {
    const named = ask.query.map((q) => q.word).filter((word) => stems.has(termOf(word) ?? word));
    if (named.length === 0) return false;
    return ask.any((talk, doc) => !talk.topic && this.index.isAbout(doc, named));
  }

  /** "Talks not about microservices", "security talks with slides": talks left out, or kept. */
  private filters(ask: Asking): void {
    const { question } = ask;
    if (question.excluding) {
      // Every talk those words find is left out; words that find nothing leave nothing out.
      const { event, days, kinds, topics } = ask.asked;
      const left = this.resolve(question.excluding, event, days, kinds, topics);
      const out = new Set(leftOut(left, this.library.talks));
      if (out.size > 0) {
        ask.narrow((talk) => !out.has(talk));
        // Titled as typed ("not by “Ryan Lane”"), where the folded words are found as they were.
        const typed = ask.asked.text.toLowerCase().indexOf(question.excluding);
        if (typed >= 0 && ask.asked.text.length === ask.asked.text.toLowerCase().length)
          question.excluding = ask.asked.text.slice(typed, typed + question.excluding.length);
        // "talks not at qcon": an event's talks were left out, titled "not at “qcon”".
        if (left.kind === 'events') question.excluding = `at ${question.excluding}`;
        if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', event) };
      } else delete question.excluding;
    }
    if (question.lackingBoth) {
      // Neither slides nor video: the list echoes the question, which says so.
      ask.narrow((talk) => !firstLink(talk, 'slides') && !firstLink(talk, 'video'));
      if (ask.query.length === 0 && (!ask.scope || ask.scope.kind === 'list'))
        ask.scope = echoing(ask.asked.text, ask.scope?.event ?? ask.event);
    }
    if (question.lacking) {
      // Only those without the link: none when every talk has it.
      const kind = question.lacking;
      ask.narrow((talk) => !firstLink(talk, kind));
      if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', ask.event) };
    }
    // Asked again to find the talk whatever it has: the link leads, and is no filter.
    if (question.having && ask.asked.having === false) delete question.having;
    if (question.having) {
      // Only those with the link, unless none has any (then they are listed with the link
      // asked for first, and each says it is missing).
      const kind = question.having;
      const has = (talk: Talk) => !!firstLink(talk, kind);
      if (ask.any(has)) {
        ask.narrow(has);
        if (ask.query.length === 0) ask.scope ??= { kind: 'list', ...opt('event', ask.event) };
      } else if (question.lacking) {
        // "Security talks with slides but no video" where none has both: none.
        ask.narrow(() => false);
      } else delete question.having;
    }
  }

  /** No word left to search and no title quoted: a kind, a list, or nothing. */
  private nothingToSearch(ask: Asking, titled: number[]): Plan | undefined {
    const { question, query } = ask;
    if (query.length > 0 || titled.length > 0) return undefined;
    // "Who gave the keynote?": a kind of talk the notes name is what is asked for, when nothing
    // else is (a question word elsewhere: "keynote" would otherwise list every talk).
    // A kind the notes never name ("the keynote" in notes without one) is not found.
    const kinds = words(ask.search).filter((word) => TALK_KINDS.has(word));
    if (kinds.length > 0 && kinds.every((word) => this.index.frequency(word) === 0)) return NONE;
    for (const word of kinds) query.push({ word });
    if (query.length > 0) return undefined;
    if (question.answerKind) return this.withKind(ask);
    const filtered = ask.filtered();
    if (!filtered && !question.talkNoun && !question.focus) return NONE;
    // The talks asked for (a company's, an event's, a day's), else every talk.
    const talks = filtered ?? this.library.talks.filter((talk) => ask.inEvent(talk));
    const scope: TalksScope = filtered
      ? (ask.scope as TalksScope)
      : { kind: 'list', ...opt('event', ask.event) };
    // "Which talks have videos?", "videos from kubecon": with nothing else asked, those with one.
    const kind =
      !question.having && (question.focus === 'slides' || question.focus === 'video')
        ? question.focus
        : undefined;
    const having = kind ? talks.filter((talk) => firstLink(talk, kind)) : [];
    if (kind && having.length > 0) return planOf(scope, having, { ...question, having: kind });
    return planOf(scope, talks, question);
  }

  /** The words left, searched in the talks still in the running. */
  private searched(ask: Asking, titled: number[]): Plan {
    const { question, query } = ask;
    const nameFixes = this.directory.nameTypos(
      query.map((q) => q.word),
      (word) => this.index.frequency(word) > 0,
    );
    // New words, not edits in place: the question's words may be shared with a cache.
    for (const [from, to] of nameFixes)
      query.forEach((q, i) => {
        if (q.word === from) query[i] = { word: to };
      });
    const filter = ask.keep;
    const found = this.index.search(query, {
      typing: this.typing(ask),
      ...opt('event', ask.event),
      ...(filter ? { keep: (doc: number) => filter[doc] === 1 } : {}),
    });
    if (found.total === 0 && titled.length === 0) return this.notFound(ask);
    const talks = this.library.talks;
    const first = titled.map((doc) => talks[doc] as Talk);
    // "devops", "what's new in devops?": the words name a topic and nothing else, so the talks
    // the author filed under it come first (a link's address that has the word comes after).
    // Only those still in the running: "culture at containerconf" names an event, whose talks
    // are the only ones asked about, whatever another event filed under Culture.
    if (!question.talkNoun && ask.scope === undefined && !this.widerThanTopic(ask, query))
      first.push(
        ...this.directory
          .topicNamed(
            query.map((q) => q.word),
            ask.event,
          )
          .filter((talk) => ask.kept(talk, this.docOf(talk))),
      );
    const filtered = ask.filtered();
    const topicList = ask.scope?.kind === 'topic' ? filtered : undefined;
    const ranked = (end: number) => {
      const hits = found.top(end + first.length).map((hit) => this.talkAt(hit.ref));
      const list = [...new Set([...first, ...hits.filter((t): t is Talk => !!t)])];
      // A topic lists all its talks: those with the words first, then the others.
      if (topicList) return [...new Set([...list, ...topicList])];
      return list.slice(0, end);
    };
    let total = found.total;
    if (first.length > 0) {
      const known = new Set(found.top(Math.min(found.total, 1000)).map((hit) => hit.ref));
      total += first.filter((talk) => !known.has(`${talk.event}/${talk.id}`)).length;
    }
    if (topicList) total = topicList.length;
    const corrections = [...nameFixes, ...found.corrections];
    const { text } = ask.asked;
    const scope = ask.scope ?? {
      kind: 'search',
      words: corrections.length > 0 ? correct(text, corrections) : text,
      ...opt('event', ask.event),
      ...opt('correctedFrom', corrections.length > 0 ? text : undefined),
    };
    // "Video of X": among talks about as relevant as the best, those with a video first; a talk
    // quoted by its title stays first, with or without one (the answer says what is missing).
    let close = 0;
    if (question.focus && first.length === 0) {
      const top = found.top(REORDER_WITHIN);
      const best = top[0]?.score ?? 0;
      close = top.filter((hit) => hit.score >= best * CLOSE_SCORE).length;
    }
    return planOf(scope, { total, talks: ranked }, question, close);
  }

  /**
   * Whether the last word searched is the last word of the question, so it may be a word still
   * being typed ("kubern"); "which talks did the author like" typed "author" whole.
   */
  private typing(ask: Asking): boolean {
    const last = ask.query.at(-1)?.word;
    return last !== undefined && words(ask.asked.text).at(-1) === last;
  }

  /** The words found no talk: a kind asked for, a topic's other talks, or "did you mean". */
  private notFound(ask: Asking): Plan {
    const { question, query } = ask;
    if (question.answerKind) return this.withKind(ask);
    const again = this.namedTalk(ask) ?? this.withoutHaving(ask);
    if (again) return again;
    const filtered = ask.filtered();
    const inTopic = ask.scope?.kind === 'topic' && filtered;
    // A topic widened to talks without topics (see `inTopic`) is no topic to list either.
    if ((inTopic || ask.topicStems) && query.length > 0) {
      const other = this.outsideTopic(ask);
      if (other) return other;
    }
    if (inTopic) return planOf(ask.scope as TalksScope, filtered, question);
    // "Talks related to security" where the topic was widened: its talks, by the topic's words.
    const stems = ask.topicStems;
    const topicWords = stems ? query.filter((q) => stems.has(termOf(q.word) ?? q.word)) : [];
    if (topicWords.length > 0 && topicWords.length < query.length) {
      ask.query = topicWords;
      return this.searched(ask, []);
    }
    return { kind: 'none', suggestions: ask.keep ? [] : this.index.suggest(query) };
  }

  /**
   * "Need the vault talk asap", "main points of the passkeys talk": a talk named as one ("the
   * … talk") is what is asked about; the words around it that find nothing with it are the
   * asking, not more to find.
   */
  private namedTalk(ask: Asking): Plan | undefined {
    const named = NAMED_TALK.exec(ask.search);
    if (!named) return undefined;
    const own = new Set(words(named[1] as string).map((word) => termOf(word) ?? word));
    const inside = ask.query.filter((q) => own.has(termOf(q.word) ?? q.word));
    if (inside.length === 0 || inside.length === ask.query.length) return undefined;
    ask.query = inside;
    const plan = this.searched(ask, []);
    return plan.kind === 'talks' ? plan : undefined;
  }

  /**
   * "Does the opa talk have a video": none of the talks with a video is the one asked about,
   * so the talk it is, first, saying it has none (as "video of the opa talk" does).
   */
  private withoutHaving(ask: Asking): Plan | undefined {
    if (!ask.question.having) return undefined;
    const plan = this.resolveWith({ ...ask.asked, having: false });
    return plan.kind === 'talks' ? plan : undefined;
  }

  /**
   * "Any talks on supply chain security": no talk of the Security topic has the other words,
   * so the talks that have them all, wherever the notes put them, come first; else ("security
   * talks about passkeys") those that have the other words.
   */
  private outsideTopic(ask: Asking): Plan | undefined {
    const wider = this.again(ask, { topics: false });
    if (wider.kind === 'talks') return wider;
    const { text } = ask.asked;
    const rest = text
      .split(/(\s+)/)
      .filter((word) => !ask.topicStems?.has(termOf(fold(word).replace(/\W+/g, '')) ?? ''))
      .join('');
    const other = this.again(ask, { text: rest, topics: false });
    if (other.kind === 'talks' && other.scope.kind === 'search' && !other.scope.correctedFrom)
      return { ...other, scope: { ...other.scope, words: text } };
    return other.kind === 'talks' ? other : undefined;
  }

  /** "security" where notes without topics have talks about it: ranked by the words alone. */
  private widerThanTopic(ask: Asking, query: { word: string }[]): boolean {
    const stems = new Set(query.map((q) => termOf(q.word) ?? q.word));
    return this.untopicedAbout(ask, stems);
  }

  private docs?: Map<Talk, number>;
  /** A talk's position in the library, which `Asking.keep` is indexed by. */
  private docOf(talk: Talk): number {
    this.docs ??= new Map(this.library.talks.map((t, doc) => [t, doc]));
    return this.docs.get(talk) ?? -1;
  }

  private talkRefs?: Map<string, Talk>;
  private talkAt(ref: string): Talk | undefined {
    this.talkRefs ??= new Map(this.library.talks.map((t) => [`${t.event}/${t.id}`, t]));
    return this.talkRefs.get(ref);
  }

  private titlePhrases(): TitlePhrases {
    this.titles ??= new TitlePhrases(this.library.talks);
    return this.titles;
  }
}

function correct(text: string, corrections: [string, string][]): string {
  let out = text;
  for (const [from, to] of corrections) {
    const fixed = out.replace(new RegExp(`\\b${escapeRegExp(from)}\\b`, 'gi'), to);
    // "sécurité" was corrected as "securite", the word folded: found by folding each word.
    out =
      fixed !== out || from.includes(' ')
        ? fixed
        : out.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) =>
            fold(word) === from ? to : word,
          );
  }
  return out;
}
