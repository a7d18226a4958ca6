import type { Talk } from '../model.ts';
import { fold, termOf, words } from '../search/analyze.ts';
import { relatedTo } from '../search/related-words.ts';
import type { TalkIndex } from '../search/talk-index.ts';
import { type Asking, opt } from './asking.ts';
import type { Directory } from './directory.ts';
import { kindOfTopic } from './talk-shapes.ts';

/** "Security talks": the talks of the topic the words name, the topic's words taken out. */
export function inTopic(ask: Asking, directory: Directory, index: TalkIndex): void {
  if (!ask.question.talkNoun || !ask.asked.topics) return;
  // "Keynotes" where one post files its keynotes under "## Keynote" and another marks each
  // "Keynote: …": a kind of session, asked of every talk of that kind (`narrowToKind`).
  const topics = directory
    .topicsIn(words(ask.search), ask.event)
    .filter((topic) => !(ask.asked.kinds && kindOfTopic(topic.name)));
  const wanted = new Set(topics.map((topic) => fold(topic.name)));
  // "AI talks" where another post files them under "AI & Data": those of its talks about AI.
  const joined = directory.joinedWith(
    topics.map((topic) => topic.name),
    ask.event,
  );
  const subject = topics.flatMap((topic) => words(topic.name));
  // By the talk's title and summary: its topic ("AI & Data") names the subject for every talk.
  const about = new Set([...subject, ...subject.flatMap(relatedTo)].map((w) => termOf(w) ?? w));
  const says = (talk: Talk) =>
    words(`${talk.title} ${talk.summary}`).some((w) => about.has(termOf(w) ?? w));
  // "The stackwave frontend track": a track is the topic whole, its mobile talks too.
  const track = /\btracks?\b/.test(fold(ask.asked.text));
  const folded = new Map<string, boolean>();
  const ofTopic = (talk: Talk) => {
    if (!talk.topic) return false;
    const known = folded.get(talk.topic);
    if (known === true) return true;
    const name = known === undefined ? fold(talk.topic) : '';
    if (known === undefined) folded.set(talk.topic, wanted.has(name));
    if (known === undefined && wanted.has(name)) return true;
    return joined.has(fold(talk.topic)) && (track || says(talk));
  };
  // "Keynote on day 2" when no talk of the Keynotes topic was on day 2: the word may still
  // name a talk of that day, so it stays a word to search rather than an empty topic.
  if (topics.length === 0 || !ask.any(ofTopic)) return;
  const stems = new Set(topics.flatMap((topic) => topic.stems));
  // Notes without topics (a post with no table of contents) never filed their talks: those
  // about the topic's words are the topic's as much, so the words are searched everywhere
  // (the topic's talks have them in their topic), ranked by them.
  if (untopicedAbout(ask, stems, index)) {
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
function untopicedAbout(ask: Asking, stems: Set<string>, index: TalkIndex): boolean {
  const named = ask.query.map((q) => q.word).filter((word) => stems.has(termOf(word) ?? word));
  if (named.length === 0) return false;
  return ask.anyAmong(untopiced(ask.library), (_, doc) => index.isAbout(doc, named));
}

/** The positions of the talks without a topic, found once per library (most have one). */
const UNTOPICED = new WeakMap<readonly Talk[], number[]>();

function untopiced(talks: readonly Talk[]): number[] {
  let docs = UNTOPICED.get(talks);
  if (!docs) {
    docs = [];
    for (let doc = 0; doc < talks.length; doc++) if (!talks[doc]?.topic) docs.push(doc);
    UNTOPICED.set(talks, docs);
  }
  return docs;
}

/** "security" where notes without topics have talks about it: ranked by the words alone. */
export function widerThanTopic(ask: Asking, query: { word: string }[], index: TalkIndex): boolean {
  const stems = new Set(query.map((q) => termOf(q.word) ?? q.word));
  return untopicedAbout(ask, stems, index);
}
