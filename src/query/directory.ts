import type { TalksScope } from '../answer.ts';
import { editDistance } from '../edit-distance.ts';
import type { Library, Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { sameWords } from '../search/synonyms.ts';
import { plausibleTypo } from '../search/typos.ts';
import { inSlices } from '../slices.ts';
import { companyAliases } from './company-aliases.ts';

interface Person {
  name: string;
  words: string[];
  docs: number[];
}

/** A speaker's or company's name as the notes write it. */
export interface NearName {
  name: string;
  kind: 'speaker' | 'company';
}

interface Topic {
  name: string;
  stems: string[];
  events: Set<string>;
}

/**
 * The names a question can filter by — speakers, companies, topics — each listed once with the
 * talks that have it, made on first use: "talks by NAME" then scans the distinct names, not
 * every talk.
 */
export class Directory {
  constructor(private readonly library: Library) {}

  /**
   * A speaker's or company's talks, by the words of the name (whole words or, from three letters,
   * their beginning), among the distinct names of the notes.
   */
  byName(
    name: string,
    prefer: 'speaker' | 'company',
    event?: string,
  ): { scope: Extract<TalksScope, { kind: 'speaker' | 'company' }>; docs: Uint8Array } | undefined {
    const wanted = words(name).filter((word) => word !== 'the');
    if (wanted.length === 0) return undefined;
    const order: ('speaker' | 'company')[] =
      prefer === 'speaker' ? ['speaker', 'company'] : ['company', 'speaker'];
    for (const kind of order) {
      // Made at the first match: most names asked for are nobody's.
      let docs: Uint8Array | undefined;
      const names = new Set<string>();
      // "talks from AWS": a company is found by its other names too ("Amazon").
      const asked = kind === 'company' ? [wanted, ...companyAliases(wanted)] : [wanted];
      const whole = (person: Person) =>
        asked.some((name) => name.every((w) => person.words.includes(w)));
      // "talks by kief": a name's beginning is the beginning of the same name word (a first
      // name's of a first name: "Sven" is not the start of Björn Svensson's surname).
      const begun = (person: Person) =>
        asked.some((name) =>
          name.every((w, k) =>
            person.words.some(
              (own, i) => own === w || (w.length >= 3 && i === k && own.startsWith(w)),
            ),
          ),
        );
      // "Talks by tom" where Tom Becker spoke: his, not Tomás Ruiz's too; by beginnings only
      // where no name has the words whole.
      const people = this.people()[kind];
      const exact = people.filter(
        (person) =>
          whole(person) && (!event || person.docs.some((doc) => this.inEvent(doc, event))),
      );
      for (const person of exact.length > 0 ? exact : people) {
        if (exact.length === 0 && !begun(person)) continue;
        for (const doc of person.docs) {
          if (event && this.library.talks[doc]?.event !== event) continue;
          docs ??= new Uint8Array(this.library.talks.length);
          docs[doc] = 1;
          names.add(person.name);
        }
      }
      if (!docs) continue;
      const shown = names.size === 1 ? ([...names][0] as string) : titleCase(name);
      return { scope: { kind, name: shown }, docs };
    }
    return undefined;
  }

  /**
   * "Talks by oskar lindt", "talks by lena ortiga": the one speaker whose name has each word
   * typed, as typed (or its beginning) or a slip away (see `plausibleTypo`: a letter added, left
   * out, swapped or for a near one; the same first letter, four letters or more), one at least a
   * slip. Undefined where no one, or more than one, is that close: then the answer names them.
   */
  bySlip(
    name: string,
    event?: string,
  ): { scope: Extract<TalksScope, { kind: 'speaker' }>; docs: Uint8Array } | undefined {
    const wanted = words(name).filter((word) => word !== 'the');
    if (wanted.length === 0) return undefined;
    const close: Person[] = [];
    for (const person of this.people().speaker) {
      const slips = wanted.map((typed, k) => {
        const own = person.words;
        if (
          own.some((w, i) => w === typed || (typed.length >= 3 && i === k && w.startsWith(typed)))
        )
          return 0;
        const slip = own.some(
          (w) => typed.length >= 4 && w.charAt(0) === typed.charAt(0) && plausibleTypo(typed, w),
        );
        return slip ? 1 : Number.NaN;
      });
      const total = slips.reduce((a, b) => a + b, 0);
      if (total > 0 && !(event && !person.docs.some((doc) => this.inEvent(doc, event))))
        close.push(person);
    }
    const [person, ...more] = close;
    if (!person || more.length > 0) return undefined;
    const docs = new Uint8Array(this.library.talks.length);
    for (const doc of person.docs) if (!event || this.inEvent(doc, event)) docs[doc] = 1;
    return { scope: { kind: 'speaker', name: person.name }, docs };
  }

  private inEvent(doc: number, event: string): boolean {
    return this.library.talks[doc]?.event === event;
  }

  /**
   * The speakers (and, with `company` among `kinds`, the companies) whose names come closest to
   * one no talk has ("Zed Quill": Zed Quinn, Mira Quill), best first: a word of the name as
   * typed, or a slip from it (one letter, two from eight letters on; the same first letter), or,
   * less close, two letters off it with the same first two ("Marco": Mara, Maren); none when no
   * word comes close.
   */
  nearNames(name: string, kinds: ('speaker' | 'company')[], limit = 3): NearName[] {
    const wanted = words(name).filter((word) => word !== 'the');
    const near: (NearName & { score: number })[] = [];
    for (const kind of kinds)
      for (const person of this.people()[kind]) {
        let score = 0;
        for (const typed of wanted) {
          let best = 0;
          for (const own of person.words) {
            if (own === typed) best = 2;
            else if (typed.length >= 4 && own.charAt(0) === typed.charAt(0)) {
              const most = typed.length >= 8 ? 2 : 1;
              if (editDistance(typed, own, most) <= most) best = Math.max(best, 1);
              // "Marco" where the notes have Mara and Maren: names that begin alike, further.
              else if (
                typed.length >= FAR_NAME &&
                own.startsWith(typed.slice(0, 2)) &&
                editDistance(typed, own, 2) <= 2
              )
                best = Math.max(best, 0.5);
            }
          }
          score += best;
        }
        if (score > 0) near.push({ name: person.name, kind, score });
      }
    return near
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map(({ name, kind }) => ({ name, kind }));
  }

  /**
   * Name words typed by ear beside a name word typed right: "ryan lain" is Ryan Lane. A word a
   * letter or two from the speaker's other name word (one for three letters), same first letter,
   * is read as it; the exact neighbour keeps this to names, where spelling rules for words (five
   * letters or more) would miss "Lane". Scans the distinct speakers, not the talks.
   */
  nameTypos(tokens: string[], known: (word: string) => boolean): [string, string][] {
    const fixes: [string, string][] = [];
    tokens.forEach((typed, at) => {
      if (typed.length < 3 || known(typed)) return;
      const near = [tokens[at - 1], tokens[at + 1]];
      let best: [string, number] | undefined;
      for (const person of this.people().speaker) {
        person.words.forEach((own, i) => {
          // The neighbour in the question must be the neighbour in the name, typed exactly.
          const beside =
            (near[0] !== undefined && near[0] === person.words[i - 1]) ||
            (near[1] !== undefined && near[1] === person.words[i + 1]);
          if (!beside || own === typed || own.charAt(0) !== typed.charAt(0)) return;
          const distance = editDistance(typed, own, typed.length >= 4 ? 2 : 1);
          if (distance <= (typed.length >= 4 ? 2 : 1) && (!best || distance < best[1]))
            best = [own, distance];
        });
      }
      if (best) fixes.push([typed, best[0]]);
    });
    return fixes;
  }

  private peopleList?: Record<'speaker' | 'company', Person[]>;
  /** Every distinct speaker name and company, with their words and talks; made on first use. */
  private people(): Record<'speaker' | 'company', Person[]> {
    if (!this.peopleList) {
      const lists = new PeopleLists();
      this.library.talks.forEach((talk, doc) => {
        lists.add(talk, doc);
      });
      this.peopleList = lists.done();
    }
    return this.peopleList;
  }

  private topicList?: Topic[];
  /**
   * The topics whose every word the question has ("security and devops talks" names two); a
   * topic whose words are part of a longer one found ("Data" in "Data Engineering") is not named.
   */
  /** The talks of the one topic whose words are all of `tokens`, if there is such a topic. */
  topicNamed(tokens: string[], event?: string): Talk[] {
    const stems = tokens.map((word) => termOf(word) ?? word);
    const [topic, ...more] = this.topicsIn(tokens, event);
    if (!topic || more.length > 0 || stems.some((stem) => !topic.stems.includes(stem))) return [];
    const name = fold(topic.name);
    return this.library.talks.filter(
      (talk) => talk.topic && fold(talk.topic) === name && (!event || talk.event === event),
    );
  }

  /**
   * The topics made ahead, in slices that let answers through (a reloaded bot, before its swap):
   * every search looks for a topic its words name ("devops").
   */
  async prepare(turn: () => Promise<unknown>): Promise<void> {
    if (!this.topicList) {
      const topics = new Map<string, Topic>();
      await inSlices(this.library.talks, (talk) => addTopic(topics, talk), turn);
      this.topicList ??= topicList(topics);
    }
    // The people, which a question with a word the index does not know reads for a name typed
    // by ear (~40 ms at 10,000 talks, held by the first such question after a reload).
    if (!this.peopleList) {
      const lists = new PeopleLists();
      await inSlices(this.library.talks, (talk, doc) => lists.add(talk, doc), turn);
      this.peopleList ??= lists.done();
    }
  }

  /**
   * The topics of other posts that join a topic named with another ("AI & Data", "Frontend and
   * Mobile" for "AI", "Frontend"), folded: their talks on the named subject are its talks too.
   */
  joinedWith(names: string[], event?: string): Set<string> {
    const wanted = new Set(names.map(fold));
    const joined = new Set<string>();
    for (const topic of this.topics()) {
      if (event && !topic.events.has(event)) continue;
      const parts = fold(topic.name).split(/\s*(?:&|\+|\/|,|\band\b)\s*/);
      if (parts.length > 1 && parts.some((part) => wanted.has(part))) joined.add(fold(topic.name));
    }
    return joined;
  }

  private topics(): Topic[] {
    if (!this.topicList) {
      const topics = new Map<string, Topic>();
      for (const talk of this.library.talks) addTopic(topics, talk);
      this.topicList = topicList(topics);
    }
    return this.topicList;
  }

  topicsIn(tokens: string[], event?: string): { name: string; stems: string[] }[] {
    this.topics();
    // All the question's words: a topic may be named by a word a question uses anyway (Keynotes).
    const order = tokens.map((word) => termOf(word) ?? word);
    // "¿Charlas sobre seguridad?": a word the built-in list gives other names names their topic.
    const others = tokens.map((word) => sameWords(word).map((other) => termOf(other) ?? other));
    const stems = new Set([...order, ...others.flat()]);
    const named = this.topics()
      .filter((topic) => !event || topic.events.has(event))
      .filter((topic) => topic.stems.every((stem) => stems.has(stem)))
      .sort((a, b) => b.stems.length - a.stems.length);
    const chosen: Topic[] = [];
    for (const topic of named)
      if (!chosen.some((longer) => topic.stems.every((stem) => longer.stems.includes(stem))))
        chosen.push(topic);
    // In the question's order: "security and devops talks" is "Security and Devops".
    const place = (stem: string) => {
      const own = order.indexOf(stem);
      return own >= 0 ? own : others.findIndex((names) => names.includes(stem));
    };
    const at = (topic: Topic) => Math.min(...topic.stems.map(place));
    return chosen.sort((a, b) => at(a) - at(b));
  }
}

/** Fewest letters of a name word that names two letters off it come close to (see `nearNames`). */
const FAR_NAME = 5;

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

function addTopic(topics: Map<string, Topic>, talk: Talk): void {
  if (!talk.topic) return;
  const key = fold(talk.topic);
  const topic = topics.get(key) ?? {
    name: talk.topic,
    stems: words(talk.topic)
      .map((w) => termOf(w))
      .filter((stem): stem is string => stem !== null),
    events: new Set<string>(),
  };
  topic.events.add(talk.event);
  topics.set(key, topic);
}

function topicList(topics: Map<string, Topic>): Topic[] {
  return [...topics.values()].filter((topic) => topic.stems.length > 0);
}

/** Every distinct speaker name and company, with their words and talks, talk by talk. */
class PeopleLists {
  private readonly lists = {
    speaker: new Map<string, Person>(),
    company: new Map<string, Person>(),
  };

  add(talk: Talk, doc: number): void {
    for (const speaker of talk.speakers) {
      for (const [kind, value] of [
        ['speaker', speaker.name],
        ['company', speaker.company],
      ] as const) {
        if (!value) continue;
        const person = this.lists[kind].get(value) ?? {
          name: value,
          words: words(value),
          docs: [],
        };
        if (person.docs.at(-1) !== doc) person.docs.push(doc);
        this.lists[kind].set(value, person);
      }
    }
  }

  done(): Record<'speaker' | 'company', Person[]> {
    return {
      speaker: [...this.lists.speaker.values()],
      company: [...this.lists.company.values()],
    };
  }
}
