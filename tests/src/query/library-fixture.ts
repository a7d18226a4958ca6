import { noneTexts } from '../../../adapters/present/none-words.ts';
import { listNotes } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import type { ConferenceEvent, Link, Talk } from '../../../src/model.ts';

/** Invented talks for question tests: notes as "; "-separated points, the summary made of them. */
export const talk = (
  event: string,
  id: string,
  title: string,
  notes: string,
  facts: Partial<Talk> = {},
) =>
  ({
    id,
    event,
    title,
    speakers: [],
    links: [],
    notes: notes.split('; ').map((text) => ({ text, children: [] })),
    summary: notes.replace(/; /g, '. '),
    source: { file: `${event}.md`, line: 1 },
    ...facts,
  }) satisfies Talk;

/** An invented event: its id, its name, and what else a test needs of it. */
export const event = (
  id: string,
  name: string,
  more: Partial<ConferenceEvent> = {},
): ConferenceEvent => ({ id, name, tags: [], topics: [], file: `${id}.md`, ...more });

export const slides = (url: string): Link => ({ kind: 'slides', text: 'Slides', url });
export const video = (url: string): Link => ({ kind: 'video', text: 'Video', url });

/** The ids of the talks an answer shows, or its kind when it shows none. */
export function ids(answer: Answer): string[] {
  if (answer.kind === 'talks') return answer.hits.map((hit) => hit.id);
  return answer.kind === 'talk' ? [answer.talk.id] : [answer.kind];
}

/** A talks answer's scope (what it says it lists), else undefined. */
export const scope = (answer: Answer) => (answer.kind === 'talks' ? answer.scope : undefined);

/** What the notes cannot tell that an answer says (`unknown`), else the answer's kind. */
export function unknownOf(bot: Bot, asked: string) {
  const answer = bot.ask(asked);
  if (answer.kind === 'talks') return answer.scope.unknown;
  return answer.kind === 'none' ? answer.unknown : answer.kind;
}

/** What an answer says besides its cards: a list's notes, or why there is none. */
export const said = (answer: Answer) =>
  answer.kind === 'talks'
    ? listNotes(answer).join(' ')
    : answer.kind === 'none'
      ? Object.values(noneTexts(answer)).join(' ')
      : answer.kind;
