import type { HelpCommand } from './answer.ts';
import type { Library } from './model.ts';
import { fold, termOf, words } from './search/analyze.ts';
import { isFiller } from './search/question-words.ts';

/** The grammar of `parseRequest` and of questions, as users read it. Surfaces add their prefix. */
export const HELP_COMMANDS: HelpCommand[] = [
  {
    usage: '<words or a question>',
    description:
      'search the talks: titles, speakers, companies, topics, notes, links ("is there a talk on …?")',
  },
  { usage: 'who spoke about <words>', description: 'the matching talks, speakers first' },
  {
    usage: 'slides for <words>',
    description: 'the matching talks, slides first (also video, link)',
  },
  { usage: 'talks by <name>', description: "a speaker's talks" },
  { usage: 'talks from <company>', description: "a company's talks" },
  {
    usage: '<topic> talks',
    description: 'every talk of a topic, or of two ("security and devops talks")',
  },
  {
    usage: 'talks on <day>',
    description:
      'the talks of a day (tuesday, june 15, 6/15, day 2, the last day), a part of it (morning) or a time (talks at 10:30), where the notes say',
  },
  {
    usage: 'videos / slides',
    description:
      'the talks with a recording / with slides; "with slides" after any question keeps only those',
  },
  {
    usage: 'talk <id or title words>',
    description: 'one talk in full: notes, all links, related talks',
  },
  { usage: 'topics', description: 'the topics and how many talks each has' },
  { usage: 'topic <name>', description: 'the talks of one topic' },
  { usage: 'list', description: 'every talk, a page at a time' },
  { usage: 'events', description: 'the conferences the notes cover (also "when was <event>?")' },
  { usage: '<words> event:<id>', description: 'search one event only' },
  { usage: '<words> page <n>', description: 'another page of a long answer' },
  { usage: 'help', description: 'this help' },
];

/**
 * Examples drawn from the loaded notes, so every one of them finds something: a topic, a
 * distinctive word of a real talk's title, that talk itself, and a speaker's name.
 */
export function helpExamples(library: Library): string[] {
  const examples: string[] = [];
  const talks = library.talks;
  // A subject ("Security"), before a format ("Lightning talks", which "… talks" would double).
  const topics = talks.flatMap((talk) => (talk.topic ? [talk.topic] : []));
  const topic = topics.find((name) => !FORMAT.test(name)) ?? topics[0];
  if (topic) examples.push(FORMAT.test(topic) ? fold(topic) : `${fold(topic)} talks`);
  const talk = talks.find((t) => titleWord(t.title)) ?? talks[0];
  const word = talk && titleWord(talk.title);
  if (word) examples.push(word, `who spoke about ${word}`);
  const speaker = talks.flatMap((t) => t.speakers).find((s) => s.name)?.name;
  if (speaker) examples.push(`talks by ${speaker}`);
  if (talk) examples.push(openQuestion(talk.title, `talk ${talk.id}`));
  if (topic) examples.push(`topic ${topic}`);
  return [...new Set(examples)].slice(0, 5);
}

/**
 * What to type to open one talk: `talk ` and its title where that is short enough to type, else
 * `byRef`, the same by its reference. Help's example and the terminal's "The whole talk" line.
 */
export function openQuestion(title: string, byRef: string): string {
  return title.length <= 40 ? `talk ${title}` : byRef;
}

/** The longest word of a title that is not a stop word: what a person would search it by. */
function titleWord(title: string): string | undefined {
  return words(title)
    .filter((word) => word.length >= 4 && !isFiller(word) && termOf(word) !== null)
    .sort((a, b) => b.length - a.length)[0];
}

/** A topic named for a kind of session: "Lightning talks", "Keynotes", "Talk". */
const FORMAT = /\b(?:talks?|keynotes?|sessions?|panels?)$/i;
