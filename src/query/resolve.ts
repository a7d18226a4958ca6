import type { ConferenceEvent, Library, Talk } from '../model.ts';
import { words } from '../search/analyze.ts';
import type { QueryWord, TalkIndex } from '../search/talk-index.ts';
import { TitlePhrases } from '../search/title-phrases.ts';
import { asCorrected } from './as-corrected.ts';
import { asTyped, everything } from './asked-forms.ts';
import { storyLess } from './asker-context.ts';
import { type Asked, Asking, opt } from './asking.ts';
import { plainWords } from './chat-speak.ts';
import { refusalLast } from './clauses.ts';
import { conceptsWhole } from './concept-words.ts';
import { Directory } from './directory.ts';
import { eventMentions } from './event-mentions.ts';
import { eventsAsked, inLanguage } from './event-questions.ts';
import { type EventTables, namedEvents } from './event-step.ts';
import { EventWords } from './event-words.ts';
import { YEAR } from './event-years.ts';
import { isParagraph } from './follow-up.ts';
import { narrowToKind } from './kind-step.ts';
import { inEnglish } from './languages.ts';
import { narrowByFilters } from './link-filters.ts';
import { byLink } from './link-lookup.ts';
import { byName, companyWord } from './name-steps.ts';
import { keepScopeTail } from './negation.ts';
import { nextTo, sameDay } from './neighbours.ts';
import { Nesting } from './nesting.ts';
import { acrossEvents } from './newest-talks.ts';
import type { Steps } from './not-found.ts';
import { whenNothing } from './nothing-found.ts';
import { nothingToSearch } from './nothing-to-search.ts';
import { partOfNamed } from './part-of-named.ts';
import { eachDay } from './per-day.ts';
import { echoing, type Plan, planOf } from './plan.ts';
import type { QueryReader } from './query-words.ts';
import {
  saysWithout,
  titledAsAsked,
  titleSaysNegation,
  withoutChannels,
} from './question-readings.ts';
import { saying } from './quoted-saying.ts';
import { PhraseCache } from './related-phrases.ts';
import { inRoom, roomFocus, withoutWhereWords } from './room-step.ts';
import { sameSlot } from './same-slot.ts';
import { inOrder, Schedule } from './schedule-order.ts';
import { searched } from './search-step.ts';
import { special } from './special-questions.ts';
import { SubjectEvents } from './subject-events.ts';
import { readerOf, TalkPositions } from './talk-positions.ts';
import { theEvents } from './the-events.ts';
import { timeFocus } from './time-focus.ts';
import { inTopic } from './topic-step.ts';
import { inTrack } from './track-step.ts';
import { understand } from './understand.ts';
import { mentionedOnly, namesAnEvent, unknownPerson } from './unknown-person.ts';
import { yearsOfNothing } from './unknown-years.ts';
import { untimedOrder } from './untimed-order.ts';
import { asWanted } from './wanted-count.ts';
import { weekdayOfTitle } from './weekday-titles.ts';
import { narrowToDay, narrowToTime } from './when-steps.ts';
import { eventsToAsk } from './which-event.ts';
import { wholeChoices } from './whole-choices.ts';
import { wholeTitle } from './whole-title.ts';

const NONE: Plan = { kind: 'none', suggestions: [] };

/**
 * Turns a question in plain words into talks: names, days and topics become filters, the words
 * left are searched with their synonyms, a title quoted in the question comes first.
 */
export class Resolver implements Steps {
  private titles?: TitlePhrases;
  readonly reader: QueryReader;
  readonly directory: Directory;
  private readonly events: Map<string, ConferenceEvent>;
  readonly eventWords: EventWords;
  private readonly schedule: Schedule;
  private readonly phrases: PhraseCache;
  private readonly subjects: SubjectEvents;
  private readonly positions: TalkPositions;
  private readonly nesting = new Nesting();

  constructor(
    readonly library: Library,
    readonly index: TalkIndex,
  ) {
    this.positions = new TalkPositions(library.talks);
    this.reader = readerOf(library, index);
    this.directory = new Directory(library);
    this.events = new Map(library.events.map((event) => [event.id, event]));
    this.eventWords = new EventWords(
      library,
      (word) => this.mentions(word),
      (word) => this.reader.isSynonym(word),
    );
    this.schedule = new Schedule(library);
    this.phrases = new PhraseCache(index, (ref) => this.talkAt(ref));
    this.subjects = new SubjectEvents(library, index, this.eventWords, this.reader, (asked) =>
      this.resolveWith(asked),
    );
  }

  /** The talks whose notes have a related phrase ("zero trust"), read once. */
  phraseTalks(phrase: string): Talk[] {
    return this.phrases.saying(phrase);
  }

  /** The lookup tables a first question would build, built ahead in slices before a swap. */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    this.titles ??= await TitlePhrases.build(this.library.talks, turn);
    await this.eventWords.prepare(turn);
    await this.directory.prepare(turn);
    await this.positions.prepare(turn);
    await turn();
    this.subjects.subjectWords();
  }

  /**
   * A question as asked: chat-speak read as the words it stands for, questions about the asking
   * itself (counts, comparisons, what the notes never say) answered as such, then the usual
   * reading; a quoted phrase alone when the whole finds nothing.
   */
  resolve(text: string, event?: string): Plan {
    // "Machine learning" the notes lack is said whole, not as its word "machine".
    const plain = inEnglish(plainWords(text));
    const words = () => this.reader.queryWords(understand(plain).rest);
    const read = () => conceptsWhole(this.resolveText(text, event), words);
    // "Top 3 talks about kafka": as many as wanted, saying how many there were.
    return asWanted(wholeChoices(plain, event, this, read), plain);
  }

  private resolveText(text: string, event?: string): Plan {
    const linked = byLink(text, event, this.library);
    if (linked) return linked;
    const said = saying(text, event, this.index, (ref) => this.talkAt(ref));
    if (said) return said;
    const story = isParagraph(text) && storyLess(text, (alone) => this.resolve(alone, event));
    if (story) return asTyped(story, text);
    // "No kubernetes pls, something on security": the refusal after what is wanted.
    const chat = plainWords(refusalLast(text) ?? text);
    const plain = inEnglish(chat);
    const read = (words: string, at: string | undefined) => this.read(words, at);
    const plan = asCorrected(
      special(plain, event, this.library, read) ?? this.read(plain, event, !isParagraph(plain)),
      (fixed) => this.read(fixed, event),
    );
    // "Talks by Zed Quill": nobody of that name, said plainly, not talks that share a word.
    const person = unknownPerson(plan, () => understand(plain), text, this.directory);
    if (person) return person;
    const mentioned = mentionedOnly(
      plan,
      () => understand(plain),
      text,
      this.directory,
      (name) => namesAnEvent(name, this.eventWords),
    );
    if (mentioned) return mentioned;
    if (plan.kind === 'none') {
      const other = whenNothing(plan, text, plain, event, this);
      if (other) return other;
    }
    // "🔥 talks": an emoji names no subject, so every talk is no answer to it.
    if (everything(plan) && /\p{Extended_Pictographic}/u.test(text)) return NONE;
    return plain === text ? plan : asTyped(plan, text);
  }

  /** The usual reading: names, days, topics and links as filters, the rest searched. */
  read(text: string, event?: string, days = true, kinds = true, topics = true): Plan {
    text = withoutChannels(text, (word) => this.index.frequency(word));
    const asked: Asked = { text, event, days, kinds, topics, eventNames: true };
    const plan = this.resolveWith(asked);
    if (event !== undefined) return plan;
    // "sre talks": its related words' talks, then those of SRE Spree, named after it.
    if (plan.kind === 'talks') return this.subjects.after(asked, plan);
    // "Web performance in 2025" at a 2024 event: a year that named events is a word of the
    // notes after all, when no talk of those events has the rest ("kafka at qcon" stays none).
    if (plan.kind !== 'none') return plan;
    const query = this.reader.queryWords(understand(text).rest);
    const named = this.eventWords.split(query).named;
    if (named.length > 0 && named.every((word) => YEAR.test(word)))
      return this.resolveWith({ ...asked, eventNames: false });
    const words = query.map((q) => q.word);
    return this.subjects.plan(asked, words) ?? plan;
  }

  resolveWith(asked: Asked): Plan {
    return this.nesting.deeper(() => this.resolveOnce(asked), NONE);
  }

  private resolveOnce(asked: Asked): Plan {
    const question = understand(asked.text, {
      days: asked.days,
      kinds: asked.kinds,
      ...opt('without', asked.without),
    });
    if (this.nesting.inLeftOut) {
      delete question.excluding;
      delete question.without;
    }
    keepScopeTail(question, (word) => this.eventWords.names(word));
    // "Kubernetes cost control without tears" is a title: "without" leaves nothing out there.
    if (
      question.without &&
      saysWithout(asked.text, question.excluding ?? '', this.library, this.index)
    )
      return this.resolveWith({ ...asked, without: false });
    // "An outage that wasn't an attack", as a title says it: no talks left out.
    if (question.excluding && !question.without && titleSaysNegation(asked.text, this.library))
      return this.resolveWith({ ...asked, without: false });
    const read = (words: string) => this.read(words, asked.event);
    if (question.nextTo)
      return nextTo(asked, question.nextTo, this.schedule, read, (words) =>
        wholeTitle(words, this.titlePhrases(), this.library.talks),
      );
    if (question.sameDayAs) return sameDay(asked, question.sameDayAs, this.schedule, read);
    if (question.sameSlotAs) return sameSlot(asked, question.sameSlotAs, this.schedule, read);
    const own = theEvents(asked, question, this.schedule, {
      read: (text) => this.read(text, asked.event),
      inEvent: (event) => this.resolveWith({ ...asked, event }),
      allEvents: () => this.library.events.map((event) => event.id),
      authors: () => this.library.events,
      speaks: (name) =>
        this.library.talks.some((talk) =>
          talk.speakers.some((speaker) => words(speaker.name ?? '').join(' ') === name),
        ),
    });
    if (own) return own;
    const about = asked.eventNames && !asked.event && eventsAsked(asked.text, this.library);
    if (about) return about;
    // "Deploy on Friday": a weekday its title says, beside its other words, is no day.
    if (
      asked.days &&
      question.day?.kind === 'weekday' &&
      weekdayOfTitle(
        question.day,
        this.reader.queryWords(question.rest),
        this.library.talks,
        this.index,
      )
    )
      return this.resolveWith({ ...asked, days: false });
    // "Where was the ledger event" is the event's place (above); "where is Jane's talk" a room.
    roomFocus(asked.text, question);
    timeFocus(asked.text, question);
    const ask = new Asking(asked, question, this.library.talks);
    byName(ask, this.directory);
    const unspoken = inLanguage(ask, this.library);
    if (unspoken) return unspoken;
    const asWords = () => this.again(ask, { days: false, topics: true });
    const early =
      narrowToDay(ask, this.library.talks, this.events, asWords) ??
      narrowToTime(ask) ??
      namedEvents(ask, this.tables());
    if (early) return early;
    companyWord(ask, this.directory, this.index);
    inTopic(ask, this.directory, this.index);
    inTrack(ask);
    const roomed = inRoom(ask);
    if (roomed) return roomed;
    withoutWhereWords(ask);
    const { event, days, kinds, topics } = ask.asked;
    narrowByFilters(
      ask,
      this.library.talks,
      (words) =>
        this.nesting.leftOut(() =>
          this.index.withoutEventNames(() => this.read(words, event, days, kinds, topics)),
        ),
      (words) => this.nesting.leftOut(() => this.read(words, event, days, kinds, topics)),
      (word) => this.eventWords.names(word),
    );
    const kinded = narrowToKind(
      ask,
      (words) => this.read(words, event, days, kinds, topics),
      (id) => this.events.get(id)?.name ?? id,
    );
    if (kinded) return kinded;
    partOfNamed(ask);
    const filtered = ask.filtered();
    if (filtered && filtered.length === 0) {
      // "Gopherlake talks without video" where each has one: none lacks it, which is the answer;
      // "which talks had slides?" where none has any: none has, which is the answer too.
      const lacking = !!(question.lacking || question.lackingBoth);
      // "Culture talks with video" where none of the topic's has one: none has, said so too.
      return lacking !== !!question.having && ask.query.length === 0 && ask.scope
        ? planOf(
            ask.scope.kind === 'list' ? echoing(ask.asked.text, ask.event) : ask.scope,
            [],
            question,
          )
        : NONE;
    }
    const titled = this.titlePhrases()
      .find(ask.search)
      .filter((doc) => ask.kept(this.library.talks[doc] as Talk, doc));
    const search = () =>
      titledAsAsked(ask, nothingToSearch(ask, titled, this) ?? this.searched(ask, titled));
    const { order } = question;
    const across = question.orderAcross;
    // "The newest kubernetes talk": of the talks that say it, not of KubeCon's every talk, which
    // its name finds; the event's talks where none says it themselves.
    const saying = order && across ? this.index.withoutEventNames(search) : undefined;
    const plan = saying?.kind === 'talks' && saying.total > 0 ? saying : search();
    if (order && across)
      return inOrder(plan, (talks) => acrossEvents(talks, order, across, this.schedule));
    if (order) {
      const picked = inOrder(plan, (talks) => {
        const pick = (day: Talk[]) => this.schedule.pick(day, order, question.orderEnds);
        return question.part ? eachDay(talks, pick) : pick(talks);
      });
      // "The first talk on day 2" over several events, none named: which event, asked back
      // ("the opening keynote" is each event's that opened a day).
      const named = ask.event !== undefined || question.orderEnds === true;
      const events = eventsToAsk(picked, ask.asked.text, named);
      const listed = untimedOrder(picked, order, this.schedule);
      return events && listed.kind === 'talks' ? { ...listed, whichEvent: events } : listed;
    }
    // "After lunch at cloudcanal", "day 2": a day's talks, listed as they were given.
    const timed = question.day || question.part || question.clock;
    return timed && ask.query.length === 0 && titled.length === 0
      ? inOrder(plan, (talks) => this.schedule.ordered(talks))
      : plan;
  }

  /** "Which books were recommended": with nothing else asked, the kind is the subject. */
  withKind(ask: Asking): Plan {
    return this.again(ask, { kinds: false });
  }

  /** The same question asked again, with some of its readings turned off. */
  again(ask: Asking, change: Partial<Asked>): Plan {
    const { text, event, days, kinds, topics } = { ...ask.asked, ...change };
    return this.read(text, event, days, kinds, topics);
  }

  /** The words left, searched in the talks still in the running (see `search-step.ts`). */
  searched(ask: Asking, titled: number[]): Plan {
    return searched(this, ask, titled);
  }

  /** A talk's position in the library, which `Asking.keep` is indexed by. */
  docOf(talk: Talk): number {
    return this.positions.docOf(talk);
  }

  talkAt(ref: string): Talk | undefined {
    return this.positions.talkAt(ref);
  }

  /** The asked years nothing in the notes is from (see `yearsOfNothing`). */
  yearsOfNothing(query: readonly QueryWord[]): string[] {
    return yearsOfNothing(query, this.tables());
  }

  private tables(): EventTables {
    const { library, index, events, eventWords, reader } = this;
    const titles = () => this.titlePhrases();
    const mentions = (word: string) => this.mentions(word);
    return { library, index, events, eventWords, reader, titles, mentions };
  }

  private mentions(word: string): Map<string, number> {
    return eventMentions(word, this.index, (ref) => this.talkAt(ref));
  }

  /** The talks' titles as phrases a question may say ("who presented nothing is something"). */
  titlePhrases(): TitlePhrases {
    this.titles ??= new TitlePhrases(this.library.talks);
    return this.titles;
  }
}
